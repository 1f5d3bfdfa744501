// `crm web` as a child process, for scripts that drive browser mode outside the Playwright
// test runner (the UI benchmark, screenshots).
import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from './paths';

export interface WebServer {
  child: ChildProcess;
  /** The link the server printed, with `#token=…`. */
  url: string;
  origin: string;
  token: string;
  /** Milliseconds from spawn to the printed URL. */
  startMs: number;
  rpc<T>(channel: string, payload?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** `globalArgs` go before `web`, e.g. `['--now', iso]` to fix the core's clock. */
export function startWebServer(dbPath: string, timeoutMs = 60_000, globalArgs: string[] = []): Promise<WebServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['electron/cli/crm.mjs', '--db', dbPath, ...globalArgs, 'web', '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`crm web did not print its URL in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /crm web: (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = new URL(match[1]);
      const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
      resolve({
        child,
        url: match[1],
        origin: url.origin,
        token,
        startMs: performance.now() - started,
        async rpc<T>(channel: string, payload: unknown = {}): Promise<T> {
          const res = await fetch(`${url.origin}/rpc/${channel}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(payload),
          });
          const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
          if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
          return body.value as T;
        },
        stop: () => stop(child),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`crm web exited with ${code} before printing its URL:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
