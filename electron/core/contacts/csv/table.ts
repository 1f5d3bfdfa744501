/**
 * Reads a CSV file into a header and rows, each row with the 1-based physical line it starts on,
 * over csv-parse (sync: a 30,000-row export is a few MB and parses in well under a second).
 *
 * csv-parse stops at the first fatal error, and an unclosed quote swallows the rows after it up to
 * the next quote character, so the reader recovers around it: the row where the quote opened
 * becomes a problem and reading goes on from the line after that row's first line. Quotes are
 * strict, so a runaway quote usually ends in an error where it meets the next quote; a row that
 * spans several lines without the header's number of cells is treated the same way. Every re-read
 * starts strictly later in the file and the total work is capped, so no input makes it quadratic.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { MAX_CSV_ROWS, MAX_ROW_CHARS, detectDelimiter, findHeader, nextBreak, refuseLineWidth, refuseWholeFile } from './fileChecks';

export interface CsvRow {
  /** Cells as written (quotes removed, nothing trimmed). */
  cells: string[];
  /** 1-based physical line the row starts on. */
  line: number;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Rows that could not be read at all (broken quotes, oversized), by line. */
  problems: { line: number; message: string }[];
}

/** The whole-file refusal, as one sentence. */
export class CsvFileError extends Error {
  override readonly name = 'CsvFileError';
}

const QUOTE = 0x22;
const LF = 0x0a;
/** Re-reading after broken quotes may cost at most this many passes over the file in total. */
const MAX_PASSES = 4;
/** Unreadable rows before a file that is mostly unreadable is refused as a whole (see broken()). */
export const MAX_BROKEN_ROWS = 1000;

interface Region {
  from: number;
  to: number;
  /** Line number of the region's first line. */
  line: number;
  /** Read only the first row, with quotes inside unquoted cells kept as characters. */
  relaxed?: boolean;
}

const runsOn = (line: number) => `A quote opened in this row does not close where it should: the row runs on to line ${line}. Check the quotes.`;

/** Reads `text` into a header and rows, or throws a CsvFileError for a whole-file refusal. */
export function readCsvTable(text: string): CsvTable {
  const refusal = refuseWholeFile(text);
  if (refusal) throw new CsvFileError(refusal);
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // One kind of line break: csv-parse counts a CRLF inside a quoted cell as two lines, which
  // would put every later row on the wrong line. Each CRLF or CR becomes one LF, so physical
  // line numbers stay the same (and a multi-line cell reads with \n, as notes are kept anyway).
  const body = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const start = findHeader(body);
  const delimiter = detectDelimiter(body.slice(start.offset, Math.min(nextBreak(body, start.offset), start.offset + 65536)));
  const tooWide = refuseLineWidth(body, delimiter);
  if (tooWide) throw new CsvFileError(tooWide);
  const reader = new RegionReader(Buffer.from(body.slice(start.offset)), delimiter);
  reader.readAll({ from: 0, to: reader.buf.length, line: start.line });
  const [head, ...rows] = reader.rows.sort((a, b) => a.line - b.line);
  if (!head) throw new CsvFileError('The file has no header row.');
  const before = reader.problems.find((p) => p.line < head.line);
  if (before) throw new CsvFileError(`The header row (line ${before.line}) cannot be read: ${before.message}`);
  return {
    header: head.cells.map((h) => h.trim()),
    headerLine: head.line,
    rows,
    problems: reader.problems.sort((a, b) => a.line - b.line),
  };
}

class RegionReader {
  readonly rows: CsvRow[] = [];
  readonly problems: { line: number; message: string }[] = [];
  private headerLength: number | null = null;
  private budget: number;
  private records = 0;

  constructor(
    readonly buf: Buffer,
    private readonly delimiter: string,
  ) {
    this.budget = MAX_PASSES * Math.max(buf.length, 1);
  }

  /** Reads a region and every region that recovery queues after it (a stack, not recursion). */
  readAll(first: Region): void {
    const pending: Region[] = [first];
    for (let region = pending.pop(); region; region = pending.pop()) {
      pending.push(...this.read(region));
      if (this.budget < 0) throw new CsvFileError('The file has too many broken quotes to be read reliably.');
    }
  }

