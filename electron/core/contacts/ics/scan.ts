// Reading an .ics file into blocks of logical lines, in one linear pass: the text is decoded,
// split into physical lines (CRLF, LF, a lone CR, or iOS's CR CR LF), unfolded (a line starting
// with one space or tab continues the one before; a fold may fall anywhere, even inside a
// quoted parameter such as `RSVP=TRU\r\n E`), and cut into VEVENT and VTIMEZONE blocks, each
// with the 1-based line it starts on. Nothing is parsed here: ical.js reads the lines later, one
// property at a time, so one bad event never stops the others.

/** A property as it stands once unfolded, and the (1-based) physical line it starts on. */
export interface LogicalLine {
  line: number;
  text: string;
}

/** One BEGIN:VEVENT … END:VEVENT (or VTIMEZONE) block. */
export interface Block {
  /** Line of the BEGIN. */
  line: number;
  /**
   * The block's own properties, without its BEGIN/END. An event's nested components (VALARM)
   * are left out; a time zone keeps its STANDARD/DAYLIGHT lines, BEGIN/END included.
   */
  lines: LogicalLine[];
  /** UTF-8 bytes seen (counted even once over the cap and no longer kept). */
  bytes: number;
  oversized: boolean;
  ended: boolean;
}

export interface Scan {
  /** How many BEGIN:VCALENDAR lines. */
  calendars: number;
  events: Block[];
  zones: Block[];
  /** The first X-WR-TIMEZONE (Google, Apple, Outlook.com: the calendar's own zone), unfolded. */
  calendarZone: string | null;
  /** Line of the first BEGIN:VEVENT past the events cap, where the scan stopped. */
  stoppedAt: number | null;
}

export type Decoded = { text: string } | { binary: string };

/**
 * The file as text. RFC 5545 files are UTF-8 (a BOM is dropped); UTF-16 with a BOM is accepted
 * too. NUL bytes or invalid UTF-8 mean the file is not a text calendar at all: one answer for the
 * whole file, rather than a problem per garbage "event".
 */
export function decodeIcs(input: string | Buffer): Decoded {
  if (typeof input === 'string') {
    return input.includes('\0') ? { binary: 'it holds NUL characters' } : { text: input.replace(/^\uFEFF/, '') };
  }
  let text: string;
  if (input[0] === 0xff && input[1] === 0xfe) text = new TextDecoder('utf-16le').decode(input);
  else if (input[0] === 0xfe && input[1] === 0xff) text = new TextDecoder('utf-16be').decode(input);
  else {
    if (input.includes(0)) return { binary: 'it holds NUL bytes' };
    try {
      // ignoreBOM: false (the default) drops a UTF-8 BOM.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { binary: 'it is not valid UTF-8 text' };
    }
  }
  return text.includes('\0') ? { binary: 'it holds NUL characters' } : { text };
}

// CR CR LF (iOS), CRLF, LF, and a lone CR each end one line; the optional CR backtracks at most
// once, so the split stays linear on a run of CRs (the same rule as the vCard reader).
const LINE_END = /\r?\r\n|\r|\n/;
const MARKER = /^(BEGIN|END)[ \t]*:[ \t]*([A-Za-z0-9-]+)[ \t]*$/i;
const CALENDAR_ZONE = /^X-WR-TIMEZONE(?:;[^:]*)?:(.*)$/i;
/** Outside a block only markers and X-WR-TIMEZONE matter: longer lines are not kept whole. */
const OUTSIDE_KEEP = 4096;

function marker(text: string): { begin: boolean; name: string } | null {
  if (text.length > 64) return null;
  const m = MARKER.exec(text);
  return m ? { begin: m[1]!.toUpperCase() === 'BEGIN', name: m[2]!.toUpperCase() } : null;
}

type Where = { in: 'outside' } | { in: 'event' | 'zone'; block: Block; depth: number };

