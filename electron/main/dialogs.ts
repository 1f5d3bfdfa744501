// Native file dialogs for the renderer. Not a core channel (the core runs no UI): one narrow
// handler per dialog, each answering with the IpcResult envelope and nothing but the path chosen.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { BrowserWindow, type IpcMainInvokeEvent, type OpenDialogOptions, dialog, ipcMain } from 'electron';
import { type IpcResult, fail, ok } from '../../shared/ipc/result';
import { isTrustedSender } from './security';

/** The preload sends this; a test holds the two spellings together (the preload cannot import main). */
export const PICK_ARCHIVE_CHANNEL = 'dialog:pick-archive';

export type ArchiveKind = 'zip' | 'folder' | 'contacts';
export const ARCHIVE_KINDS: readonly ArchiveKind[] = ['zip', 'folder', 'contacts'];

/** What a contacts file can be: vCard, a CSV export (LinkedIn, Google, Outlook, any), iCalendar; some exporters write .txt. */
export const CONTACTS_EXTENSIONS = ['vcf', 'vcard', 'csv', 'ics', 'txt'];

/**
 * One dialog cannot offer files and folders on Linux and Windows, so the renderer asks for one
 * or the other: the downloaded `.zip`, or the folder it was extracted into. A contacts file
 * (vCard, CSV, iCalendar) has its own dialog.
 */
export function archiveDialogOptions(kind: ArchiveKind): OpenDialogOptions {
  if (kind === 'contacts') {
    return {
      title: 'Choose a contacts file',
      buttonLabel: 'Choose file',
      properties: ['openFile', 'dontAddToRecent'],
      filters: [{ name: 'Contacts (vCard, CSV, iCalendar)', extensions: CONTACTS_EXTENSIONS }],
    };
  }
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
    return (kind === 'folder' ? stat.isDirectory() : stat.isFile()) ? path : null;
  } catch {
    return null;
  }
}

const isArchiveKind = (kind: unknown): kind is ArchiveKind => ARCHIVE_KINDS.includes(kind as ArchiveKind);

/** Answers `string | null` (null: the user closed the dialog) in the envelope. */
export async function pickArchive(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, kind: unknown): Promise<IpcResult<string | null>> {
  if (!isTrustedSender(event.senderFrame)) return fail('FORBIDDEN', 'This window may not open dialogs.');
  if (!isArchiveKind(kind)) return fail('INVALID_INPUT', 'kind must be "zip", "folder" or "contacts"');
  const options = archiveDialogOptions(kind);
  // Modal to the asking window, so it cannot be lost behind it.
  const win = BrowserWindow.fromWebContents(event.sender);
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return ok(null);
  const path = checkPicked(kind, result.filePaths[0]);
  return path ? ok(path) : fail('INVALID_INPUT', kind === 'folder' ? 'That is not a folder Rapport can open.' : 'That is not a file Rapport can open.');
}

export function registerDialogs(): void {
  ipcMain.handle(PICK_ARCHIVE_CHANNEL, pickArchive);
}

export function unregisterDialogs(): void {
  ipcMain.removeHandler(PICK_ARCHIVE_CHANNEL);
}
