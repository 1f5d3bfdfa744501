import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../shared/ipc/channels';
import type { PreloadApi as DeclaredApi } from '../../electron/preload/api';
import type { PreloadApi } from '../../electron/preload/index';
import { electronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

// api.d.ts is written out by hand for the DOM-only renderer build; hold it to the real bridge.
const _sameShape: [DeclaredApi, PreloadApi] = [{} as PreloadApi, {} as DeclaredApi];
void _sameShape;

await import('../../electron/preload/index');
const exposed = electronMock.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, unknown][];
const api = exposed.find(([name]) => name === 'api')?.[1] as PreloadApi;

describe('preload bridge', () => {
  it('exposes window.api with invoke and on, and window.desktop with pickArchive, and nothing else', () => {
    expect(exposed.map(([name]) => name)).toEqual(['api', 'desktop']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(exposed[1]![1] as object)).toEqual(['pickArchive']);
  });

  it('forwards every contract channel to ipcRenderer.invoke', async () => {
    for (const channel of CHANNELS) {
      await api.invoke(channel, { x: 1 });
      expect(electronMock.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { x: 1 });
    }
  });

  it('rejects a channel outside the contract without sending it', async () => {
    electronMock.ipcRenderer.invoke.mockClear();
    for (const channel of ['shell:openExternal', 'people:drop', '__proto__', 'constructor', '']) {
      await expect(api.invoke(channel, {}), channel).rejects.toThrow(/Unknown channel/);
    }
    expect(electronMock.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes to known events, hands over only the payload, and unsubscribes', () => {
    const cb = vi.fn();
    const off = api.on(EVENTS[0], cb);
    const [[event, listener]] = electronMock.ipcRenderer.on.mock.calls as unknown as [[string, (e: unknown, p: unknown) => void]];
    expect(event).toBe(EVENTS[0]);
    listener({ sender: 'ipcRenderer itself' }, { ids: ['p1'] });
    expect(cb).toHaveBeenCalledWith({ ids: ['p1'] });
    off();
    expect(electronMock.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENTS[0], listener);
  });

  it('throws for an unknown event', () => {
    expect(() => api.on('ipc-message', () => undefined)).toThrow(/Unknown event/);
  });
});

describe('preload bundle', () => {
  const bundle = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));

  it('requires nothing but electron (a sandboxed preload cannot)', (ctx) => {
    if (!existsSync(bundle)) {
      ctx.skip(`${bundle} is missing: run \`npx electron-vite build\` first (npm test builds before vitest)`);
    }
    const code = readFileSync(bundle, 'utf8');
    const requires = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]?.trim());
    expect(requires.length).toBeGreaterThan(0);
    expect(new Set(requires)).toEqual(new Set(['"electron"']));
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
  });
});
