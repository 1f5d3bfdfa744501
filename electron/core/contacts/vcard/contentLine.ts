// The pre-processor: one logical line as exporters write it → one vCard 3.0/4.0 line ical.js
// reads. ical.js refuses bare parameters (`TEL;CELL;VOICE:`, Mac's `PHOTO;BASE64:`: "Invalid
// parameters"), has no quoted-printable or CHARSET, and keeps Google's and Apple's `\:` and `\"`.
import { TextDecoder } from 'node:util';
import { decode as decodeQuotedPrintable } from 'libqp';

/** A problem with one line; the card it is in becomes a ContactProblem. */
export class VcardLineError extends Error {}

export interface CardSyntax {
  /** vCard 2.1: no backslash escapes but `\;`, commas are text, newlines only inside QP. */
  v21: boolean;
  /** Values are latin1 bytes still to be decoded (see VcardSource). */
  bytes: boolean;
}

/**
 * Stands for a backslash while ical.js parses, and jcard.ts turns it back. In values, for an
 * escaped one: ical.js splits lists and components only at a `,` or `;` without a backslash
 * before it, so `CATEGORIES:a\\\\,b` (an escaped backslash, then a separator) stayed one value.
 * In parameters, for any: ical.js unescapes them there. A noncharacter, meant for such internal
 * use; any in a value are dropped.
 */
export const BACKSLASH = '\uFDD0';

/** Real properties have a handful (Apple: `type=INTERNET;type=HOME;type=pref`). */
const MAX_PARAMS = 30;
const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const NAME = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+$/;
const BAD_QP = /=(?![0-9A-Fa-f]{2})/;
const HIGH_BYTE = /[\x80-\xff]/;
const decoders = new Map<string, TextDecoder>();

function decoder(label: string): TextDecoder {
  let found = decoders.get(label);
  if (!found) {
    found = new TextDecoder(label, { fatal: true });
    decoders.set(label, found);
  }
  return found;
}

/** Bytes 0x80–0x9F in windows-1252 (five are unassigned and stay as they are). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWith(label: string, bytes: Uint8Array): string {
  const chosen = decoder(label);
  const text = chosen.decode(bytes);
  // Node 20's TextDecoder reads windows-1252 (and so us-ascii and iso-8859-1, which WHATWG maps
  // to it) as latin1, giving C1 controls for €, curly quotes and dashes: map them back.
  return chosen.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

/**
 * Bytes to text with the property's CHARSET. Without one, UTF-8, and windows-1252 when the bytes
 * are not UTF-8 (older Outlook and Windows files are written in the system code page).
 */
export function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  if (!charset) {
    try {
      return decodeWith('utf-8', bytes);
    } catch {
      return decodeWith('windows-1252', bytes);
    }
  }
  const label = charset.toLowerCase();
  try {
    decoder(label);
  } catch {
    throw new VcardLineError(`unknown CHARSET "${charset}"`);
  }
  try {
    return decodeWith(label, bytes);
  } catch {
    throw new VcardLineError(`text that is not valid ${charset}`);
  }
}

/** Splits at `:` and `;` outside double quotes: the property name, its parameters, its value. */
function tokens(text: string): { name: string; params: string[]; value: string } {
  const params: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x3b || c === 0x3a)) {
      params.push(text.slice(start, i));
      start = i + 1;
      if (c === 0x3a) {
        const [name, ...rest] = params;
        return { name: name!.trim(), params: rest, value: text.slice(start) };
      }
    }
  }
  throw new VcardLineError('not a vCard property (no ":")');
}

/**
 * Properties whose `;` separates components. Elsewhere ical.js leaves `\;` as written (it unescapes
 * only `\\ \, \n` in vCard text), so there the pre-processor turns it into `;` itself.
 */
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);

/** vCard 2.1 text to 3.0 escaping: `\;` is the only escape; other backslashes and commas are text. */
function escape21(value: string, commasSeparate: boolean, structured: boolean): string {
  return value.replace(/\\;|[\\,]|\r\n|\r|\n/g, (m) => {
    if (m === '\\;') return structured ? m : ';';
    if (m === ',') return commasSeparate ? m : '\\,';
    return m === '\\' ? BACKSLASH : '\\n';
  });
}

