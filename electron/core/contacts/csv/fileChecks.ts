/**
 * Whole-file checks before any row is read: size and row caps, binary bytes, files that are
 * plainly another format, and the decoding of raw bytes. Each refusal is one sentence the import
 * preview can show as a problem with `line: null`.
 */

/** Over this a file is refused before parsing: a real contacts export is a few MB. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;
/** Data rows (after the header); the parser stops reading as soon as a file has more. */
export const MAX_CSV_ROWS = 200_000;
/** One row (all its cells together, in characters) longer than this is refused on its own. */
export const MAX_ROW_CHARS = 1_000_000;

/** Delimiters on one physical line: a header of Google's has a few hundred columns at most. */
export const MAX_LINE_CELLS = 10_000;

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/**
 * Decodes the bytes of a CSV file: UTF-8 (with or without BOM), UTF-16 with a BOM (Outlook's
 * "Unicode" CSV), else Windows-1252 when the bytes are not valid UTF-8 (Outlook desktop writes
 * the system code page). Answers a sentence instead when the file is too big.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.byteLength > MAX_CSV_BYTES) return { error: `The file is over ${MB(MAX_CSV_BYTES)} (${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB): not a contacts export.` };
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    // ignoreBOM: false strips a UTF-8 BOM; fatal: invalid UTF-8 throws so we can try the code page.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/** Share of the sample that may be control or replacement characters before we call it binary. */
const MAX_ODD_SHARE = 0.05;
const SAMPLE = 64 * 1024;

/** Why this text cannot be a CSV file, or null when it may be one. */
export function refuseWholeFile(text: string): string | null {
  if (text.length > MAX_CSV_BYTES) return `The file is over ${MB(MAX_CSV_BYTES)}: not a contacts export.`;
  // A NUL never appears in text; zips, images, PDFs and UTF-16 read as UTF-8 are full of them.
  if (text.includes('\u0000')) return 'The file holds binary data, not CSV text.';
  const sample = text.slice(0, SAMPLE);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const odd = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (sample.length > 0 && odd / sample.length > MAX_ODD_SHARE) return 'The file holds binary data, not CSV text.';
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200);
  if (start === '') return 'The file is empty.';
  if (/^BEGIN:VCARD/i.test(start)) return 'This is a vCard file, not CSV: import it as vCard.';
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'This is a calendar (.ics) file, not CSV.';
  if (/^window\.YTD\./.test(start)) return 'This is a file from an X archive, not CSV.';
  if (/^[[{]/.test(start)) return 'This looks like JSON, not CSV.';
  if (/^<(\?xml|!doctype|html|svg)/i.test(start)) return 'This looks like HTML or XML, not CSV.';
  return null;
}

/** `First Name,Last Name,` with or without quotes: LinkedIn's header, wherever its preamble ends. */
const LINKEDIN_HEADER = /^"?First Name"?,"?Last Name"?,/i;
/** How far down a preamble may push the header (LinkedIn's is three lines). */
const PREAMBLE_LINES = 10;

/**
 * Where the header row starts: the first line that starts `First Name,Last Name,` among the first
 * few (LinkedIn puts `Notes:`, a quoted sentence and an empty line before it), else the first line
 * that is not blank. Lines before the header are not rows and are not reported.
 */
export function findHeader(text: string): { offset: number; line: number } {
  let offset = 0;
  let firstFilled: { offset: number; line: number } | null = null;
  for (let line = 1; line <= PREAMBLE_LINES && offset < text.length; line++) {
    const end = nextBreak(text, offset);
    // The start of the line is enough to recognise a header or a blank line.
    const content = text.slice(offset, Math.min(end, offset + 4096));
    if (LINKEDIN_HEADER.test(content)) return { offset, line };
    if (!firstFilled && content.trim() !== '') firstFilled = { offset, line };
    // Only a preamble that starts with "Notes:" may hide a header further down.
    if (firstFilled && !/^notes:/i.test(text.slice(firstFilled.offset, firstFilled.offset + 6))) return firstFilled;
    offset = afterBreak(text, end);
  }
  return firstFilled ?? { offset: 0, line: 1 };
}

const BREAK = /[\r\n]/g;

/** Index of the next \r or \n at or after `from`, or the text's length. */
export function nextBreak(text: string, from: number): number {
  BREAK.lastIndex = from;
  return BREAK.exec(text)?.index ?? text.length;
}

/** Index just after the line break at `at` (CRLF counts as one break). */
export function afterBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at < text.length ? at + 1 : at;
}

/** The delimiter of a header line: whichever of , ; or tab occurs most outside quotes (comma on a tie). */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Why the file cannot be read with this delimiter: a line with more than MAX_LINE_CELLS delimiters
 * (counted with those inside quotes, so an over-estimate) would make csv-parse build one array of
 * millions of cells from a file of commas.
 */
export function refuseLineWidth(text: string, delimiter: string): string | null {
  const d = delimiter.charCodeAt(0);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d) {
      if (++count > MAX_LINE_CELLS) return `A line has more than ${MAX_LINE_CELLS.toLocaleString('en')} cells: not a contacts file.`;
    } else if (c === 10 || c === 13) count = 0;
  }
  return null;
}
