/**
 * Outlook CSV (formats.md §3): the desktop Import/Export wizard (every value quoted, `Business
 * Country/Region` or older `Business Country`, sometimes a BOM) and Outlook.com's People export.
 * Birthday is month first (`5/17/1990`), and `0/0/00` is Outlook's "no date". Desktop exports of
 * Exchange contacts write an X.500 path (`/o=ExchangeLabs/…`, E-mail Type `EX`) where the address
 * should be: that is not an email, so the address in `E-mail Display Name` ("Sam (sam@x.org)") is
 * used when there is one.
 */
import type { ParsedContacts } from '../contactRecord';
import { Columns, parseTable, type RowMapper } from './columns';
import { readOutlookDate } from './dates';
import { addIdentity, addTags, addWebsite, clean, cleanOrNull, draft, finish, organisationCell, setDate, textCell, type Draft } from './draft';

/** Phone columns with the label they mean; faxes, pagers and the assistant's phone are not this person's. */
const PHONES: [string, string][] = [
  ['Mobile Phone', 'mobile'],
  ['Primary Phone', 'main'],
  ['Home Phone', 'home'],
  ['Home Phone 2', 'home'],
  ['Business Phone', 'work'],
  ['Business Phone 2', 'work'],
  ['Company Main Phone', 'work'],
  ['Car Phone', 'car'],
  ['Other Phone', 'other'],
];

const EMAILS = [
  ['E-mail Address', 'E-mail Type', 'E-mail Display Name'],
  ['E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name'],
  ['E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name'],
] as const;

function addEmail(d: Draft, cols: Columns, cells: readonly string[], [address, type, display]: (typeof EMAILS)[number]): void {
  const value = clean(cols.get(cells, address));
  if (!value) return;
  const exchange = /^\/o=/i.test(value) || clean(cols.get(cells, type)).toUpperCase() === 'EX';
  if (!exchange) return addIdentity(d, 'email', value);
  const inDisplay = /\(([^()\s]+@[^()\s]+)\)\s*$/.exec(clean(cols.get(cells, display)))?.[1];
  if (inDisplay) addIdentity(d, 'email', inDisplay);
}

/** "City, State, Country" of the first address block that has any of them. */
function locationOf(cols: Columns, cells: readonly string[]): string | null {
  for (const place of ['Home', 'Business', 'Other']) {
    const parts = [`${place} City`, `${place} State`].map((c) => clean(cols.get(cells, c)));
    parts.push(clean(cols.get(cells, `${place} Country/Region`, `${place} Country`)));
    const text = parts.filter(Boolean).join(', ');
    if (text) return text;
  }
  return null;
}

export function outlookMapper(header: readonly string[]): RowMapper | string {
  const cols = new Columns(header);
  if (!cols.has('First Name') && !cols.has('Last Name') && !cols.has('E-mail Address')) {
    return 'This is not an Outlook CSV: it has no First Name, Last Name or E-mail Address column.';
  }
  return (cells, line) => {
    const d = draft('', line);
    const r = d.record;
    r.givenName = cleanOrNull(cols.get(cells, 'First Name'));
    r.familyName = cleanOrNull(cols.get(cells, 'Last Name'));
    const composed = [r.givenName, clean(cols.get(cells, 'Middle Name')), r.familyName, clean(cols.get(cells, 'Suffix'))].filter(Boolean).join(' ');
    r.displayName = composed || null;
    r.nickname = cleanOrNull(cols.get(cells, 'Nickname'));
    r.organisation = organisationCell(cols.get(cells, 'Company'));
    r.title = organisationCell(cols.get(cells, 'Job Title'));
    for (const email of EMAILS) addEmail(d, cols, cells, email);
    for (const [column, label] of PHONES) addIdentity(d, 'phone', cols.get(cells, column), label);
    addWebsite(d, cols.get(cells, 'Web Page'));
    addWebsite(d, cols.get(cells, 'Personal Web Page'), 'personal');
    for (const [field, column, what] of [
      ['birthday', 'Birthday', 'Birthday'],
      ['anniversary', 'Anniversary', 'Anniversary'],
    ] as const) {
      const text = clean(cols.get(cells, column));
      // 0/0/00 (and 1/1/4501 from older versions) is how Outlook writes "no date".
      if (!/^0{1,2}\/0{1,2}\/0{2,4}$/.test(text) && !/^1\/1\/4501$/.test(text)) setDate(d, field, text, readOutlookDate, what);
    }
    r.notes = textCell(cols.get(cells, 'Notes'));
    // Outlook separates categories with ";" (Google's Outlook export writes "myContacts;starred" there).
    addTags(d, cols.get(cells, 'Categories'), /[;,]/);
    r.location = cleanOrNull(cols.get(cells, 'Location')) ?? locationOf(cols, cells);
    return finish(d);
  };
}

/** Reads an Outlook CSV (desktop or Outlook.com). */
export function parseOutlookCsv(text: string, file: string): ParsedContacts {
  return parseTable(text, file, (table) => outlookMapper(table.header));
}