/**
 * 3.0/4.0 over-escaping: `\:` `\"` … are their characters (Google, Apple), and so is `\;` outside
 * structured values; `\\ \, \n` are left for ical.js.
 */
function relaxEscapes(value: string, structured: boolean): string {
  if (!value.includes('\\')) return value;
  const kept = structured ? ',;nN' : ',nN';
  return value.replace(/\\([\s\S])/g, (m, c: string) => (c === '\\' ? BACKSLASH : kept.includes(c) ? m : c));
}

/**
 * One logical line, normalised: bare parameters become `TYPE=`, quoted-printable and CHARSET are
 * decoded (to bytes first: a soft break may split a UTF-8 sequence), base64 loses its
 * whitespace and becomes `ENCODING=b`, a 2.1 card reads as 3.0. Throws VcardLineError.
 */
export function normaliseLine(text: string, syntax: CardSyntax): string {
  const { name, params, value: raw } = tokens(text);
  if (!NAME.test(name)) throw new VcardLineError(`bad property name "${name.slice(0, 40)}"`);
  // ical.js slows down quadratically on repeated parameters (500,000 on one line took 10 s).
  if (params.length > MAX_PARAMS) throw new VcardLineError(`more than ${MAX_PARAMS} parameters`);
  const upper = name.toUpperCase();
  const bare = upper.slice(upper.indexOf('.') + 1);
  if (bare === 'VERSION') return 'VERSION:' + (syntax.v21 ? '3.0' : raw.trim());

  let encoding: string | null = null;
  let charset: string | null = null;
  let head = name;
  for (const rawParam of params) {
    const param = syntax.bytes && HIGH_BYTE.test(rawParam) ? decodeBytes(Buffer.from(rawParam, 'latin1'), null) : rawParam;
    const eq = param.indexOf('=');
    const key = (eq < 0 ? '' : param.slice(0, eq)).trim().toUpperCase();
    const word = (eq < 0 ? param : param.slice(eq + 1)).trim();
    if (word === '') continue;
    if (key === 'ENCODING' || (key === '' && ENCODINGS.has(word.toUpperCase()))) encoding = word.toUpperCase();
    else if (key === 'CHARSET') charset = word.replace(/^"|"$/g, '');
    // Parameter values have no backslash escapes (RFC 6868 uses carets), but ical.js reads `\\`
    // and `\,` in them as escapes: hide the backslashes from it as in values.
    else {
      const kept = key === '' ? `;TYPE=${word}` : `;${param.trim()}`;
      head += kept.includes('\\') ? kept.replaceAll('\\', BACKSLASH) : kept;
    }
  }

  let value = raw;
  if (encoding === 'QUOTED-PRINTABLE') {
    let end = value.length;
    while (end > 0 && value.charCodeAt(end - 1) === 0x3d) end--; // a soft break before END:VCARD
    value = value.slice(0, end);
    const bad = BAD_QP.exec(value);
    if (bad) throw new VcardLineError(`bad quoted-printable sequence "${value.slice(bad.index, bad.index + 3)}"`);
    // libqp reads one byte per char: give it bytes, not text (a string input may hold non-ASCII).
    const binary = syntax.bytes || !/[^\p{ASCII}]/u.test(value) ? value : Buffer.from(value, 'utf8').toString('latin1');
    value = decodeBytes(decodeQuotedPrintable(binary), charset);
  } else if (syntax.bytes && HIGH_BYTE.test(value)) {
    value = decodeBytes(Buffer.from(value, 'latin1'), charset);
  }
  if (value.includes(BACKSLASH)) value = value.replaceAll(BACKSLASH, '');

  if (encoding === 'BASE64' || encoding === 'B') {
    head += ';ENCODING=b';
    value = value.replace(/\s+/g, '');
  } else if (syntax.v21) {
    value = escape21(value, bare === 'CATEGORIES', STRUCTURED.has(bare));
  } else {
    value = relaxEscapes(value, STRUCTURED.has(bare));
    if (encoding === 'QUOTED-PRINTABLE') value = value.replace(/\r\n|\r|\n/g, '\\n');
  }
  return `${head}:${value}`;
}
