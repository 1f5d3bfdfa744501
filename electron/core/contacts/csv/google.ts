/**
 * Google Contacts CSV (formats.md §3), newer header (`First Name`, `Labels`, `E-mail 1 - Label`)
 * and older one (`Name`, `Given Name`, `Group Membership`, `E-mail 1 - Type`). Any number of
 * numbered groups (`E-mail N`, `Phone N`, `Website N`, `Event N`, `Address N`, `Organization N`,
 * `Custom Field N`, `IM N`); several values in one cell are joined with ` ::: ` and each becomes an
 * identity with the group's label. Labels / Group Membership become tags without the system groups.
 */
import type { ParsedContacts } from '../contactRecord';
import { Columns, parseTable, type RowMapper } from './columns';
import { readGoogleDate } from './dates';
import {
  addIdentity,
  addTags,
  addWebsite,
  appendNote,
  clean,
  cleanLabel,
  cleanOrNull,
  draft,
  finish,
  organisationCell,
  setDate,
  splitMulti,
  textCell,
  websiteKind,
  type Draft,
} from './draft';

const GROUP = /^(E-mail|Phone|Website|Event|Address|Organization|IM|Custom Field|Relation) (\d+) - (.+)$/i;

/** The columns of one numbered group: `{ label: 3, value: 4 }` for E-mail 1 - Label / - Value. */
interface Group {
  kind: string;
  n: number;
  parts: Map<string, number>;
}

function groupsOf(cols: Columns): Group[] {
  const byKey = new Map<string, Group>();
  for (const { index, groups } of cols.matching(GROUP)) {
    const [kindText = '', n = '0', part = ''] = groups;
    const kind = kindText.toLowerCase();
    const k = `${kind} ${n}`;
    const group = byKey.get(k) ?? { kind, n: Number(n), parts: new Map() };
    // Older exports say "- Type" where newer ones say "- Label".
    group.parts.set(part.toLowerCase() === 'type' ? 'label' : part.toLowerCase(), index);
    byKey.set(k, group);
  }
  // Kinds in the header's order (e-mails, then phones…), each kind by number (E-mail 2 after E-mail 1).
  const kinds = [...new Set([...byKey.values()].map((g) => g.kind))];
  return [...byKey.values()].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.n - b.n);
}

const part = (cells: readonly string[], g: Group, name: string) => {
  const i = g.parts.get(name);
  return i === undefined ? '' : (cells[i] ?? '');
};

/** One numbered group of a row into the draft. */
function addGroup(d: Draft, cells: readonly string[], g: Group): void {
  const label = cleanLabel(part(cells, g, 'label'));
  const values = splitMulti(part(cells, g, 'value'));
  const r = d.record;
  switch (g.kind) {
    case 'e-mail':
      for (const v of values) addIdentity(d, 'email', v, label);
      break;
    case 'phone':
      for (const v of values) addIdentity(d, 'phone', v, label);
      break;
    case 'website':
      for (const v of values) addWebsite(d, v, label);
      break;
    case 'im':
    case 'custom field':
      // Only the ones that name a network we know ("Twitter": "@sam"); the rest are not identities.
      for (const v of values) {
        const kind = websiteKind(v, label ?? cleanLabel(part(cells, g, 'service')));
        if (kind !== 'website') addIdentity(d, kind, v, label);
      }
      break;
    case 'event':
      for (const v of values) {
        if (/anniversary/i.test(label ?? '')) setDate(d, 'anniversary', v, readGoogleDate, 'Anniversary');
        else if (/birthday/i.test(label ?? '')) setDate(d, 'birthday', v, readGoogleDate, 'Birthday');
        else appendNote(d, `${label ?? 'Event'}: ${readGoogleDate(clean(v)) ?? clean(v)}`);
      }
      break;
    case 'address': {
      if (r.location) break;
      const formatted = textCell(part(cells, g, 'formatted'))?.split('\n').map(clean).filter(Boolean).join(', ');
      const composed = ['city', 'region', 'country'].map((p) => clean(part(cells, g, p))).filter(Boolean).join(', ');
      r.location = formatted || composed || null;
      break;
    }
    case 'organization':
      r.organisation ??= organisationCell(part(cells, g, 'name'));
      r.title ??= organisationCell(part(cells, g, 'title'));
      break;
  }
}

export function googleMapper(header: readonly string[]): RowMapper | string {
  const cols = new Columns(header);
  const groups = groupsOf(cols);
  const older = cols.has('Given Name') || cols.has('Group Membership');
  if (!cols.has('First Name') && !cols.has('Given Name') && !cols.has('Name')) {
    return 'This is not a Google Contacts CSV: it has no First Name, Given Name or Name column.';
  }
  return (cells, line) => {
    const d = draft('', line);
    const r = d.record;
    r.givenName = cleanOrNull(cols.get(cells, 'First Name', 'Given Name'));
    r.familyName = cleanOrNull(cols.get(cells, 'Last Name', 'Family Name'));
    const middle = clean(cols.get(cells, 'Middle Name', 'Additional Name'));
    const composed = [r.givenName, middle, r.familyName, clean(cols.get(cells, 'Name Suffix'))].filter(Boolean).join(' ');
    r.displayName = (older ? cleanOrNull(cols.get(cells, 'Name')) : null) ?? (composed || cleanOrNull(cols.get(cells, 'File As')));
    r.nickname = cleanOrNull(cols.get(cells, 'Nickname'));
    r.organisation = organisationCell(cols.get(cells, 'Organization Name'));
    r.title = organisationCell(cols.get(cells, 'Organization Title'));
    setDate(d, 'birthday', cols.get(cells, 'Birthday'), readGoogleDate, 'Birthday');
    r.notes = textCell(cols.get(cells, 'Notes'));
    const photo = clean(cols.get(cells, 'Photo'));
    if (/^https?:\/\//i.test(photo)) r.photo = { uri: photo };
    addTags(d, cols.get(cells, 'Labels', 'Group Membership'), /:::/);
    for (const g of groups) addGroup(d, cells, g);
    r.location ??= cleanOrNull(cols.get(cells, 'Location'));
    return finish(d);
  };
}

/** Reads a Google Contacts CSV, newer or older header. */
export function parseGoogleCsv(text: string, file: string): ParsedContacts {
  return parseTable(text, file, (table) => googleMapper(table.header));
}
