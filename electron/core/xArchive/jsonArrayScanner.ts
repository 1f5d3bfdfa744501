/**
 * Cuts the elements of one top-level JSON array out of a byte stream and JSON.parses each one.
 *
 * Why not a streaming JSON parser: @streamparser/json was measured first on a 150 MB `tweets.js`
 * (50,000 pretty-printed tweets, on this 2-CPU machine): 1.67–1.75 s and ~125 MB RSS to parse a
 * plain file (plus ~0.2–0.5 s to inflate it from a zip), and its errors carry a byte offset but no
 * line. This scanner only tracks string/escape state and bracket depth (strings skipped with
 * indexOf) and hands each element to the native JSON.parse: 0.76–0.90 s from the plain file and
 * 0.81–0.93 s from the zip, ~95–115 MB peak RSS, with line/column tracking and UTF-8 checks.
 * JSON.parse itself is most of that time, so a hand-written parser could not do much better.
 * Memory stays at one chunk plus one element (capped by maxRecordBytes); the file is never whole.
 *
 * Validation is split: this scanner checks the structure it walks (the wrapper, the array, the
 * commas between elements, the end); JSON.parse checks each element; when it refuses one,
 * jsonErrors re-walks that element to say where and why. Positions are absolute in the file.
 */
import { isUtf8 } from 'node:buffer';
import { ArchiveError, contentError, showByte, type ArchivePosition } from './archiveError';
import { firstBadUtf8, locateJsonError, positionIn } from './jsonErrors';
import { parseHead } from './ytdWrapper';

