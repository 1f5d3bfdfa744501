/**
 * LinkedIn `Connections.csv` (formats.md §2): the current format (a `Notes:` preamble, then
 * First Name, Last Name, URL, Email Address, Company, Position, Connected On) and the 2018 one
 * (no preamble, no URL, `Connected On` as `"1/8/18, 6:14 PM"`). Columns are taken by name.
 *
 * The 2018 email column may hold `urn:li:member:<id>` instead of an address: LinkedIn's own id
 * for the member. It is not an email and means nothing to the user, but it is stable, so it
 * becomes the record's `externalId` (a re-import of the same file matches it) rather than an
 * identity anyone would see or dedupe against across sources.
 */
import type { ParsedContacts } from '../contactRecord';
import { Columns, parseTable, type RowMapper } from './columns';
import { readLinkedInDate } from './dates';
import { addIdentity, clean, cleanOrNull, draft, finish, organisationCell, setDate, stripQuery } from './draft';

/** A row mapper for a LinkedIn header, or why the header is not LinkedIn's. */
export function linkedInMapper(header: readonly string[]): RowMapper | string {
  const cols = new Columns(header);
  if (!cols.has('First Name') && !cols.has('Last Name')) {
    return 'This is not a LinkedIn Connections.csv: it has no First Name or Last Name column.';
  }
  const [first, last, url, email, company, position, connectedOn] = [
    cols.cell('First Name'),
    cols.cell('Last Name'),
    cols.cell('URL', 'Profile URL'),
    cols.cell('Email Address', 'E-mail Address', 'Email'),
    cols.cell('Company'),
    cols.cell('Position'),
    cols.cell('Connected On'),
  ];
  return (cells, line) => {
    const d = draft('', line);
    const r = d.record;
    r.givenName = cleanOrNull(first(cells));
    r.familyName = cleanOrNull(last(cells));
    const profile = clean(url(cells));
    if (profile) addIdentity(d, 'linkedin', stripQuery(profile));
    const address = clean(email(cells));
    if (/^urn:li:/i.test(address)) r.externalId = address;
    else if (address) addIdentity(d, 'email', address);
    r.organisation = organisationCell(company(cells));
    r.title = organisationCell(position(cells));
    setDate(d, 'connectedOn', connectedOn(cells), readLinkedInDate, 'Connected on LinkedIn');
    return finish(d);
  };
}

/** Reads a LinkedIn Connections.csv, current or 2018 format. */
export function parseLinkedIn(text: string, file: string): ParsedContacts {
  return parseTable(text, file, (table) => linkedInMapper(table.header));
}
