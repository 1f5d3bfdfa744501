import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/limits';
import { FakeBrowserWindow, electronMock, frame, ipcHandlers } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { registerIpc, registeredChannels, relayCoreEvents, unregisterIpc } = await import('../../electron/main/ipc');

const TRUSTED = { senderFrame: frame('app://rapport/index.html') };
const fakeCore = () => ({ call: vi.fn(async (channel: string, payload: unknown) => ({ ok: true as const, value: { channel, payload } })) });

async function invoke(channel: string, payload: unknown, event: unknown = TRUSTED) {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

beforeEach(() => {
  unregisterIpc();
  ipcHandlers.clear();
  electronMock.ipcMain.handle.mockClear();
});

describe('registerIpc', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    registerIpc(Promise.resolve(fakeCore()));
    const calls = electronMock.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect([...calls].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(calls).size).toBe(calls.length);
    expect([...registeredChannels()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses to register twice', () => {
    registerIpc(Promise.resolve(fakeCore()));
    expect(() => registerIpc(Promise.resolve(fakeCore()))).toThrow(/twice/);
  });

  it('forwards a trusted, valid call to the core and returns its envelope', async () => {
    const core = fakeCore();
    registerIpc(Promise.resolve(core));
    const result = await invoke('people:list', { limit: 10 });
    expect(core.call).toHaveBeenCalledWith('people:list', { limit: 10 });
    expect(result).toEqual({ ok: true, value: { channel: 'people:list', payload: { limit: 10 } } });
  });

  it('answers an untrusted sender with FORBIDDEN and never reaches the core', async () => {
    const core = fakeCore();
    registerIpc(Promise.resolve(core));
    for (const event of [
      { senderFrame: frame('https://evil.example/') },
      { senderFrame: frame('app://rapport/index.html', frame('app://rapport/index.html')) },
      { senderFrame: null },
    ]) {
      expect(await invoke('app:info', {}, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(core.call).not.toHaveBeenCalled();
  });

  it('answers an oversized payload with INVALID_INPUT before the core sees it', async () => {
    const core = fakeCore();
    registerIpc(Promise.resolve(core));
    const payload = { notes: 'x'.repeat(MAX_REQUEST_BYTES) };
    expect(await invoke('people:create', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // Multi-byte text is measured in bytes, not characters.
    const wide = { notes: 'é'.repeat(MAX_REQUEST_BYTES / 2) };
    expect(await invoke('people:create', wide)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('answers values with no JSON form with INVALID_INPUT', async () => {
    const core = fakeCore();
    registerIpc(Promise.resolve(core));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await invoke('people:create', cyclic)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await invoke('people:create', { n: 1n })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('waits for a core that is still opening', async () => {
    const core = fakeCore();
    let open!: (c: typeof core) => void;
    registerIpc(new Promise((resolve) => (open = resolve)));
    const pending = invoke('app:info', {});
    open(core);
    expect(await pending).toMatchObject({ ok: true });
  });

  it('returns an envelope, never a throw, when the core failed to open', async () => {
    const failed = Promise.reject(new Error('database is locked'));
    failed.catch(() => undefined);
    registerIpc(failed);
    expect(await invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('database is locked') } });
  });
});

describe('relayCoreEvents', () => {
  it('sends each core event to every live window', () => {
    FakeBrowserWindow.instances = [];
    const a = new FakeBrowserWindow({});
    const b = new FakeBrowserWindow({});
    const gone = new FakeBrowserWindow({});
    gone.isDestroyed.mockReturnValue(true);
    let emit!: (event: 'changed', payload: unknown) => void;
    const unsubscribe = vi.fn();
    relayCoreEvents({ on: (listener) => ((emit = listener), unsubscribe) });
    emit('changed', { entity: 'person', ids: ['p1'] });
    expect(a.webContents.send).toHaveBeenCalledWith('changed', { entity: 'person', ids: ['p1'] });
    expect(b.webContents.send).toHaveBeenCalledWith('changed', { entity: 'person', ids: ['p1'] });
    expect(gone.webContents.send).not.toHaveBeenCalled();
  });
});
