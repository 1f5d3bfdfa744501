// Sandboxed preload: bundled into one CJS file that may require only 'electron'. The renderer
// gets two functions for the core and one for a native dialog, never ipcRenderer itself, and
// main re-checks sender and payload anyway.
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

/** Must equal PICK_ARCHIVE_CHANNEL in electron/main/dialogs.ts (tests/shell holds them together). */
const PICK_ARCHIVE = 'dialog:pick-archive';

/** The desktop shell's own functions: not core channels, so not behind `invoke`. */
const desktop = {
  /**
   * The native open dialog for the X archive (a `.zip` or its extracted folder) or a contacts
   * file (vCard, CSV, iCalendar). Resolves with an IpcResult of the path, or null when closed.
   */
  pickArchive(kind: 'zip' | 'folder' | 'contacts'): Promise<unknown> {
    if (kind !== 'zip' && kind !== 'folder' && kind !== 'contacts') return Promise.reject(new Error(`Unknown archive kind ${String(kind)}`));
    return ipcRenderer.invoke(PICK_ARCHIVE, kind);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('desktop', desktop);

export type PreloadApi = typeof api;
export type DesktopApi = typeof desktop;
