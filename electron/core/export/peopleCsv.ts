import { stringify } from 'csv-stringify/sync';
import type { Sqlite } from '../../db/client';
import { type PersonExportRow, iteratePeopleForExport } from '../../db/repositories/peopleExportReader';
import { writeFileAtomically } from './atomicFile';

const COLUMNS: [keyof PersonExportRow, string][] = [
  ['displayName', 'Name'],
  ['givenName', 'First Name'],
  ['familyName', 'Last Name'],
  ['nickname', 'Nickname'],
  ['emails', 'E-mail'],
  ['phones', 'Phone'],
  ['x', 'X'],
  ['linkedin', 'LinkedIn'],
  ['websites', 'Website'],
  ['otherIdentities', 'Other'],
  ['organisation', 'Organization'],
  ['title', 'Title'],
  ['circle', 'Circle'],
  ['birthday', 'Birthday'],
  ['location', 'Location'],
  ['tags', 'Tags'],
  ['interests', 'Interests'],
  ['notes', 'Notes'],
  ['lastTouchAt', 'Last Touch'],
  ['createdAt', 'Added'],
  ['id', 'Rapport ID'],
];

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by Excel, LibreOffice and Google Sheets (OWASP "CSV
 * injection"), so it gets a leading apostrophe, which they show as text.
 */
export function safeCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cells(row: PersonExportRow): string[] {
  return COLUMNS.map(([key]) => {
    const value = row[key];
    if ((key === 'lastTouchAt' || key === 'createdAt') && typeof value === 'number') return new Date(value).toISOString();
    return safeCell(value);
  });
}

/**
 * People as CSV (UTF-8 with a BOM so Excel reads accents; CRLF; every cell quoted where
 * needed), streamed and written atomically. `ids` limits it
 * to a selection. Returns how many people were written.
 */
export function exportPeopleCsv(sqlite: Sqlite, outPath: string, ids: readonly string[] | null = null): { path: string; people: number } {
  const options = { record_delimiter: 'windows' } as const;
  return writeFileAtomically(outPath, (write) => {
    write(`\uFEFF${stringify([COLUMNS.map(([, header]) => header)], options)}`);
    let people = 0;
    let batch: string[][] = [];
    for (const row of iteratePeopleForExport(sqlite, ids)) {
      batch.push(cells(row));
      people++;
      if (batch.length === 1000) {
        write(stringify(batch, options));
        batch = [];
      }
    }
    if (batch.length > 0) write(stringify(batch, options));
    return { path: outPath, people };
  });
}
