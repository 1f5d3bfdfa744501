// Browser mode is the end-to-end surface (the Electron binary cannot be downloaded in CI):
// each test gets its own database directory and its own `crm web` process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startWebServer } from '../support/webServer';

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

export const test = base.extend<{ crm: CrmServer; pageErrors: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; crm has none
  crm: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
    const dbPath = join(dir, 'crm.db');
    const server = await startWebServer(dbPath, START_TIMEOUT_MS);
    try {
      await use({ url: server.url, origin: server.origin, token: server.token, dbPath, rpc: server.rpc });
    } finally {
      await server.stop();
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
