/**
 * Columns picked by name (never by position: exporters add, drop and reorder columns) and the
 * loop every exporter shares: read the table, map each row, collect records and problems.
 */
import type { ContactProblem, ParsedContacts } from '../contactRecord';
import type { RowOutcome } from './draft';
import { CsvFileError, readCsvTable, type CsvTable } from './table';

const key = (name: string) => name.trim().toLowerCase();

/** Header names to column indexes, case-insensitive; a repeated name keeps every index. */
export class Columns {
  private readonly byName = new Map<string, number[]>();

  constructor(readonly header: readonly string[]) {
    header.forEach((name, i) => {
      const k = key(name);
      this.byName.set(k, [...(this.byName.get(k) ?? []), i]);
    });
  }

  has(name: string): boolean {
    return this.byName.has(key(name));
  }

  /** The first of these columns that exists, or -1. */
  index(...names: string[]): number {
    for (const name of names) {
      const found = this.byName.get(key(name));
      if (found) return found[0]!;
    }
    return -1;
  }

  /** The cell under the first of these columns that exists ('' when none or the row is short). */
  get(cells: readonly string[], ...names: string[]): string {
    const i = this.index(...names);
    return i === -1 ? '' : (cells[i] ?? '');
  }

  /** A reader of the first of these columns that exists, resolved once for every row. */
  cell(...names: string[]): (cells: readonly string[]) => string {
    const i = this.index(...names);
    return i === -1 ? () => '' : (cells) => cells[i] ?? '';
  }

  /** Header names matching a pattern, with their indexes and the pattern's groups (for `E-mail 3 - Value`). */
  matching(pattern: RegExp): { name: string; index: number; groups: string[] }[] {
    const out: { name: string; index: number; groups: string[] }[] = [];
    this.header.forEach((name, index) => {
      const m = pattern.exec(name.trim());
      if (m) out.push({ name, index, groups: m.slice(1).map((g) => g ?? '') });
    });
    return out;
  }
}

/** Maps the cells of one row (starting on `line`) to a record, a problem, or null for a blank row. */
export type RowMapper = (cells: readonly string[], line: number) => RowOutcome;

/**
 * Reads `text` and maps every row. `makeMapper` sees the table first and may refuse the whole
 * file with a sentence (no usable column). Blank rows (every cell empty or spaces, as spreadsheets
 * leave at the end) are not records and not problems; everything else is one or the other.
 */
export function parseTable(text: string, file: string, makeMapper: (table: CsvTable) => RowMapper | string): ParsedContacts {
  let table: CsvTable;
  try {
    table = readCsvTable(text);
  } catch (err) {
    if (err instanceof CsvFileError) return { records: [], problems: [{ file, line: null, message: err.message }] };
    throw err;
  }
  const mapper = makeMapper(table);
  if (typeof mapper === 'string') return { records: [], problems: [{ file, line: null, message: mapper }] };
  const records: ParsedContacts['records'] = [];
  const problems: ContactProblem[] = table.problems.map((p) => ({ file, ...p }));
  for (const row of table.rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const outcome = mapper(row.cells, row.line);
    if (!outcome) continue;
    if ('record' in outcome) {
      outcome.record.source = { file, line: row.line };
      records.push(outcome.record);
    } else {
      problems.push({ file, line: row.line, message: outcome.problem });
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, problems };
}

/** The header of a file (after any preamble), for detection and the mapping screen; [] when unreadable. */
export function readHeader(text: string): string[] {
  try {
    return readCsvTable(headOf(text)).header;
  } catch {
    return [];
  }
}

/** The first 64 KB, cut at a line end: enough for any header and preamble, cheap on a big file. */
function headOf(text: string): string {
  const limit = 64 * 1024;
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf('\n', limit);
  return text.slice(0, cut > 0 ? cut : limit);
}
