import { AppError, isIpcResult } from '../../../shared/ipc/result';
import { getTransport } from './transport';
import type { UploadOptions } from './upload';

/** The X archive as a `.zip` or its extracted folder, or a contacts file (vCard, CSV, iCalendar). */
export type ArchiveKind = 'zip' | 'folder' | 'contacts';

/**
 * How this window can get hold of an archive on disk. The desktop app opens native dialogs
 * (one for a `.zip`, one for a folder: Linux and Windows cannot offer both in one); a browser
 * page cannot see paths, so it uploads the `.zip` to the server on the same machine. A typed
 * path works in both.
 */
export interface ArchiveSources {
  dialog: boolean;
  upload: boolean;
}

function canUpload(): boolean {
  try {
    return typeof getTransport().upload === 'function';
  } catch {
    return false; // no transport yet: nothing to upload to
  }
}

export function archiveSources(): ArchiveSources {
  return { dialog: typeof window.desktop?.pickArchive === 'function', upload: canUpload() };
}

/** The native dialog: the chosen path, or null when the user closed it. */
export async function pickArchive(kind: ArchiveKind): Promise<string | null> {
  const desktop = window.desktop;
  if (!desktop) throw new AppError('INTERNAL', 'This window has no file dialog; upload the archive or paste its path.');
  const result = await desktop.pickArchive(kind);
  if (!isIpcResult(result)) throw new AppError('INTERNAL', 'The file dialog answered something that is not a result');
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return typeof result.value === 'string' ? result.value : null;
}

/** Sends the file to the machine the core runs on; resolves with its path there. Rejects with an AbortError when `signal` fires. */
export async function uploadArchive(file: File, options: Omit<UploadOptions, 'name'> = {}): Promise<string> {
  const upload = getTransport().upload;
  if (!upload) throw new AppError('INTERNAL', 'This window cannot upload files; choose the archive instead.');
  return upload(file, { ...options, name: file.name });
}

/** The last part of a path, for showing which archive was chosen (either separator: the core may run on Windows). */
export function archiveName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  return trimmed.split(/[\\/]/).at(-1) || trimmed;
}
