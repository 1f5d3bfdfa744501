// The desktop front door: Electron IPC → core worker. The core validates payloads with the
// contract's zod schemas; this layer only decides who may ask and how much they may send.
import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/limits';
import { type IpcResult, fail } from '../../shared/ipc/result';
import type { CoreClient } from '../core/host';
import { isTrustedSender } from './security';

type CoreLike = Pick<CoreClient, 'call'>;

const registered = new Set<Channel>();

/** The channels that have a handler; a startup check and the tests compare it to CHANNELS. */
export function registeredChannels(): ReadonlySet<Channel> {
  return registered;
}

/** Serialized size in bytes, or null when the value has no JSON form (cycles, BigInt). */
export function jsonSize(payload: unknown): number | null {
  try {
    const json = JSON.stringify(payload);
    return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Registers one handler per contract channel. `core` may still be starting: the window is
 * painted while the database opens, and early calls wait for it. Every path returns an
 * envelope, because Electron forwards only `message` from a thrown error.
 */
export function registerIpc(core: Promise<CoreLike>): void {
  for (const channel of CHANNELS) {
    if (registered.has(channel)) throw new Error(`IPC channel ${channel} registered twice`);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) return fail('FORBIDDEN', 'This window may not call the app.');
      const size = jsonSize(payload);
      if (size === null) return fail('INVALID_INPUT', 'The request is not plain JSON data.');
      if (size > MAX_REQUEST_BYTES) return fail('INVALID_INPUT', `The request is too large (${size} bytes; the limit is ${MAX_REQUEST_BYTES}).`);
      try {
        return await (await core).call(channel, payload);
      } catch (error) {
        return fail('INTERNAL', `The app's database is not available: ${(error as Error).message}`);
      }
    });
    registered.add(channel);
  }
}

/** Removes every handler (tests, and a clean shutdown). */
export function unregisterIpc(): void {
  for (const channel of registered) ipcMain.removeHandler(channel);
  registered.clear();
}

/** Forwards core events to every open window; windows re-query what they show. */
export function relayCoreEvents(core: Pick<CoreClient, 'on'>): () => void {
  return core.on((event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(event, payload);
    }
  });
}
