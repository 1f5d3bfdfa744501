// The core's thread: owns the only write connection. Electron main and the web server talk
// to it by messages, so SQL never runs on their event loops.
import { parentPort } from 'node:worker_threads';
import { type Core, openCore } from './core';
import { toFailure } from './dispatcher';
import type { FromWorker, ToWorker } from './protocol';

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;
const post = (message: FromWorker) => port.postMessage(message);

let core: Core | null = null;

port.on('message', (message: ToWorker) => {
  void handle(message);
});

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'open': {
      try {
        const { fixedNow, ...options } = message.options;
        core = await openCore({
          ...options,
          now: fixedNow === undefined ? Date.now : () => fixedNow,
          log: (line) => post({ type: 'log', line }),
        });
        core.on((event, payload) => post({ type: 'event', event, payload }));
        post({ type: 'opened', result: { ok: true, value: null } });
      } catch (error) {
        post({ type: 'opened', result: toFailure(error) });
      }
      return;
    }
    case 'call': {
      const result = core
        ? await core.dispatch(message.channel, message.payload)
        : { ok: false as const, error: { code: 'BUSY' as const, message: 'The database is not open yet.' } };
      post({ type: 'result', id: message.id, result });
      return;
    }
    case 'close': {
      await core?.close();
      core = null;
      post({ type: 'closed', id: message.id });
      return;
    }
  }
}
