/** Guards shared by the zip and folder sources: entry-name checks and the byte cap on every stream. */
import { Readable } from 'node:stream';
import { ArchiveError } from './archiveError';

/**
 * Checks a zip entry name and returns it with '\' turned into '/'. Zips made by some Windows tools
 * use '\' as the separator, so it is read as one — which is exactly why a '\' must not smuggle in
 * a `..` segment or a drive letter. Refuses (whole archive) absolute names, drive letters, `..`
 * segments, NUL bytes and empty names; the message names the entry as written in the zip.
 */
export function checkEntryName(raw: string, archive: string): string {
  const name = raw.replace(/\\/g, '/');
  const why =
    raw.length === 0 ? 'an empty name'
    : raw.includes('\0') ? 'a NUL byte in its name'
    : name.startsWith('/') ? 'an absolute path'
    : /^[A-Za-z]:/.test(name) ? 'a drive letter'
    : name.split('/').includes('..') ? 'a ".." segment that would escape the archive'
    : null;
  if (why) {
    throw new ArchiveError(`${archive}: refused: the entry ${JSON.stringify(raw)} has ${why}`, raw, null, 'unsafe');
  }
  return name;
}

/** The error capBytes reports (through `describe`) when a stream ends before its declared size. */
export class ShortStream extends Error {}

/**
 * Wraps an entry's byte stream so that it delivers exactly `size` bytes, its declared size: more is
 * refused as a lie (a zip whose data outgrows its header is how bombs get past size checks), fewer
 * is reported through `describe` as a ShortStream (damage, or a file cut while being read). Every
 * other failure underneath also comes out as an ArchiveError naming the entry. Destroying the
 * returned stream (an abort, a consumer that stops early) destroys the source.
 */
export function capBytes(src: Readable, name: string, size: number, describe: (err: Error, bytesSoFar: number) => ArchiveError): Readable {
  async function* guarded(): AsyncGenerator<Buffer> {
    let bytes = 0;
    try {
      for await (const chunk of src as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > size) {
          throw new ArchiveError(`${name}: refused: holds more than the ${size} bytes it declares (a lying size)`, name, { offset: size }, 'unsafe');
        }
        yield chunk;
      }
      if (bytes < size) throw new ShortStream(`ended after ${bytes} of ${size} bytes`);
    } catch (err) {
      if (err instanceof ArchiveError) throw err;
      throw describe(err as Error, bytes);
    } finally {
      src.destroy();
    }
  }
  return Readable.from(guarded(), { objectMode: false });
}

/** The ArchiveError for a name the archive does not hold. */
export function missingEntry(name: string, archive: string): ArchiveError {
  return new ArchiveError(`${archive}: has no entry ${JSON.stringify(name)}`, name, null, 'missing');
}