/**
 * Splits into blocks. A block over `blockCap` bytes is counted to its end and marked, not kept;
 * past `maxEvents` events the scan stops at the next BEGIN:VEVENT.
 */
export function scanIcs(text: string, blockCap: number, maxEvents: number): Scan {
  const physical = text.split(LINE_END);
  const scan: Scan = { calendars: 0, events: [], zones: [], calendarZone: null, stoppedAt: null };
  // In an object, not a `let`: the closures below change it and TS would keep a stale narrowing.
  const at: { where: Where } = { where: { in: 'outside' } };

  const finish = (ended: boolean) => {
    if (at.where.in === 'outside') return;
    at.where.block.ended = ended;
    if (at.where.block.oversized) at.where.block.lines = [];
    (at.where.in === 'event' ? scan.events : scan.zones).push(at.where.block);
    at.where = { in: 'outside' };
  };

  const open = (kind: 'event' | 'zone', line: number) => {
    at.where = { in: kind, block: { line, lines: [], bytes: 0, oversized: false, ended: false }, depth: 0 };
  };

  /** Handles one logical line; false once the events cap is reached. */
  const take = (line: number, lineText: string): boolean => {
    const m = marker(lineText);
    if (m?.begin && m.name === 'VEVENT') {
      finish(false);
      if (scan.events.length >= maxEvents) {
        scan.stoppedAt = line;
        return false;
      }
      open('event', line);
      return true;
    }
    if (m?.name === 'VCALENDAR') {
      finish(false); // END:VCALENDAR (or a new calendar) inside a block: the block never ended
      if (m.begin) scan.calendars++;
      return true;
    }
    if (at.where.in === 'outside') {
      if (m?.begin && m.name === 'VTIMEZONE') open('zone', line);
      else if (scan.calendarZone === null) {
        const zone = CALENDAR_ZONE.exec(lineText);
        if (zone) scan.calendarZone = zone[1]!.trim() || null;
      }
      return true;
    }
    const block = at.where.block;
    if (m && !m.begin && m.name === (at.where.in === 'event' ? 'VEVENT' : 'VTIMEZONE')) {
      finish(true);
    } else if (at.where.in === 'event' && m) {
      // A nested component (VALARM): skipped, its properties are not the event's.
      at.where.depth = Math.max(0, at.where.depth + (m.begin ? 1 : -1));
    } else if (!block.oversized && (at.where.in === 'zone' || at.where.depth === 0)) {
      block.lines.push({ line, text: lineText });
    }
    return true;
  };

  // The logical line being built: its pieces are joined once, so a line folded 100,000 times
  // stays linear. Pieces of a block over the cap, or of a long line outside any block, are
  // counted and dropped.
  let start = 0;
  let pieces: string[] = [];
  let kept = 0;
  const grow = (piece: string) => {
    if (at.where.in !== 'outside') {
      const block = at.where.block;
      block.bytes += Buffer.byteLength(piece, 'utf8');
      if (block.bytes > blockCap) block.oversized = true;
      if (!block.oversized) pieces.push(piece);
    } else if (kept < OUTSIDE_KEEP) {
      pieces.push(piece);
      kept += piece.length;
    }
  };
  const flush = (): boolean => {
    if (pieces.length === 0 && start === 0) return true;
    const lineText = pieces.length === 1 ? pieces[0]! : pieces.join('');
    pieces = [];
    kept = 0;
    const line = start;
    start = 0;
    return take(line, lineText);
  };

  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const first = raw.charCodeAt(0);
    if (start !== 0 && (first === 0x20 || first === 0x09)) {
      grow(raw.slice(1));
      continue;
    }
    if (!flush()) return scan;
    if (raw.trim() === '') continue; // blank lines end a property and are dropped
    start = i + 1;
    grow(raw);
    // Over the cap a line is not kept, but its head is: markers are short, so END:VEVENT is seen.
    if (pieces.length === 0) pieces.push(raw.length > 64 ? raw.slice(0, 64) : raw);
  }
  if (flush()) finish(false);
  return scan;
}
