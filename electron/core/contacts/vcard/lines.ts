// Splitting a .vcf file into cards of logical lines, with the line each starts on. ical.js
// cannot take real files as they come (formats.md §4.8): it leaves a `\r` on every value of an
// iOS CR CR LF file and knows nothing of vCard 2.1's quoted-printable soft breaks or of Outlook's
// unindented base64. So lines are joined here, linearly, before anything is parsed.

/**
 * The file as one string. Bytes are read as latin1 (one char per byte) and `bytes` is set: the
 * syntax is ASCII, and each value is decoded later with its own CHARSET (vCard 2.1 mixes them
 * in one file). UTF-16 files (with a BOM) and strings are text already.
 */
export interface VcardSource {
  text: string;
  bytes: boolean;
}

export function readSource(input: string | Buffer): VcardSource {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), bytes: false };
  if (input[0] === 0xff && input[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(input), bytes: false };
  if (input[0] === 0xfe && input[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(input), bytes: false };
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  return { text: input.toString('latin1', bom), bytes: true };
}

/** One property as it stands in the file once unfolded, and the (1-based) line it starts on. */
export interface LogicalLine {
  line: number;
  text: string;
}

export interface RawCard {
  /** Line of BEGIN:VCARD. */
  line: number;
  lines: LogicalLine[];
  /** Characters seen (counted even once the card is over the cap and no longer kept). */
  size: number;
  oversized: boolean;
  ended: boolean;
}

export interface Scan {
  cards: RawCard[];
  /** First line of each run of non-blank text outside BEGIN:VCARD…END:VCARD. */
  stray: number[];
}

// CR CR LF (iOS 5), CRLF, LF, and a lone CR (classic Mac) each end one line; the optional CR
// backtracks at most once, so this stays linear on a run of CRs.
const LINE_END = /\r?\r\n|\r|\n/;
const QP_HEAD = /quoted-printable/i;
const BASE64_HEAD = /[;=]\s*(base64|b)\s*(;|$)/i;
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

const MARKERS = { BEGIN: /^BEGIN:VCARD\s*$/i, END: /^END:VCARD\s*$/i };

function marker(text: string, word: keyof typeof MARKERS): boolean {
  return text.length < 40 && MARKERS[word].test(text);
}

function headOf(text: string): string {
  const colon = text.indexOf(':');
  return colon < 0 ? text : text.slice(0, colon);
}

/** A logical line being built: pieces joined at the end, so a 100,000-piece PHOTO stays linear. */
interface Building {
  line: number;
  pieces: string[];
  last: string;
  qp: boolean;
  base64: boolean;
}

/**
 * Splits into cards. Joins, in one pass: RFC folds (a line starting with one space or tab; a
 * second space belongs to the value, as Apple's PHOTO continuation lines have it), soft breaks
 * of quoted-printable values (a trailing `=`, next line not indented), and unindented base64
 * lines after an ENCODING=BASE64 property (Outlook 2.1, which ends the data with a blank line).
 * A card over `cardCap` characters is counted to its END and marked, not kept.
 */
export function scanCards(text: string, cardCap: number): Scan {
  const physical = text.split(LINE_END);
  const scan: Scan = { cards: [], stray: [] };
  // In an object, not `let`s: the closures below change them and TS would keep a stale narrowing.
  const at: { card: RawCard | null; inStray: boolean } = { card: null, inStray: false };

  const finishCard = (ended: boolean) => {
    if (!at.card) return;
    at.card.ended = ended;
    if (at.card.oversized) at.card.lines = [];
    scan.cards.push(at.card);
    at.card = null;
  };

  const count = (chars: number) => {
    if (!at.card) return false;
    at.card.size += chars;
    if (at.card.size > cardCap) at.card.oversized = true;
    return at.card.oversized;
  };

  const emit = (b: Building) => {
    const lineText = b.pieces.length === 1 ? b.pieces[0]! : b.pieces.join('');
    if (marker(lineText, 'BEGIN')) {
      finishCard(false);
      at.card = { line: b.line, lines: [], size: 0, oversized: false, ended: false };
      at.inStray = false;
    } else if (at.card && marker(lineText, 'END')) {
      finishCard(true);
    } else if (at.card) {
      if (!at.card.oversized) at.card.lines.push({ line: b.line, text: lineText });
    } else if (!at.inStray) {
      scan.stray.push(b.line);
      at.inStray = true;
    }
  };

  // Over the cap, a card's pieces are counted and dropped: only the head stays, to end the line.
  const grow = (b: Building, piece: string) => {
    b.last = piece;
    if (!count(piece.length)) b.pieces.push(piece);
  };

  let building: Building | null = null;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    if (building) {
      const first = raw.charCodeAt(0);
      if (first === 0x20 || first === 0x09) {
        grow(building, raw.slice(1));
        continue;
      }
      if (building.qp && building.last.endsWith('=') && !marker(raw, 'END') && !marker(raw, 'BEGIN')) {
        const pieces = building.pieces;
        if (pieces[pieces.length - 1] === building.last) pieces[pieces.length - 1] = building.last.slice(0, -1);
        grow(building, raw);
        continue;
      }
      if (building.base64 && raw.length > 0 && BASE64_LINE.test(raw)) {
        grow(building, raw);
        continue;
      }
      emit(building);
      building = null;
    }
    if (raw.trim() === '') continue; // a blank line ends a value (Outlook's base64) and is dropped
    const head = headOf(raw.length > 4096 ? raw.slice(0, 4096) : raw);
    const over = count(raw.length);
    building = { line: i + 1, pieces: [over ? raw.slice(0, 64) : raw], last: raw, qp: QP_HEAD.test(head), base64: BASE64_HEAD.test(head) };
  }
  if (building) emit(building);
  finishCard(false);
  return scan;
}
