// Sandboxed preload: bundled into one CJS file that may require only 'electron'. The renderer
// gets two functions, never ipcRenderer itself, and main re-checks sender and payload anyway.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS } from '../../shared/ipc/channels';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const api = {
  /** Resolves with the core's IpcResult envelope; rejects only for a channel not in the contract. */
  invoke(channel: string, payload: unknown): Promise<unknown> {
    if (!channels.has(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, payload);
  },
  /** Subscribes to a core event; returns the unsubscribe function. */
  on(event: string, cb: (payload: unknown) => void): () => void {
    if (!events.has(event)) throw new Error(`Unknown event ${String(event)}`);
    // The IPC event object carries `sender` (the ipcRenderer); hand the renderer the payload only.
    const listener = (_event: IpcRendererEvent, payload: unknown) => cb(payload);
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);

export type PreloadApi = typeof api;