  /**
   * Parses one region; answers the regions still to read: what follows a broken row (from the
   * line after its first one), the lines a swallowing row took, or the rest after a row read again
   * with relaxed quotes.
   */
  private read(region: Region): Region[] {
    const again: Region[] = [];
    let lastEnd = region.from;
    let lastLine = region.line - 1;
    const onRecord = (cells: string[], ctx: { lines: number; bytes: number }) => {
      if (++this.records > MAX_CSV_ROWS + 1) throw new CsvFileError(`The file has more than ${MAX_CSV_ROWS.toLocaleString('en')} rows.`);
      const endLine = region.line - 1 + ctx.lines;
      const line = endLine - breaksIn(cells);
      this.headerLength ??= cells.length;
      if (line < endLine && cells.length !== this.headerLength) {
        // Quotes that pair up across rows: the row ran on over the next ones.
        this.broken(line, runsOn(endLine));
        const { at } = this.skipEmptyLines(lastEnd, lastLine + 1);
        again.push(this.afterFirstLine(at, region.from + ctx.bytes, line));
      } else if (cells.length > this.headerLength && cells.slice(this.headerLength).some((c) => c.trim() !== '')) {
        // A delimiter inside a value without quotes: every cell after it is under the wrong name.
        // Fewer cells (trailing ones left off) are fine, and so are extra empty ones.
        this.broken(line, `The row has ${cells.length} cells where the header has ${this.headerLength}: a value with a delimiter in it but no quotes? Left out.`);
      } else {
        this.rows.push({ cells, line });
      }
      lastEnd = region.from + ctx.bytes;
      lastLine = endLine;
      return null;
    };
    // csv-parse builds an Error (with a stack) for every row whose cell count differs from the
    // header, even when told to accept it; without stacks a ragged file reads in half the time.
    // Restored in finally; the parse is synchronous, so nothing else runs meanwhile.
    const stackLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      parse(this.buf.subarray(region.from, region.to), {
        delimiter: this.delimiter,
        record_delimiter: '\n',
        relax_column_count: true,
        // Strict quotes, so a quote that never closes shows up where it collides with the next
        // quote; a row with a quote inside an unquoted cell is read again alone, relaxed.
        relax_quotes: region.relaxed === true,
        ...(region.relaxed ? { to: 1 } : {}),
        skip_empty_lines: true,
        max_record_size: MAX_ROW_CHARS,
        on_record: onRecord,
      });
      if (region.relaxed) again.push({ from: lastEnd, to: region.to, line: lastLine + 1 });
      this.budget -= (region.relaxed ? lastEnd : region.to) - region.from;
    } catch (err) {
      if (!(err instanceof CsvError)) throw err;
      // The failing row starts after the last good one (past any empty lines).
      const { at, line } = this.skipEmptyLines(lastEnd, lastLine + 1);
      const errorLine = region.line - 1 + Number((err as CsvError & { lines?: number }).lines ?? 1);
      // What this pass read before failing, which the passes after it may read again.
      this.budget -= this.endOfLine(at, Math.max(0, errorLine - line), region.to) - region.from;
      if (err.code === 'INVALID_OPENING_QUOTE' && !region.relaxed) {
        // Joe "JJ" Smith: the quote is a character; that row alone, then on as before.
        again.push({ from: at, to: region.to, line, relaxed: true });
      } else if (err.code === 'CSV_MAX_RECORD_SIZE') {
        const end = this.rowEnd(at, region.to);
        this.broken(line, `The row is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters: left out.`);
        if (end !== -1) again.push({ from: end, to: region.to, line: line + countBreaks(this.buf, at, end) });
        else again.push(this.afterFirstLine(at, region.to, line));
      } else {
        const message =
          err.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'A quote opened in this row is never closed. Check the quotes.'
            : err.code === 'CSV_INVALID_CLOSING_QUOTE' && errorLine > line
              ? runsOn(errorLine)
              : err.code === 'CSV_INVALID_CLOSING_QUOTE'
                ? 'A quoted value is followed by more text before the next delimiter. Check the quotes.'
                : `Unreadable row: ${err.message}`;
        this.broken(line, message);
        again.push(this.afterFirstLine(at, region.to, line));
      }
    } finally {
      Error.stackTraceLimit = stackLimit;
    }
    return again.filter((r) => r.from < r.to);
  }

  /** The lines after the first line of a broken row that starts at `from` on `line`, up to `to`. */
  private afterFirstLine(from: number, to: number, line: number): Region {
    const i = this.buf.indexOf(LF, from);
    return { from: i === -1 || i >= to ? to : i + 1, to, line: line + 1 };
  }

  /**
   * A row that cannot be read. Past MAX_BROKEN_ROWS, when they are also more than a tenth of the
   * rows, the file is refused as a whole: it is not the CSV it claims to be (wrong delimiter,
   * another quoting convention, or hostile), and reading on would only list its lines one by one.
   */
  private broken(line: number, message: string): void {
    this.problems.push({ line, message });
    if (this.problems.length > MAX_BROKEN_ROWS && this.problems.length * 10 > this.records) {
      throw new CsvFileError(`More than ${MAX_BROKEN_ROWS.toLocaleString('en')} rows cannot be read (the first on line ${Math.min(...this.problems.map((p) => p.line))}): this is not a well-formed CSV file.`);
    }
  }

  /** Index just after the line `breaks` line breaks below the one at `from` (or `to`). */
  private endOfLine(from: number, breaks: number, to: number): number {
    let i = from - 1;
    for (let n = 0; n <= breaks; n++) {
      i = this.buf.indexOf(LF, i + 1);
      if (i === -1 || i >= to) return to;
    }
    return i + 1;
  }

  private skipEmptyLines(from: number, line: number): { at: number; line: number } {
    let i = from;
    let n = line;
    while (i < this.buf.length && this.buf[i] === LF) {
      i++;
      n++;
    }
    return { at: i, line: n };
  }

  /**
   * End (after its line break) of the row starting at `from`, following csv-parse's quoting:
   * a quote opens only at the start of a cell, `""` is a quote inside. -1 if a quote never closes.
   */
  private rowEnd(from: number, to: number): number {
    const delim = this.delimiter.charCodeAt(0);
    let cellStart = true;
    for (let i = from; i < to; i++) {
      const c = this.buf[i];
      if (c === QUOTE && cellStart) {
        let j = i + 1;
        for (;;) {
          j = this.buf.indexOf(QUOTE, j);
          if (j === -1 || j >= to) return -1;
          if (this.buf[j + 1] !== QUOTE) break;
          j += 2;
        }
        i = j;
        cellStart = false;
      } else if (c === LF) {
        return i + 1;
      } else {
        cellStart = c === delim;
      }
    }
    return to;
  }
}

/** Line breaks inside a row's cells, so the line it starts on is known from the one it ends on. */
function breaksIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

function countBreaks(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(LF, from); i !== -1 && i < to; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}
