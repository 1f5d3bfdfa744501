// The real desktop shell, where an Electron binary exists. CI installs with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1, so there this skips and tests/shell covers the shell with a
// mocked electron module. To run it locally: a normal `npm install` (downloads Electron),
// `npx electron-builder install-app-deps` (better-sqlite3 for Electron's ABI), `npm run build`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElectronApplication, _electron, expect, test } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The binary `require('electron')` would return, or null when it was never downloaded. Worked
 * out from path.txt rather than by requiring: Electron's index.js starts a download when the
 * binary is missing, which on a machine without network only fails slowly.
 */
function electronBinary(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('electron/package.json');
    const dir = dirname(pkg);
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
    const binary = join(dist, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); the desktop shell is covered by tests/shell';

// Also printed, because reporters list a skipped test without its reason.
if (!binary) console.warn(`tests/e2e/electron.spec.ts skipped: ${SKIP_REASON}`);

test.describe('desktop shell (Electron)', () => {
  test.skip(!binary, SKIP_REASON);

  let userData = '';
  let app: ElectronApplication | undefined;

  test.beforeEach(async () => {
    userData = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
    const env = { ...process.env, RAPPORT_USER_DATA_DIR: userData } as Record<string, string>;
    // The built renderer over app://, never a dev server, and never Electron-as-Node.
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({ executablePath: binary ?? undefined, args: [ROOT], cwd: ROOT, env });
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens the window with a sandboxed renderer that has window.api and no Node', async () => {
    const page = await app!.firstWindow();
    await expect(page).toHaveTitle(/Rapport/);
    expect(page.url()).toBe('app://rapport/index.html');

    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const api = g.api as Record<string, unknown> | undefined;
      return { api: typeof api, keys: Object.keys(api ?? {}).sort(), require: typeof g.require, process: typeof g.process, module: typeof g.module };
    });
    expect(globals).toEqual({ api: 'object', keys: ['invoke', 'on'], require: 'undefined', process: 'undefined', module: 'undefined' });

    const info = await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { invoke(c: string, p: unknown): Promise<unknown> } }).api;
      return api.invoke('app:info', {});
    });
    expect(info).toMatchObject({ ok: true, value: { name: 'Rapport' } });

    const unknownChannel = await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { invoke(c: string, p: unknown): Promise<unknown> } }).api;
      return api.invoke('shell:openExternal', 'file:///etc/passwd').then(
        () => 'resolved',
        (error: Error) => error.message,
      );
    });
    expect(unknownChannel).toMatch(/Unknown channel/);
  });

  test('keeps its data in the folder it was given', async () => {
    await app!.firstWindow();
    const userDataPath = await app!.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userDataPath).toBe(userData);
  });
});
