/**
 * Any CSV, read through a column mapping the user confirmed (suggestMapping gives the first
 * guess). Several columns may map to one field: name parts are joined with spaces, places with
 * commas, notes kept apart under their headers, and identities each kept, labelled with their
 * header when there are several of a kind. Cells holding several addresses (`a@x.org; b@y.org`,
 * or Google's ` ::: `) give several identities. The delimiter (, ; or tab) comes from the header.
 */
import type { IdentityKind } from '../../../../shared/vocabulary/identity';
import type { ParsedContacts } from '../contactRecord';
import { parseTable, type RowMapper } from './columns';
import { guessDayOrder, readAnyDate } from './dates';
import { addIdentity, addTags, addWebsite, appendNote, clean, draft, finish, organisationCell, setDate, stripQuery, textCell } from './draft';
import type { CsvField, CsvMapping } from './mapping';

type TextField = 'displayName' | 'givenName' | 'familyName' | 'nickname' | 'organisation' | 'title' | 'location';

const JOIN: Record<TextField, string> = {
  displayName: ' ',
  givenName: ' ',
  familyName: ' ',
  nickname: ' ',
  organisation: ', ',
  title: ', ',
  location: ', ',
};

/** How each identity field's cells split into several values. */
const SPLIT: Record<'email' | 'phone' | 'x' | 'linkedin' | 'website', RegExp> = {
  email: /[;,\s]+|:::/,
  phone: /;|:::|\n/,
  x: /[;,\s]+|:::/,
  linkedin: /[;,\s]+|:::/,
  website: /[;,\s]+|:::/,
};

const IDENTIFYING = new Set<CsvField>(['displayName', 'givenName', 'familyName', 'nickname', 'email', 'phone', 'x', 'linkedin', 'website']);

interface MappedColumn {
  index: number;
  header: string;
  field: Exclude<CsvField, 'ignore'>;
}

export function genericMapper(header: readonly string[], mapping: CsvMapping, rows: readonly { cells: readonly string[] }[]): RowMapper | string {
  const columns: MappedColumn[] = [];
  header.forEach((name, index) => {
    const field = mapping[name.trim()];
    if (field && field !== 'ignore') columns.push({ index, header: name.trim(), field });
  });
  if (columns.length === 0) return 'No column is mapped to a contact field: choose what the columns hold.';
  // Without a name or an identity no row can become a record: one sentence beats a problem per row.
  if (!columns.some((c) => IDENTIFYING.has(c.field))) return 'No column is mapped to a name, email, phone or profile: choose at least one.';
  const perField = new Map<CsvField, number>();
  for (const c of columns) perField.set(c.field, (perField.get(c.field) ?? 0) + 1);
  // Day or month first is decided once for the whole birthday column, from the dates it holds.
  const birthdayColumns = columns.filter((c) => c.field === 'birthday');
  const order = guessDayOrder(rows.flatMap((r) => birthdayColumns.map((c) => r.cells[c.index] ?? '')));

  return (cells, line) => {
    const d = draft('', line);
    const r = d.record;
    for (const { index, header: name, field } of columns) {
      const cell = cells[index] ?? '';
      const label = (perField.get(field) ?? 0) > 1 ? name : null;
      switch (field) {
        case 'email':
        case 'phone':
        case 'x':
        case 'linkedin':
        case 'website':
          for (const value of cell.split(SPLIT[field])) {
            if (field === 'website') addWebsite(d, value, label);
            else addIdentity(d, field satisfies IdentityKind, field === 'linkedin' ? stripQuery(value.trim()) : value, label);
          }
          break;
        case 'birthday':
          setDate(d, 'birthday', cell, (t) => readAnyDate(t, order), name);
          break;
        case 'notes':
          appendNote(d, (perField.get('notes') ?? 0) > 1 && textCell(cell) ? `${name}: ${textCell(cell)}` : textCell(cell));
          break;
        case 'tags':
          addTags(d, cell, /[;,|]|:::/);
          break;
        default: {
          const text = field === 'organisation' || field === 'title' ? organisationCell(cell) : clean(cell);
          if (text) r[field] = r[field] ? `${r[field]}${JOIN[field]}${text}` : text;
        }
      }
    }
    return finish(d);
  };
}

/** Reads any CSV with a column mapping (header as in the file → field). */
export function parseGenericCsv(text: string, file: string, mapping: CsvMapping): ParsedContacts {
  return parseTable(text, file, (table) => genericMapper(table.header, mapping, table.rows));
}
