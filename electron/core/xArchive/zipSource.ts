/**
 * The zip side of ArchiveSource, on yauzl: it reads only the central directory up front (lazily,
 * one entry at a time) and opens one inflating stream per entry on demand, so a multi-GB archive
 * costs a few hundred bytes per entry in memory and media entries cost nothing but their names.
 */
import { basename } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ArchiveError } from './archiveError';
import type { ArchiveLimits, ArchiveSource } from './archiveSource';
import { capBytes, checkEntryName, missingEntry, ShortStream } from './entryGuards';

const EMPTY = Buffer.alloc(0);
/** Inflate output per zlib call: larger chunks cut the per-chunk cost of both inflating and scanning. */
const INFLATE_CHUNK = 256 * 1024;

export async function openZip(path: string, limits: ArchiveLimits): Promise<ArchiveSource> {
  const label = basename(path);
  let zip: ZipFile;
  try {
    // decodeStrings: false so that names are checked here, by our rules and with our message
    // (yauzl would otherwise refuse or rewrite them itself before we see them).
    // (validateEntrySizes still checks stored entries' sizes while listing; deflated ones are checked by capBytes.)
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (err) {
    throw new ArchiveError(`${label}: not a zip file (${(err as Error).message})`, null, null, 'not-archive', { cause: err });
  }
  try {
    return await listEntries(zip, path, label, limits);
  } catch (err) {
    zip.close();
    throw err;
  }
}

async function listEntries(zip: ZipFile, path: string, label: string, limits: ArchiveLimits): Promise<ArchiveSource> {
  // The count comes from the end-of-central-directory record, so a bomb of a million tiny entries is refused before any is read.
  if (zip.entryCount > limits.maxEntries) {
    throw new ArchiveError(`${label}: refused: holds ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`, null, null, 'unsafe');
  }
  const entries = new Map<string, Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      const raw = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const name = checkEntryName(raw, label);
      // Drop the per-entry header buffer (name, extra field, comment all slice it): media-heavy
      // archives have tens of thousands of entries and we keep only what opening one needs.
      entry.fileNameRaw = entry.extraFieldRaw = entry.fileCommentRaw = EMPTY;
      entry.extraFields = [];
      entry.fileName = entry.fileComment = entry.comment = '';
      if (name.endsWith('/')) continue; // a directory record
      if (entries.has(name)) {
        // Two entries with one name: which one a reader sees would depend on the tool; refuse rather than guess.
        throw new ArchiveError(`${label}: refused: the entry ${JSON.stringify(name)} appears twice`, name, null, 'unsafe');
      }
      entries.set(name, entry);
    }
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError(`${label}: the zip is damaged (${(err as Error).message})`, null, null, 'io', { cause: err });
  }
  const names = Object.freeze([...entries.keys()]);
  let closed = false;

  const get = (name: string): Entry => {
    const entry = entries.get(name);
    if (!entry) throw missingEntry(name, label);
    return entry;
  };

  return {
    kind: 'zip',
    path,
    limits,
    names,
    size: (name) => get(name).uncompressedSize,
    async open(name) {
      const entry = get(name);
      checkOpenable(entry, name, limits);
      if (closed) throw new ArchiveError(`${label}: already closed`, name, null, 'io');
      let raw: Readable;
      try {
        // The raw (still deflated) bytes: we inflate ourselves, because yauzl's inflater uses zlib's
        // 16 KB chunks and that per-chunk overhead made inflating 144 MB take 404 ms instead of 200 ms.
        raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
      } catch (err) {
        throw new ArchiveError(`${name}: cannot be read from ${label} (${(err as Error).message})`, name, null, 'io', { cause: err });
      }
      let data: Readable = raw;
      if (entry.compressionMethod === 8) {
        const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
        pipeline(raw, inflater, () => undefined); // errors surface on the inflater, and destroying it destroys `raw`
        data = inflater;
      }
      // capBytes holds the data to exactly the declared size: more is a lie (a bomb's trick), less is damage.
      return capBytes(data, name, entry.uncompressedSize, (err, bytes) => streamError(err, bytes, name, entry.uncompressedSize));
    },
    async close() {
      if (closed) return;
      closed = true;
      zip.close(); // streams still open keep the file until they end (yauzl reference-counts the fd)
    },
  };
}

/** The checks made before inflating a byte: sizes that are absurd or bomb-like, and data we cannot decode. */
function checkOpenable(entry: Entry, name: string, limits: ArchiveLimits): void {
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    throw new ArchiveError(`${name}: refused: declares ${size} bytes uncompressed, more than the ${limits.maxEntryBytes} allowed`, name, null, 'too-large');
  }
  const ratio = size / Math.max(entry.compressedSize, 1);
  if (size > limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
    throw new ArchiveError(
      `${name}: refused as a zip bomb: ${entry.compressedSize} bytes would inflate to ${size} (${Math.round(ratio)}:1, over ${limits.maxCompressionRatio}:1)`,
      name,
      null,
      'unsafe',
    );
  }
  if (entry.isEncrypted()) throw new ArchiveError(`${name}: is encrypted; re-download the archive from X`, name, null, 'io');
  if (!entry.canDecodeFileData()) {
    throw new ArchiveError(`${name}: uses zip compression method ${entry.compressionMethod}, which this reader does not support`, name, null, 'io');
  }
}

/** zlib's and the file's stream errors, said in terms of the entry. */
function streamError(err: Error, bytes: number, name: string, declared: number): ArchiveError {
  if (err instanceof ShortStream) {
    return new ArchiveError(`${name}: is damaged: ends after ${bytes} of the ${declared} bytes it declares`, name, { offset: bytes }, 'io', { cause: err });
  }
  return new ArchiveError(`${name}: is damaged at byte ${bytes} of ${declared} (${err.message})`, name, { offset: bytes }, 'io', { cause: err });
}
