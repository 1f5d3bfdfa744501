/**
 * The slow path for bad input: when JSON.parse refuses a piece of text we re-walk that piece here to
 * find *where* and *why*, because V8's messages do not reliably carry a position (and never a line).
 * It runs only after a failure, on one record, so it is written for clarity rather than speed; it
 * is iterative, so a hostile `[[[[…` nested a million deep cannot overflow the stack.
 */
import { showByte, type ArchivePosition } from './archiveError';

export interface JsonFault {
  /** Index into the bytes where the fault is. */
  index: number;
  detail: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

const isWs = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
const isHex = (c: number | undefined) => c !== undefined && (isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46));

/** The first syntax fault in one JSON text (RFC 8259), or null if it is valid. */
export function locateJsonError(b: Uint8Array): JsonFault | null {
  const stack: number[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const n = b.length;
  const fault = (detail: string, at = i): JsonFault => ({ index: at, detail });
  for (;;) {
    while (isWs(b[i])) i++;
    const c = b[i];
    if (c === undefined) {
      if (expect === 'after' && stack.length === 0) return null;
      return fault(stack.length ? `the text ends before the ${stack.at(-1) === 0x7b ? 'object' : 'array'} is closed` : 'the text ends before a value', n);
    }
    if (expect === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return fault(`unexpected ${showByte(c)} after the end of the value`);
      const close = top === 0x7b ? 0x7d : 0x5d;
      if (c === close) {
        stack.pop();
        i++;
      } else if (c === 0x2c) {
        expect = top === 0x7b ? 'key' : 'value';
        i++;
      } else {
        return fault(`unexpected ${showByte(c)}, expected "," or ${showByte(close)}`);
      }
      continue;
    }
    if (expect === 'colon') {
      if (c !== 0x3a) return fault(`unexpected ${showByte(c)}, expected ":"`);
      expect = 'value';
      i++;
      continue;
    }
    if ((expect === 'value-or-close' && c === 0x5d) || (expect === 'key-or-close' && c === 0x7d)) {
      stack.pop();
      expect = 'after';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (c !== 0x22) return fault(`unexpected ${showByte(c)}, expected a property name in double quotes`);
      const end = scanString(b, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value.
    if (c === 0x7b || c === 0x5b) {
      stack.push(c);
      expect = c === 0x7b ? 'key-or-close' : 'value-or-close';
      i++;
      continue;
    }
    const end = c === 0x22 ? scanString(b, i) : c === 0x2d || isDigit(c) ? scanNumber(b, i) : scanLiteral(b, i);
    if (typeof end !== 'number') return end;
    i = end;
    expect = 'after';
  }
}

/** Returns the index after the closing quote, or the fault. */
function scanString(b: Uint8Array, start: number): number | JsonFault {
  let i = start + 1;
  for (;;) {
    const c = b[i];
    if (c === undefined) return { index: start, detail: 'a string that is never closed' };
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { index: i, detail: `${showByte(c)} inside a string (control characters must be escaped)` };
    if (c === 0x5c) {
      const e = b[i + 1];
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) if (!isHex(b[i + k])) return { index: i, detail: 'a \\u escape without four hex digits' };
        i += 6;
        continue;
      }
      if (e === undefined || !'"\\/bfnrt'.includes(String.fromCharCode(e))) return { index: i, detail: `a bad escape ${showByte(e)} in a string` };
      i += 2;
      continue;
    }
    i++;
  }
}

function scanNumber(b: Uint8Array, start: number): number | JsonFault {
  let i = start;
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else if (isDigit(b[i])) while (isDigit(b[i])) i++;
  else return { index: i, detail: `unexpected ${showByte(b[i])} in a number` };
  if (b[i] === 0x2e) {
    i++;
    if (!isDigit(b[i])) return { index: i, detail: `unexpected ${showByte(b[i])} after a decimal point` };
    while (isDigit(b[i])) i++;
  }
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    if (!isDigit(b[i])) return { index: i, detail: `unexpected ${showByte(b[i])} in an exponent` };
    while (isDigit(b[i])) i++;
  }
  return i;
}

function scanLiteral(b: Uint8Array, start: number): number | JsonFault {
  for (const word of ['true', 'false', 'null']) {
    if (b[start] !== word.charCodeAt(0)) continue;
    for (let k = 1; k < word.length; k++) {
      if (b[start + k] !== word.charCodeAt(k)) return { index: start + k, detail: `unexpected ${showByte(b[start + k])} in ${JSON.stringify(word)}` };
    }
    return start + word.length;
  }
  return { index: start, detail: `unexpected ${showByte(b[start])}` };
}

/** Index of the first byte that breaks UTF-8 (isUtf8 said there is one), for the message. */
export function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates are caught by the second byte's range.
    const d = b[i + 1] ?? 0;
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return i;
    i += len;
  }
  return b.length;
}

/** The position of `b[to]`, given the position of `b[from]`: walks the newlines in between. */
export function positionIn(b: Uint8Array, from: number, to: number, base: Required<ArchivePosition>): Required<ArchivePosition> {
  let line = base.line;
  let column = base.column;
  for (let i = from; i < to; i++) {
    if (b[i] === 0x0a) {
      line++;
      column = 1;
    } else column++;
  }
  return { offset: base.offset + (to - from), line, column };
}
