import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { Sqlite } from '../../db/client';
import { type PersonExportRow, iteratePeopleForExport } from '../../db/repositories/peopleExportReader';

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
 * needed), streamed into a temporary file renamed into place when complete. `ids` limits it
 * to a selection. Returns how many people were written.
 */
export function exportPeopleCsv(sqlite: Sqlite, outPath: string, ids: readonly string[] | null = null): { path: string; people: number } {
  const partial = `${outPath}.partial`;
  const fd = openSync(partial, 'w');
  let people = 0;
  try {
    writeSync(fd, `\uFEFF${stringify([COLUMNS.map(([, header]) => header)], { record_delimiter: 'windows' })}`);
    let batch: string[][] = [];
    const flush = () => {
      if (batch.length > 0) writeSync(fd, stringify(batch, { record_delimiter: 'windows' }));
      batch = [];
    };
    for (const row of iteratePeopleForExport(sqlite, ids)) {
      batch.push(cells(row));
      people++;
      if (batch.length === 1000) flush();
    }
    flush();
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, outPath);
  return { path: outPath, people };
}