// States. Numbers rather than an enum: this is the hot loop and they compile to small-int compares.
const HEAD = 0; // before/inside the `window.YTD… =` wrapper
const BEFORE_ARRAY = 1; // expecting `[`
const FIRST = 2; // after `[`: an element or `]`
const NEXT = 3; // after `,`: an element
const IN_VALUE = 4; // inside an object/array element, not in a string
const IN_STRING = 5; // inside a string (within an element, or a string element)
const IN_SCALAR = 6; // inside a number/true/false/null element
const AFTER_VALUE = 7; // expecting `,` or `]`
const AFTER_ARRAY = 8; // expecting whitespace, an optional `;`, the end
const AFTER_SEMI = 9; // expecting whitespace, the end

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonArrayScanner {
  /** The wrapper's global name (`YTD.tweets.part0`), once read; null for a bare JSON array. */
  globalName: string | null = null;
  /** Elements emitted so far. */
  count = 0;

  private state = HEAD;
  private head: Buffer | null = null;
  private offset = 0; // absolute offset of the current chunk's first byte
  private line = 1;
  private lineStart = 0; // absolute offset of the current line's first byte
  private depth = 0; // bracket depth inside the current element
  private escape = false; // a string's backslash was the last byte of the previous chunk
  private parts: Buffer[] = []; // earlier chunks' pieces of the element in progress
  private partsBytes = 0;
  private elemPos: Required<ArchivePosition> = { offset: 0, line: 1, column: 1 };

  constructor(
    private readonly file: string,
    private readonly maxRecordBytes: number,
  ) {}

  /** Scans one chunk, appending the elements it completes to `out`. */
  push(chunk: Buffer, out: unknown[]): void {
    if (this.state !== HEAD) return this.scan(chunk, 0, out);
    this.head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
    const head = parseHead(this.head, false, this.file);
    if (!head.done) return;
    const buf = this.head;
    this.head = null;
    this.enterArray(buf, head.start, head.globalName);
    this.scan(buf, head.start, out);
  }

  /** Call after the last chunk (appending any elements still held to `out`): refuses a file that ends before its array does. */
  end(out: unknown[]): void {
    if (this.state === HEAD) {
      const buf = this.head ?? Buffer.alloc(0);
      const head = parseHead(buf, true, this.file);
      if (!head.done) throw new Error('unreachable: parseHead with eof always decides');
      this.head = null;
      this.enterArray(buf, head.start, head.globalName);
      this.scan(buf, head.start, out);
    }
    if (this.state === AFTER_ARRAY || this.state === AFTER_SEMI) return;
    if (this.state === BEFORE_ARRAY || this.state === FIRST || this.state === NEXT || this.state === AFTER_VALUE) {
      const where = this.state === BEFORE_ARRAY ? 'the file ends where the array should start' : `the file ends after ${this.count} records, before the array is closed`;
      throw contentError(this.file, 'truncated JSON', this.at(this.offset), where);
    }
    // Inside a record: its bytes are all held, so the end's position is counted from the record's start.
    const held = Buffer.concat(this.parts, this.partsBytes);
    const where = `the file ends inside the record at index ${this.count}, which starts at line ${this.elemPos.line}, column ${this.elemPos.column}`;
    throw contentError(this.file, 'truncated JSON', positionIn(held, 0, held.length, this.elemPos), where);
  }

  private enterArray(buf: Buffer, start: number, globalName: string | null): void {
    this.globalName = globalName;
    const p = positionIn(buf, 0, start, { offset: 0, line: 1, column: 1 });
    this.line = p.line;
    this.lineStart = start - (p.column - 1);
    this.state = BEFORE_ARRAY;
  }

  /** Position of an absolute offset on the current line. */
  private at(offset: number): Required<ArchivePosition> {
    return { offset, line: this.line, column: offset - this.lineStart + 1 };
  }

  /** Refuses at index `i` of the chunk being scanned (this.offset is that chunk's start until the scan ends). */
  private fail(i: number, detail: string): never {
    throw contentError(this.file, 'not JSON', this.at(this.offset + i), detail);
  }

  private scan(buf: Buffer, i: number, out: unknown[]): void {
    const n = buf.length;
    const base = this.offset;
    let state = this.state;
    let depth = this.depth;
    let line = this.line;
    let lineStart = this.lineStart;
    let start = state === IN_VALUE || state === IN_STRING || state === IN_SCALAR ? 0 : -1; // element start in this chunk
    if (this.escape && state === IN_STRING && n > 0) {
      this.escape = false;
      i++;
    }
    const sync = () => {
      this.line = line;
      this.lineStart = lineStart;
    };
    while (i < n) {
      if (state === IN_VALUE) {
        // The hot loop: most bytes of a data file are inside an element.
        for (; i < n; i++) {
          const c = buf[i]!;
          if (c === 0x22) {
            state = IN_STRING;
            i++;
            break;
          } else if (c === 0x7b || c === 0x5b) depth++;
          else if (c === 0x7d || c === 0x5d) {
            if (--depth === 0) {
              sync();
              this.emit(buf, start, ++i, out);
              state = AFTER_VALUE;
              break;
            }
          } else if (c === 0x0a) {
            line++;
            lineStart = base + i + 1;
          }
        }
        continue;
      }
      if (state === IN_STRING) {
        // Jump to the next quote (memchr speed); it closes the string unless an odd run of
        // backslashes precedes it. The run is counted from `i`, a fresh position (after the opening
        // quote, an escaped quote, or an escaped byte carried over), so its parity is exact.
        // Newlines inside strings are not counted: they are invalid JSON, and every error about
        // an element takes its position from the element's own bytes (positionIn), not from here.
        let q = buf.indexOf(0x22, i);
        for (; q >= 0; q = buf.indexOf(0x22, i)) {
          let k = q - 1;
          while (k >= i && buf[k] === 0x5c) k--;
          i = q + 1;
          if (((q - 1 - k) & 1) === 0) break;
        }
        if (q < 0) {
          let k = n - 1;
          while (k >= i && buf[k] === 0x5c) k--;
          this.escape = ((n - 1 - k) & 1) === 1; // the chunk ends on a backslash that escapes the next chunk's first byte
          break;
        }
        if (depth > 0) state = IN_VALUE;
        else {
          sync();
          this.emit(buf, start, i, out);
          state = AFTER_VALUE;
        }
        continue;
      }
      const c = buf[i]!;
      if (state === IN_SCALAR) {
        if (isWs(c) || c === 0x2c || c === 0x5d || c === 0x7d) {
          sync();
          this.emit(buf, start, i, out);
          state = AFTER_VALUE;
        } else i++;
        continue;
      }
      // Structure between elements: rare bytes, so clarity over speed.
      i++;
      if (c === 0x0a) {
        line++;
        lineStart = base + i;
        continue;
      }
      if (isWs(c)) continue;
      sync();
      if (state === BEFORE_ARRAY) {
        if (c === 0x5b) state = FIRST;
        else if (c === 0x7b) this.fail(i - 1, 'the top-level value is an object, but an X data file holds an array');
        else this.fail(i - 1, `unexpected ${showByte(c)} where the array should start`);
      } else if (state === FIRST || state === NEXT) {
        if (c === 0x5d && state === FIRST) state = AFTER_ARRAY;
        else if (c === 0x5d || c === 0x2c) this.fail(i - 1, `unexpected ${showByte(c)}: an element is missing`);
        else if (c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
          start = i - 1;
          this.elemPos = this.at(base + start);
          depth = c === 0x7b || c === 0x5b ? 1 : 0;
          state = c === 0x22 ? IN_STRING : c === 0x7b || c === 0x5b ? IN_VALUE : IN_SCALAR;
        } else this.fail(i - 1, `unexpected ${showByte(c)} where a record should start`);
      } else if (state === AFTER_VALUE) {
        if (c === 0x2c) state = NEXT;
        else if (c === 0x5d) state = AFTER_ARRAY;
        else this.fail(i - 1, `unexpected ${showByte(c)}, expected "," or "]" after the record at index ${this.count - 1}`);
      } else if (state === AFTER_ARRAY && c === 0x3b) state = AFTER_SEMI;
      else this.fail(i - 1, `unexpected ${showByte(c)} after the end of the array`);
    }
    this.state = state;
    this.depth = depth;
    sync();
    if (state === IN_VALUE || state === IN_STRING || state === IN_SCALAR) this.keepPart(buf, start);
    this.offset = base + n;
  }

  /** Holds the element's bytes from this chunk until a later chunk completes it. */
  private keepPart(buf: Buffer, start: number): void {
    this.parts.push(start > 0 ? buf.subarray(start) : buf);
    this.partsBytes += buf.length - start;
    if (this.partsBytes > this.maxRecordBytes) this.tooLarge();
  }

  private tooLarge(): never {
    throw new ArchiveError(
      `${this.file}: refused: the record at index ${this.count} (line ${this.elemPos.line}) is larger than the ${this.maxRecordBytes} bytes allowed for one record`,
      this.file,
      this.elemPos,
      'too-large',
    );
  }

  private emit(buf: Buffer, start: number, end: number, out: unknown[]): void {
    let bytes: Buffer;
    if (this.parts.length === 0) bytes = buf.subarray(start, end);
    else {
      this.parts.push(buf.subarray(0, end));
      bytes = Buffer.concat(this.parts, this.partsBytes + end);
      this.parts = [];
      this.partsBytes = 0;
    }
    if (bytes.length > this.maxRecordBytes) this.tooLarge();
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      this.explain(bytes, err as Error);
    }
    // After the parse, not before: isUtf8 is cheap but not free, and garbage bytes usually break the JSON first.
    if (!isUtf8(bytes)) {
      const at = firstBadUtf8(bytes);
      throw contentError(this.file, 'not UTF-8 text', positionIn(bytes, 0, at, this.elemPos), `${showByte(bytes[at])} cannot start or continue a character`);
    }
    out.push(value);
    this.count++;
  }

  private explain(bytes: Buffer, err: Error): never {
    const fault = locateJsonError(bytes);
    if (!fault) throw new ArchiveError(`${this.file}: the record at index ${this.count} is not JSON (${err.message})`, this.file, this.elemPos, 'bad-content', { cause: err });
    throw contentError(this.file, 'not JSON', positionIn(bytes, 0, fault.index, this.elemPos), fault.detail);
  }
}
