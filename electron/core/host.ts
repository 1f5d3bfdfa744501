import { Worker } from 'node:worker_threads';
import type { EventName } from '../../shared/ipc/channels';
import { AppError, type IpcResult, fail } from '../../shared/ipc/result';
import type { FromWorker, ToWorker, WorkerCoreOptions } from './protocol';

export interface WorkerSpec {
  /** The worker entry: bundled JS in the desktop app, worker.ts (with tsx) from sources. */
  url: URL | string;
  execArgv?: string[];
}

export type CoreEventListener = (event: EventName, payload: unknown) => void;

/** The front doors' handle on the core worker. */
export interface CoreClient {
  call(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  on(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}

/**
 * Starts the core worker and opens the database in it. Rejects with the core's AppError
 * (BUSY when another instance holds the file, CONFLICT for a newer database, …).
 */
export function startCoreWorker(
  spec: WorkerSpec,
  options: WorkerCoreOptions,
  log: (line: string) => void = (line) => console.error(line),
): Promise<CoreClient> {
  const worker = new Worker(spec.url, { execArgv: spec.execArgv ?? [] });
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const closing = new Map<number, () => void>();
  const listeners = new Set<CoreEventListener>();
  let nextId = 1;
  let stopped: string | null = null;

  const send = (message: ToWorker) => worker.postMessage(message);

  return new Promise<CoreClient>((resolve, reject) => {
    const client: CoreClient = {
      call(channel, payload) {
        if (stopped) return Promise.resolve(fail('INTERNAL', stopped));
        const id = nextId++;
        return new Promise((done) => {
          pending.set(id, done);
          try {
            send({ type: 'call', id, channel, payload });
          } catch (error) {
            // Values structured clone cannot carry (functions, symbols) are bad input, not a crash.
            pending.delete(id);
            done(fail('INVALID_INPUT', `request cannot be sent: ${(error as Error).message}`));
          }
        });
      },
      on(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async close() {
        if (stopped) return;
        const id = nextId++;
        await new Promise<void>((done) => {
          closing.set(id, done);
          send({ type: 'close', id });
        });
        stopped = 'The core has been closed.';
        await worker.terminate();
      },
    };

    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'opened':
          if (message.result.ok) resolve(client);
          else {
            const { code, message: text, details } = message.result.error;
            void worker.terminate();
            reject(new AppError(code, text, details));
          }
          return;
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          return;
        case 'event':
          listeners.forEach((l) => l(message.event, message.payload));
          return;
        case 'log':
          log(message.line);
          return;
        case 'closed':
          closing.get(message.id)?.();
          closing.delete(message.id);
          return;
      }
    });
    worker.on('error', (error) => {
      log(`core worker error: ${error.stack ?? error.message}`);
      reject(error);
    });
    worker.on('exit', (code) => {
      stopped ??= `The core stopped unexpectedly (exit ${code}).`;
      for (const done of pending.values()) done(fail('INTERNAL', stopped));
      pending.clear();
      for (const done of closing.values()) done();
      closing.clear();
    });

    send({ type: 'open', options });
  });
}
