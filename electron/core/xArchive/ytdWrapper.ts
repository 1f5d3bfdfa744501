/**
 * The `window.YTD.<name>.partN = ` / `window.__THAR_CONFIG = ` assignment that makes each data file
 * JavaScript rather than JSON. It is matched as text and cut off — the files are never evaluated.
 */
import { isUtf8 } from 'node:buffer';
import { ArchiveError, contentError, showByte } from './archiveError';
import { firstBadUtf8, locateJsonError, positionIn } from './jsonErrors';

/** How far into a file the `=` of the wrapper may be (the longest real global name is ~60 bytes). */
const MAX_WRAPPER_BYTES = 512;
const WRAPPER = /^window\.(YTD\.\w+\.part\d+|__THAR_CONFIG)\s*=$/;

export type Head =
  | { done: false }
  /** `start` is where the JSON begins; `globalName` is e.g. `YTD.tweets.part0` (null for a bare JSON file). */
  | { done: true; start: number; globalName: string | null };

const isWs = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Reads the start of a file: an optional BOM and whitespace, then either the wrapper or the JSON
 * itself (a bare `[` is accepted: some tools re-save the files without it). Says `done: false`
 * while it needs more bytes; `eof` says there are none.
 */
export function parseHead(b: Uint8Array, eof: boolean, file: string): Head {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (isWs(b[i])) i++;
  if (i >= b.length) {
    if (!eof) return { done: false };
    throw contentError(file, 'not an X data file', positionIn(b, 0, i, { offset: 0, line: 1, column: 1 }), 'the file is empty');
  }
  if (b[i] !== 0x77 /* w */) return { done: true, start: i, globalName: null };
  const eq = b.indexOf(0x3d /* = */, i);
  const tooFar = (eq < 0 ? b.length : eq) - i > MAX_WRAPPER_BYTES;
  if (eq < 0 && !eof && !tooFar) return { done: false };
  const text = Buffer.from(b.buffer, b.byteOffset + i, Math.min(eq < 0 || tooFar ? b.length - i : eq + 1 - i, MAX_WRAPPER_BYTES)).toString('latin1');
  const match = WRAPPER.exec(text);
  if (!match || tooFar) {
    const shown = JSON.stringify(text.slice(0, 40).split(/[\r\n]/)[0]);
    throw contentError(file, 'not an X data file', positionIn(b, 0, i, { offset: 0, line: 1, column: 1 }), `expected "window.YTD.<name>.part<N> = " or "[", found ${shown}`);
  }
  return { done: true, start: eq + 1, globalName: match[1]! };
}

/**
 * Parses a whole small wrapped file (the manifest) into one value, with the same positioned errors
 * as the streaming reader. `maxBytes` bounds what is held; the caller reads the stream into `bytes`.
 */
export function parseWrappedJson(bytes: Buffer, file: string): { value: unknown; globalName: string | null } {
  const head = parseHead(bytes, true, file);
  if (!head.done) throw new Error('unreachable: parseHead with eof always decides');
  let end = bytes.length;
  while (isWs(bytes[end - 1])) end--;
  if (bytes[end - 1] === 0x3b /* ; */) end--;
  const body = bytes.subarray(head.start, end);
  const base = positionIn(bytes, 0, head.start, { offset: 0, line: 1, column: 1 });
  if (!isUtf8(body)) {
    const at = firstBadUtf8(body);
    throw contentError(file, 'not UTF-8 text', positionIn(body, 0, at, base), `${showByte(body[at])} cannot start or continue a character`);
  }
  try {
    return { value: JSON.parse(body.toString('utf8')), globalName: head.globalName };
  } catch (err) {
    const fault = locateJsonError(body);
    if (!fault) throw new ArchiveError(`${file}: not JSON (${(err as Error).message})`, file, null, 'bad-content', { cause: err });
    const what = fault.index >= body.length ? 'truncated JSON' : 'not JSON';
    throw contentError(file, what, positionIn(body, 0, fault.index, base), fault.detail);
  }
}

/** Reads a stream whole, refusing it past `maxBytes` (for small files only: the manifest). */
export async function readAll(stream: NodeJS.ReadableStream, file: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new ArchiveError(`${file}: refused: larger than the ${maxBytes} bytes allowed for it`, file, { offset: maxBytes }, 'too-large');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
