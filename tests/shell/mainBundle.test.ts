// The built main process (out/main/index.js) against a fake electron module and the real core
// worker it bundles: startup, IPC round trips, the BUSY dialog and closing on quit. It is the
// closest this machine gets to launching the app (there is no Electron binary on CI).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CoreClient, startCoreWorker } from '../../electron/core/host';
import { sourceMigrationsDir } from '../../electron/core/paths';
import { sourceWorkerSpec } from '../../electron/core/sourceWorker';
import { call as coreCall, openTestCore } from '../support/core';
import { FakeBrowserWindow, FakeNotification, electronMock, frame, ipcHandlers } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const BUNDLE = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));
const TRUSTED = { senderFrame: frame('app://rapport/index.html') };
const MISSING = `${BUNDLE} is missing: run \`npx electron-vite build\` first (npm test builds before vitest)`;

let userData: string;
let holder: CoreClient | null = null;
let runs = 0;
// A fresh query runs the bundle's top level again, against the same mocked electron module.
const startMain = () => import(/* @vite-ignore */ `${BUNDLE}?run=${++runs}`);

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'rapport-main-'));
  vi.stubEnv('RAPPORT_USER_DATA_DIR', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  electronMock.app.isPackaged = false;
  electronMock.app.getAppPath.mockReturnValue(fileURLToPath(new URL('../..', import.meta.url)));
  FakeBrowserWindow.instances = [];
  ipcHandlers.clear();
  vi.clearAllMocks();
});

afterEach(async () => {
  await holder?.close();
  holder = null;
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

const listener = (name: string) =>
  electronMock.app.on.mock.calls.findLast(([event]) => event === name)?.[1] as ((...args: unknown[]) => void) | undefined;

const call = (channel: string, payload: unknown, event: unknown = TRUSTED) => {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload) as Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } }>;
};

describe('built main process', () => {
  it('starts the core, answers IPC, and closes the database on quit', async (ctx) => {
    if (!existsSync(BUNDLE)) ctx.skip(MISSING);
    await startMain();

    expect(electronMock.app.setPath).toHaveBeenCalledWith('userData', userData);
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electronMock.app.requestSingleInstanceLock).toHaveBeenCalled();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [win] = FakeBrowserWindow.instances;
    expect(win?.loadURL).toHaveBeenCalledWith('app://rapport/index.html');

    // The native archive dialog is a shell handler beside the core channels.
    expect(ipcHandlers.has('dialog:pick-archive')).toBe(true);

    const info = await call('app:info', {});
    expect(info).toMatchObject({ ok: true, value: { name: 'Rapport', dbPath: join(userData, 'crm.db') } });

    const created = await call('people:create', { displayName: 'Ada Lovelace' });
    expect(created).toMatchObject({ ok: true, value: { displayName: 'Ada Lovelace' } });
    // The core's zod schemas still run behind the shell's own checks.
    expect(await call('people:create', { displayName: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('app:info', {}, { senderFrame: frame('https://evil.example/') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Core events reach the window.
    await vi.waitFor(() => expect(win?.webContents.send).toHaveBeenCalledWith('changed', expect.objectContaining({ entity: 'person' })));

    // A second instance brings the first window forward.
    listener('second-instance')?.();
    expect(win?.focus).toHaveBeenCalled();

    const quitEvent = { preventDefault: vi.fn() };
    listener('before-quit')?.(quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalled());
    // The quit that follows the close goes through.
    const again = { preventDefault: vi.fn() };
    listener('before-quit')?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();

    // Closed means unlocked: another process can take the database now.
    holder = await startCoreWorker(sourceWorkerSpec(), {
      dbPath: join(userData, 'crm.db'),
      migrationsDir: sourceMigrationsDir(),
      owner: 'test',
      appVersion: '0.0.0',
    });
    expect(await holder.call('people:list', {})).toMatchObject({ ok: true });
  });

  it('notifies reminders missed while the app was closed as one summary; a click opens Today', async (ctx) => {
    if (!existsSync(BUNDLE)) ctx.skip(MISSING);
    const hour = 60 * 60 * 1000;
    const { core } = await openTestCore(userData, { now: () => Date.now() - 2 * hour });
    for (const title of ['Call the venue', 'Send the deck']) {
      await coreCall(core, 'reminders:create', { title, due: new Date(Date.now() - hour).toISOString() });
    }
    await core.close();
    FakeNotification.instances = [];

    await startMain();
    // The core's first check runs as soon as it has opened.
    await vi.waitFor(() => expect(FakeNotification.instances).toHaveLength(1), { timeout: 10_000 });
    const [notification] = FakeNotification.instances;
    expect(notification?.options).toMatchObject({ title: '2 reminders came due while Rapport was away', silent: false });
    expect(notification?.shown).toBe(1);
    const [win] = FakeBrowserWindow.instances;
    notification?.emit('click', {});
    expect(win?.focus).toHaveBeenCalled();
    expect(win?.webContents.send).toHaveBeenCalledWith('navigate', { path: '/today' });

    listener('before-quit')?.({ preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalled());
  });

  it('shows "already open" and quits when another process holds the database', async (ctx) => {
    if (!existsSync(BUNDLE)) ctx.skip(MISSING);
    holder = await startCoreWorker(sourceWorkerSpec(), {
      dbPath: join(userData, 'crm.db'),
      migrationsDir: sourceMigrationsDir(),
      owner: 'cli',
      appVersion: '0.0.0',
    });
    await holder.call('people:create', { displayName: 'Takes the lock' });

    await startMain();
    await vi.waitFor(() => expect(electronMock.dialog.showErrorBox).toHaveBeenCalled(), { timeout: 15_000 });
    const [title, message] = electronMock.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Rapport is already open');
    expect(message).toMatch(/crm command/);
    expect(electronMock.app.quit).toHaveBeenCalled();
    for (const win of FakeBrowserWindow.instances) expect(win.destroy).toHaveBeenCalled();
    // Nothing was deleted: the holder still has its data.
    expect(await holder.call('people:list', {})).toMatchObject({ ok: true, value: { items: [expect.objectContaining({ displayName: 'Takes the lock' })] } });
  }, 30_000);

  it('quits at once when another instance has the single-instance lock', async (ctx) => {
    if (!existsSync(BUNDLE)) ctx.skip(MISSING);
    electronMock.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await startMain();
    expect(electronMock.app.quit).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcHandlers.size).toBe(0);
    expect(existsSync(join(userData, 'crm.db'))).toBe(false);
  });
});
