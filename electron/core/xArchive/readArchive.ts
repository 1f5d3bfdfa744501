import { stat } from 'node:fs/promises';
import { AppError } from '../../../shared/ipc/result';
import { ArchiveError } from './archiveError';
import { ArchiveFacts, type FactsFile } from './archiveFacts';
import { openArchive } from './archiveSource';
import type { DayOf } from './dmFacts';
import { type DataFile, readManifest, streamRecords } from './ytdFiles';

export interface ReadProgress {
  label: string;
  done: number;
  total: number | null;
}

/** The order that lets each file rely on the ones before: the owner first, then who follows whom, then what was said. */
const ORDER: FactsFile[] = ['account', 'screenNameChange', 'following', 'follower', 'directMessages', 'directMessagesGroup', 'tweets'];
const PROGRESS_EVERY = 2_000;

/** An archive problem as the contract's INVALID_INPUT: the message names the file inside the archive and the position. */
export function archiveFailure(error: unknown): unknown {
  if (!(error instanceof ArchiveError)) return error;
  return new AppError('INVALID_INPUT', error.message, { file: error.file, position: error.position });
}

/**
 * Streams the data files the import needs out of the archive (zip or folder) into facts:
 * memory holds accounts and interactions, never a whole file. Throws INVALID_INPUT naming
 * the file and position for a broken or hostile archive, and an AbortError when cancelled.
 */
export async function readArchive(
  path: string,
  options: { dayOf: DayOf; signal?: AbortSignal; onProgress?: (p: ReadProgress) => void },
): Promise<ArchiveFacts> {
  try {
    await stat(path);
  } catch {
    throw new AppError('INVALID_INPUT', `No file or folder at ${path}`, [{ path: 'path', message: 'does not exist' }]);
  }
  let source: Awaited<ReturnType<typeof openArchive>> | null = null;
  try {
    source = await openArchive(path);
    const manifest = await readManifest(source);
    const facts = new ArchiveFacts(options.dayOf);
    if (manifest.owner) facts.setOwner(manifest.owner.accountId, manifest.owner.userName || null, manifest.owner.displayName);
    for (const type of ORDER) {
      const files = manifest.files.filter((f: DataFile) => f.type === type);
      for (const file of files) {
        if ((type === 'directMessages' || type === 'directMessagesGroup' || type === 'tweets') && !facts.owner) {
          throw new AppError('INVALID_INPUT', 'The archive has no account.js and its manifest names no owner: cannot tell whose archive this is', {
            file: file.name,
          });
        }
        const label = `Reading ${file.name}`;
        options.onProgress?.({ label, done: 0, total: file.count });
        const count = await streamRecords(
          source,
          file,
          (record, index) => {
            facts.add(type, file.name, index, record);
            if ((index + 1) % PROGRESS_EVERY === 0) options.onProgress?.({ label, done: index + 1, total: file.count });
          },
          { signal: options.signal },
        );
        options.onProgress?.({ label, done: count, total: count });
      }
    }
    if (!facts.owner) throw new AppError('INVALID_INPUT', 'The archive has no account.js: cannot tell whose archive this is', { file: null });
    return facts;
  } catch (error) {
    throw archiveFailure(error);
  } finally {
    await source?.close();
  }
}
