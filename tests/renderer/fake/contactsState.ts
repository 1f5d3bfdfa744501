// The fake contacts import's state and the parts the vCard/CSV and iCalendar readings share:
// the files a test puts in, remembered mappings, what each applied import did (for undo) and
// whom it touched ("from the last import"), and recording an import in the history.
import type { ContactFormat, ContactsReport, CsvMapping } from '../../../shared/domain/contacts';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { importsOf } from './imports';
import { type FakeDb, nextTime } from './state';

/** One contact as a reader hands it over; `invalid` makes it a record that could not be read. */
export interface FakeContact {
  line: number;
  name?: string;
  email?: string;
  phone?: string;
  x?: string;
  linkedin?: string;
  organisation?: string;
  title?: string;
  tags?: string[];
  birthday?: string;
  invalid?: string;
  /** A value left out while reading it (an unreadable email…). */
  warning?: string;
}

/** A hand-made CSV: the header and the rows, read through the mapping. */
export interface FakeCsv {
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** What Rapport suggests when nothing was remembered for this header. */
  suggested: CsvMapping;
}

export interface FakeCalendarEvent {
  line: number;
  name: string;
  startsOn?: string;
  attendees: { name?: string; email?: string }[];
}

export interface FakeContactsFile {
  /** What the file really is. */
  format: ContactFormat;
  contacts?: FakeContact[];
  csv?: FakeCsv;
  events?: FakeCalendarEvent[];
  /** The whole file is refused (INVALID_INPUT) with this message. */
  refuse?: string;
}

/** What an applied import did, so undo can take exactly that back. */
export interface Journal {
  created: string[];
  identities: { personId: string; id: string }[];
  tags: { personId: string; id: string }[];
  positions: { personId: string; id: string }[];
  events: string[];
  attendance: string[];
}

interface ContactsState {
  files: Map<string, FakeContactsFile>;
  remembered: Map<string, CsvMapping>;
  journals: Map<string, Journal>;
  /** importId → people it created or updated ("from the last import"). */
  touched: Map<string, Set<string>>;
}

export type AttendeeOffer = ContactsReport['attendeesOffered'][number];

const states = new WeakMap<FakeDb, ContactsState>();

export function contactsOf(db: FakeDb): ContactsState {
  let s = states.get(db);
  if (!s) states.set(db, (s = { files: new Map(), remembered: new Map(), journals: new Map(), touched: new Map() }));
  return s;
}

export function putContactsFile(db: FakeDb, path: string, file: FakeContactsFile): void {
  contactsOf(db).files.set(path, file);
}

/** The people a contacts import created or updated (for `people:list` with `importId`). */
export function importedPeople(db: FakeDb, importId: string): Set<string> {
  return contactsOf(db).touched.get(importId) ?? new Set();
}

export const basename = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/** The import history's kinds, as the core names them. */
export const KIND: Record<ContactFormat, string> = { vcard: 'vcard', linkedin: 'linkedin', 'google-csv': 'google_csv', 'outlook-csv': 'outlook_csv', csv: 'csv', ics: 'ical' };

/** A report with nothing in it yet, for the readings to fill. */
export function emptyReport(req: ParsedReq<'contacts:import'>, format: ContactFormat): ContactsReport {
  return {
    importId: null,
    dryRun: req.dryRun,
    format,
    file: basename(req.path),
    header: [],
    mapping: null,
    records: 0,
    created: 0,
    updated: 0,
    duplicates: 0,
    skipped: 0,
    problems: [],
    warnings: [],
    touchpointsCreated: 0,
    eventsCreated: 0,
    eventsUpdated: 0,
    attendancesCreated: 0,
    attendeesOffered: [],
    rows: [],
  };
}

export const emptyJournal = (): Journal => ({ created: [], identities: [], tags: [], positions: [], events: [], attendance: [] });

/** Records an applied import in the history, with what undo and "from the last import" need. */
export function record(db: FakeDb, req: ParsedReq<'contacts:import'>, report: ContactsReport, journal: Journal, touched: Set<string>): ContactsReport {
  const id = crypto.randomUUID();
  const at = nextTime();
  const { created, updated, duplicates, skipped, eventsCreated, eventsUpdated, attendancesCreated, format } = report;
  importsOf(db).records.unshift({
    id,
    kind: KIND[format],
    sourceName: basename(req.path),
    status: 'done',
    startedAt: at,
    finishedAt: at,
    stats: { format, records: report.records, created, updated, duplicates, skipped, eventsCreated, eventsUpdated, attendancesCreated },
    undoneAt: null,
  });
  contactsOf(db).journals.set(id, journal);
  contactsOf(db).touched.set(id, touched);
  return { ...report, importId: id };
}
