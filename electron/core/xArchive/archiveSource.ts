/**
 * An X data archive as a list of names and byte streams, whether the user picked the `.zip` X sent
 * them or the folder they extracted it into. Nothing is unpacked to disk and no entry is read until
 * asked for: a real archive is mostly media (several GB) that the import never opens.
 *
 * Everything here assumes the archive may be hostile (it is a file from the internet): names that
 * escape, sizes that lie, compression bombs, links out of the folder. Those are refused with an
 * ArchiveError that names the entry, never skipped silently.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { ArchiveError } from './archiveError';
import { openFolder } from './folderSource';
import { openZip } from './zipSource';

export interface ArchiveSource {
  /** Archive-relative entry names, '/'-separated, files only (no directories). Zip: central-directory order; folder: sorted. */
  readonly names: readonly string[];
  /** Uncompressed byte size of an entry (declared size for zip entries). Throws ArchiveError for unknown names. */
  size(name: string): number;
  /**
   * Streams an entry's bytes, refusing bombs and over-long streams. Throws ArchiveError for unknown
   * names; stream errors are ArchiveErrors too. (A Readable, which is a NodeJS.ReadableStream, so
   * that callers can destroy it or attach an AbortSignal.)
   */
  open(name: string): Promise<Readable>;
  close(): Promise<void>;
  /** Whether this is a zip or an extracted folder. */
  readonly kind: 'zip' | 'folder';
  /** The path given to openArchive. */
  readonly path: string;
  /** The limits in force, so readers above (the JSON streamer) apply the same ones. */
  readonly limits: ArchiveLimits;
}

export interface ArchiveLimits {
  /** Most entries (files and folders) an archive may hold. Real archives hold thousands (mostly media). */
  maxEntries: number;
  /** Largest uncompressed entry that may be opened. Real `tweets.js` files reach hundreds of MB. */
  maxEntryBytes: number;
  /** Uncompressed/compressed ratio above which an entry is treated as a zip bomb… */
  maxCompressionRatio: number;
  /** …when its declared size is also above this (small files of repeated text compress well legitimately). */
  ratioCheckMinBytes: number;
  /** Largest single top-level array element (one tweet, one DM conversation with all its messages). */
  maxRecordBytes: number;
  /** Largest `manifest.js` (read whole; real ones are ~20 KB). */
  maxManifestBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxEntries: 1_000_000,
  maxEntryBytes: 4 * 1024 * MiB,
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 50 * MiB,
  // One element is held as text and parsed object at once (~4x its size in memory), so this bounds the heap.
  maxRecordBytes: 128 * MiB,
  maxManifestBytes: 16 * MiB,
});

/** Opens a zip file or an extracted folder. Refuses anything else, and any hostile shape, with ArchiveError. */
export async function openArchive(path: string, limits?: Partial<ArchiveLimits>): Promise<ArchiveSource> {
  const all: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new ArchiveError(`${basename(path)}: cannot be opened (${(err as Error).message})`, null, null, 'missing', { cause: err });
  }
  if (info.isDirectory()) return openFolder(path, all);
  if (info.isFile()) return openZip(path, all);
  throw new ArchiveError(`${basename(path)}: is neither a zip file nor a folder`, null, null, 'not-archive');
}
