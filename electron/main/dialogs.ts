// Native file dialogs for the renderer. Not a core channel (the core runs no UI): one narrow
// handler per dialog, each answering with the IpcResult envelope and nothing but the path chosen.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { BrowserWindow, type IpcMainInvokeEvent, type OpenDialogOptions, dialog, ipcMain } from 'electron';
import { type IpcResult, fail, ok } from '../../shared/ipc/result';
import { isTrustedSender } from './security';

/** The preload sends this; a test holds the two spellings together (the preload cannot import main). */
export const PICK_ARCHIVE_CHANNEL = 'dialog:pick-archive';

export type ArchiveKind = 'zip' | 'folder';

/**
 * One dialog cannot offer files and folders on Linux and Windows, so the renderer asks for one
 * or the other: the downloaded `.zip`, or the folder it was extracted into.
 */
export function archiveDialogOptions(kind: ArchiveKind): OpenDialogOptions {
  return kind === 'zip'
    ? {
        title: 'Choose your X archive',
        buttonLabel: 'Choose archive',
        properties: ['openFile', 'dontAddToRecent'],
        filters: [{ name: 'X archive (.zip)', extensions: ['zip'] }],
      }
    : {
        title: 'Choose the folder you extracted your X archive into',
        buttonLabel: 'Choose folder',
        properties: ['openDirectory', 'dontAddToRecent'],
      };
}

/** The path if it is an absolute path to what was asked for (a file or a folder), else null. */
export function checkPicked(kind: ArchiveKind, path: string | undefined): string | null {
  if (typeof path !== 'string' || !isAbsolute(path)) return null;
  try {
    const stat = statSync(path);
    return (kind === 'zip' ? stat.isFile() : stat.isDirectory()) ? path : null;
  } catch {
    return null;
  }
}

/** Answers `string | null` (null: the user closed the dialog) in the envelope. */
export async function pickArchive(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, kind: unknown): Promise<IpcResult<string | null>> {
  if (!isTrustedSender(event.senderFrame)) return fail('FORBIDDEN', 'This window may not open dialogs.');
  if (kind !== 'zip' && kind !== 'folder') return fail('INVALID_INPUT', 'kind must be "zip" or "folder"');
  const options = archiveDialogOptions(kind);
  // Modal to the asking window, so it cannot be lost behind it.
  const win = BrowserWindow.fromWebContents(event.sender);
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return ok(null);
  const path = checkPicked(kind, result.filePaths[0]);
  return path ? ok(path) : fail('INVALID_INPUT', kind === 'zip' ? 'That is not a file Rapport can open.' : 'That is not a folder Rapport can open.');
}

export function registerDialogs(): void {
  ipcMain.handle(PICK_ARCHIVE_CHANNEL, pickArchive);
}

export function unregisterDialogs(): void {
  ipcMain.removeHandler(PICK_ARCHIVE_CHANNEL);
}
