/**
 * Errors of the X archive reader. Every refusal names the file inside the archive (or the archive
 * itself when the container is at fault) and, where it is about content, the position, so that a
 * user can open the file and see the spot and the import layer can show one honest sentence.
 */

/** Where in a file something went wrong. Byte offsets are 0-based; line and column are 1-based, the column counted in bytes. */
export interface ArchivePosition {
  offset?: number;
  line?: number;
  column?: number;
}

/**
 * What kind of refusal this is, so callers can branch without parsing messages:
 * - `not-archive`: not a zip/folder we can read, or no X data in it;
 * - `unsafe`: a hostile shape (path traversal, escaping symlink, zip bomb, lying sizes, too many entries);
 * - `too-large`: over a size limit that a genuine archive could in principle exceed;
 * - `bad-content`: a data file that is not the JSON it should be (position set);
 * - `missing`: an entry that is not in the archive;
 * - `io`: the disk or the zip structure failed underneath us.
 */
export type ArchiveErrorKind = 'not-archive' | 'unsafe' | 'too-large' | 'bad-content' | 'missing' | 'io';

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  constructor(
    message: string,
    /** Archive-relative entry name, or null when the archive as a whole is at fault. */
    readonly file: string | null,
    readonly position: ArchivePosition | null,
    readonly kind: ArchiveErrorKind = 'bad-content',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** "line 3, column 14 (byte 812)" — the form every positioned message uses. */
export function describePosition(p: ArchivePosition): string {
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(`line ${p.line}`);
  if (p.column !== undefined) parts.push(`column ${p.column}`);
  const at = parts.join(', ');
  if (p.offset === undefined) return at;
  return at ? `${at} (byte ${p.offset})` : `byte ${p.offset}`;
}

/** A content error: `data/tweets.js: not JSON at line 3, column 14 (byte 812): unexpected "}"`. */
export function contentError(file: string, what: string, position: ArchivePosition, detail: string): ArchiveError {
  return new ArchiveError(`${file}: ${what} at ${describePosition(position)}: ${detail}`, file, position, 'bad-content');
}

/** Shows a byte as the user would recognise it in the file: `"}"`, or `byte 0x00` for control/binary bytes. */
export function showByte(b: number | undefined): string {
  if (b === undefined) return 'the end of the file';
  return b >= 0x20 && b < 0x7f ? JSON.stringify(String.fromCharCode(b)) : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

/** The error an aborted read throws: name 'AbortError' like fetch's and the streams', so callers can test one name. */
export function abortError(signal: AbortSignal): Error {
  const err = new Error('The X archive read was aborted', { cause: signal.reason });
  err.name = 'AbortError';
  return err;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}
