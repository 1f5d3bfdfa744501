// Browser mode is the end-to-end surface (the Electron binary cannot be downloaded in CI):
// each test gets its own database directory and its own `crm web` process.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, test as base, expect } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 45_000;

export interface CrmServer {
  /** The link the server printed, with `#token=…`. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** Calls a channel with the right token and returns the envelope's value (throws on failure). */
  rpc<T = unknown>(channel: string, payload?: unknown): Promise<T>;
}

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`crm web did not print its URL in ${START_TIMEOUT_MS} ms:\n${output()}`)), START_TIMEOUT_MS);
    const check = () => {
      const match = /crm web: (\S+)/.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`crm web exited with ${code} before printing its URL:\n${output()}`));
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

async function startServer(request: APIRequestContext, dir: string): Promise<{ server: CrmServer; child: ChildProcess }> {
  const dbPath = join(dir, 'crm.db');
  const child = spawn(process.execPath, ['electron/cli/crm.mjs', '--db', dbPath, 'web', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await waitForUrl(child, () => output);
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  const server: CrmServer = {
    url,
    origin: parsed.origin,
    token,
    dbPath,
    async rpc<T>(channel: string, payload?: unknown): Promise<T> {
      const res = await request.post(`${parsed.origin}/rpc/${channel}`, {
        headers: { Authorization: `Bearer ${token}` },
        data: payload ?? {},
      });
      const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
      return body.value as T;
    },
  };
  return { server, child };
}

export const test = base.extend<{ crm: CrmServer; pageErrors: string[] }>({
  crm: async ({ request }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
    const { server, child } = await startServer(request, dir);
    try {
      await use(server);
    } finally {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
  // Collects uncaught errors and console errors (CSP violations land there); checked after each test.
  // It depends on `crm` so it is checked before the server stops: a stopped server makes the
  // page's event stream fail to reconnect, which is teardown, not a defect.
  pageErrors: [
    async ({ page, crm: _crm }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
