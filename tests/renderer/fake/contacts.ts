// The fake core's contacts import (issue 7). It cannot read files, so a test puts one in with
// `putContactsFile(db, path, file)`: the records it holds, as the real readers would hand them
// over (vCard, LinkedIn / Google / Outlook CSV), a generic CSV read through the column mapping,
// or iCalendar events with attendees. Matching, the preview rows, skipping invalid records,
// progress and cancel (through the X import's jobs), the history and undo behave as the core's.
// Duplicates and merging are in ./duplicates.
import type { ContactFormat, ContactPreviewRow, ContactProblem, ContactsReport, CsvMapping } from '../../../shared/domain/contacts';
import type { Person } from '../../../shared/domain/person';
import { type ParsedReq, type Req, contract } from '../../../shared/ipc/contract';
import { duplicatesHandlers } from './duplicates';
import { eventHandlers } from './events';
import { importHandlers, importsOf } from './imports';
import { peopleHandlers } from './people';
import { type FakeDb, derive, fold, label, newIdentity, nextTime, refuse } from './state';

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
interface Journal {
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

type AttendeeOffer = ContactsReport['attendeesOffered'][number];

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

const basename = (path: string) => path.split(/[\\/]/).at(-1) ?? path;
const FORMAT_NAMES: Record<ContactFormat, string> = { vcard: 'vCard', linkedin: 'LinkedIn', 'google-csv': 'Google', 'outlook-csv': 'Outlook', csv: 'CSV', ics: 'iCalendar' };
const CSV_FAMILY: ContactFormat[] = ['linkedin', 'google-csv', 'outlook-csv', 'csv'];
/** The import history's kinds, as the core names them. */
const KIND: Record<ContactFormat, string> = { vcard: 'vcard', linkedin: 'linkedin', 'google-csv': 'google-csv', 'outlook-csv': 'outlook-csv', csv: 'csv', ics: 'ical' };

/** The reading the request asks for: refused as a whole when the file is not that. */
function readingOf(file: FakeContactsFile, requested: ContactFormat | undefined, name: string): ContactFormat {
  const wanted = requested ?? file.format;
  if (wanted === file.format) return wanted;
  if (wanted === 'csv' && CSV_FAMILY.includes(file.format)) return 'csv';
  if (wanted === 'vcard') refuse('INVALID_INPUT', `${name}: not a vCard file (line 1 does not start with BEGIN:VCARD)`);
  if (wanted === 'ics') refuse('INVALID_INPUT', `${name}: not an iCalendar file (line 1 does not start with BEGIN:VCALENDAR)`);
  if (!CSV_FAMILY.includes(file.format)) refuse('INVALID_INPUT', `${name}: not a CSV file`);
  return refuse('INVALID_INPUT', `${name}: the header is not ${FORMAT_NAMES[wanted]}’s; read it as any CSV and choose the columns`);
}

/** A CSV-family file read as any CSV: its own header, or one made from its contacts. */
function csvOf(file: FakeContactsFile): FakeCsv {
  if (file.csv) return file.csv;
  const header = ['Full name', 'E-mail', 'Company', 'Position'];
  const rows = (file.contacts ?? []).map((c) => ({ line: c.line, cells: [c.name ?? '', c.email ?? '', c.organisation ?? '', c.title ?? ''] }));
  return { header, rows, suggested: { 'Full name': 'displayName', 'E-mail': 'email', Company: 'organisation', Position: 'title' } };
}

function throughMapping(csv: FakeCsv, mapping: CsvMapping): FakeContact[] {
  return csv.rows.map(({ line, cells }) => {
    const c: FakeContact = { line };
    let given = '';
    let family = '';
    csv.header.forEach((h, i) => {
      const v = (cells[i] ?? '').trim();
      if (!v) return;
      const field = mapping[h] ?? 'ignore';
      if (field === 'displayName') c.name = v;
      else if (field === 'givenName') given = v;
      else if (field === 'familyName') family = v;
      else if (field === 'email' || field === 'phone' || field === 'x' || field === 'linkedin' || field === 'organisation' || field === 'title' || field === 'birthday') c[field] = v;
      else if (field === 'tags') c.tags = v.split(/\s*(?:;|:::)\s*/).filter(Boolean);
    });
    c.name ??= [given, family].filter(Boolean).join(' ') || undefined;
    if (!c.name && !c.email && !c.phone && !c.x && !c.linkedin) c.invalid = 'no name, email, phone or handle in this row';
    return c;
  });
}

type Key = { kind: 'email' | 'phone' | 'x' | 'linkedin'; value: string };
const keysOf = (c: FakeContact): Key[] =>
  (['email', 'phone', 'x', 'linkedin'] as const).flatMap((kind) => (c[kind] ? [{ kind, value: c[kind]!.toLowerCase().replace(/^@/, '') }] : []));
const shown = (k: Key) => (k.kind === 'x' ? `X @${k.value}` : `${k.kind === 'linkedin' ? 'LinkedIn' : k.kind} ${k.value}`);
const owns = (p: Person, k: Key) => p.identities.some((i) => i.kind === k.kind && i.value === k.value);

interface Planned {
  contact: FakeContact;
  row: ContactPreviewRow;
  person: Person | null;
  newKeys: Key[];
  newTags: string[];
  job: boolean;
}

function plan(db: FakeDb, contacts: FakeContact[]): Planned[] {
  const seen = new Map<string, number>();
  return contacts.map((c) => {
    const base = { line: c.line, name: c.name ?? '(no name)', person: null, matchedOn: null, adds: [], kept: [], message: null };
    if (c.invalid) return { contact: c, row: { ...base, outcome: 'invalid', message: c.invalid }, person: null, newKeys: [], newTags: [], job: false };
    const keys = keysOf(c);
    const live = db.people.filter((p) => !p.archivedAt);
    const hit = keys.map((k) => ({ k, p: live.find((p) => owns(p, k)) })).find((x) => x.p);
    const earlier = keys.map((k) => seen.get(`${k.kind}:${k.value}`)).find((n) => n !== undefined);
    keys.forEach((k) => seen.set(`${k.kind}:${k.value}`, c.line));
    if (!hit && earlier !== undefined) {
      return { contact: c, row: { ...base, outcome: 'duplicate', matchedOn: `same file, line ${earlier}` }, person: null, newKeys: [], newTags: [], job: false };
    }
    const person = hit?.p ?? null;
    const newKeys = person ? keys.filter((k) => !owns(person, k)) : keys;
    const newTags = (c.tags ?? []).filter((t) => !person?.tags.some((x) => fold(x.name) === fold(t)));
    const job = Boolean(c.organisation) && !person?.positions.some((x) => fold(x.organisation.name) === fold(c.organisation!));
    const adds = [...newKeys.map(shown), ...newTags.map((t) => `tag ${t}`), ...(job ? [c.title ? `job ${c.title} at ${c.organisation}` : `job at ${c.organisation}`] : [])];
    if (!person) return { contact: c, row: { ...base, outcome: 'new', adds }, person, newKeys, newTags, job };
    const kept = [
      ...(c.name && fold(c.name) !== fold(person.displayName) ? [`name “${c.name}” (keeps ${person.displayName})`] : []),
      ...(c.birthday && person.birthday && c.birthday !== person.birthday ? [`birthday ${c.birthday} (keeps ${person.birthday})`] : []),
    ];
    const row: ContactPreviewRow = {
      ...base,
      outcome: adds.length ? 'update' : 'duplicate',
      person: { id: person.id, name: person.displayName },
      matchedOn: shown(hit!.k),
      adds,
      kept,
    };
    return { contact: c, row, person, newKeys, newTags, job };
  });
}

function emptyReport(req: ParsedReq<'contacts:import'>, format: ContactFormat): ContactsReport {
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

const emptyJournal = (): Journal => ({ created: [], identities: [], tags: [], positions: [], events: [], attendance: [] });

function applyContacts(db: FakeDb, planned: Planned[], journal: Journal, touched: Set<string>): void {
  for (const p of planned) {
    const { contact: c, row } = p;
    if (row.outcome === 'new') {
      const person = peopleHandlers['people:create'](
        {
          displayName: c.name ?? c.email ?? c.x ?? c.phone ?? 'Unnamed',
          identities: p.newKeys.map((k) => ({ ...k, display: k.kind === 'x' ? `@${k.value}` : k.value, label: null, xAccountId: null, primary: false })),
          interests: [],
          tags: c.tags ?? [],
          ...(c.birthday ? { birthday: c.birthday } : {}),
          ...(c.organisation ? { position: { organisation: c.organisation, title: c.title ?? null } } : {}),
        } as unknown as ParsedReq<'people:create'>,
        db,
      );
      journal.created.push(person.id);
      touched.add(person.id);
    } else if (row.outcome === 'update' && p.person) {
      const person = p.person;
      for (const k of p.newKeys) {
        const identity = newIdentity(person.id, { ...k, display: k.kind === 'x' ? `@${k.value}` : k.value });
        person.identities.push(identity);
        journal.identities.push({ personId: person.id, id: identity.id });
      }
      for (const t of p.newTags) {
        const tag = label(db.tags, t);
        person.tags.push(tag);
        journal.tags.push({ personId: person.id, id: tag.id });
      }
      if (p.job) {
        const position = { id: crypto.randomUUID(), organisation: label(db.organisations, c.organisation!), title: c.title ?? null, startOn: null, endOn: null, current: true };
        person.positions.push(position);
        journal.positions.push({ personId: person.id, id: position.id });
      }
      person.updatedAt = nextTime();
      derive(db, person);
      touched.add(person.id);
    }
  }
}

/** iCalendar: events new or updated, attendees matched by email then name, the rest offered as new people. */
function planCalendar(db: FakeDb, events: FakeCalendarEvent[]) {
  const live = db.people.filter((p) => !p.archivedAt);
  const offers = new Map<string, AttendeeOffer>();
  const plans = events.map((e) => {
    const existing = db.events.find((x) => !x.archivedAt && fold(x.name) === fold(e.name));
    const matched: Person[] = [];
    for (const a of e.attendees) {
      const email = a.email?.toLowerCase();
      const person = (email && live.find((p) => owns(p, { kind: 'email', value: email }))) || (a.name && live.find((p) => fold(p.displayName) === fold(a.name!)));
      if (person) matched.push(person);
      else {
        const key = email ?? a.name ?? '';
        const offer = offers.get(key) ?? { key, name: a.name ?? null, email: email ?? null, events: [] };
        offer.events.push(e.name);
        offers.set(key, offer);
      }
    }
    const fresh = matched.filter((p) => !existing || !db.attendance.some((x) => x.eventId === existing.id && x.personId === p.id));
    const row: ContactPreviewRow = {
      line: e.line,
      name: e.name,
      outcome: !existing ? 'new' : fresh.length ? 'update' : 'duplicate',
      person: null,
      matchedOn: existing ? `event ${existing.name}` : null,
      adds: [...fresh.map((p) => `attendee ${p.displayName}`), ...(e.startsOn && !existing ? [`on ${e.startsOn}`] : [])],
      kept: [],
      message: null,
    };
    return { event: e, existing, fresh, row };
  });
  return { plans, offers: [...offers.values()] };
}

const chosen = (offer: AttendeeOffer, wanted: ParsedReq<'contacts:import'>['addAttendees']) =>
  wanted === 'all' || (Array.isArray(wanted) && wanted.some((w) => w === offer.key || w === offer.email || w === offer.name));

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runContactsImport(req: ParsedReq<'contacts:import'>, db: FakeDb): Promise<ContactsReport> {
  const state = contactsOf(db);
  const name = basename(req.path);
  const file = state.files.get(req.path) ?? refuse('INVALID_INPUT', `Cannot open ${req.path}: there is no such file`);
  if (file.refuse) refuse('INVALID_INPUT', file.refuse, { problems: [{ file: name, line: null, message: file.refuse }] });
  const format = readingOf(file, req.format, name);

  // Progress and cancel go through the X import's jobs: `holdImport` and `jobs:cancel` work here too.
  const jobs = importsOf(db);
  const jobId = req.job ?? `job-${crypto.randomUUID()}`;
  if (jobs.running.has(jobId)) refuse('CONFLICT', `Job ${jobId} is already running`, { job: jobId });
  const job = { cancelled: false, wake: () => undefined as void };
  jobs.running.set(jobId, job);
  try {
    await tick();
    jobs.emit('progress', { job: jobId, label: `Reading ${name}`, done: 1, total: 2 });
    const hold = jobs.hold;
    jobs.hold = null;
    if (hold) await new Promise<void>((resolve) => ((job.wake = resolve), void hold.then(resolve)));
    if (job.cancelled) refuse('CANCELLED', `Cancelled: ${jobId} stopped before writing anything`, { job: jobId });
    jobs.emit('progress', { job: jobId, label: req.dryRun ? 'Matching' : 'Saving', done: 2, total: 2 });
    await tick();
    return format === 'ics' ? calendar(req, db, file) : contacts(req, db, file, format, name);
  } finally {
    jobs.running.delete(jobId);
  }
}

/** An import done before the test starts (no progress, no job): for seeding. */
export function seedContactsImport(db: FakeDb, request: Req<'contacts:import'>): ContactsReport {
  const req = contract['contacts:import'].request.parse(request);
  const file = contactsOf(db).files.get(req.path) ?? refuse('INVALID_INPUT', `Cannot open ${req.path}: there is no such file`);
  const format = readingOf(file, req.format, basename(req.path));
  return format === 'ics' ? calendar(req, db, file) : contacts(req, db, file, format, basename(req.path));
}

function record(db: FakeDb, req: ParsedReq<'contacts:import'>, report: ContactsReport, journal: Journal, touched: Set<string>): ContactsReport {
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

function contacts(req: ParsedReq<'contacts:import'>, db: FakeDb, file: FakeContactsFile, format: ContactFormat, name: string): ContactsReport {
  const report = emptyReport(req, format);
  let list = file.contacts ?? [];
  if (format === 'csv') {
    const csv = csvOf(file);
    const key = csv.header.join('\u0001');
    const mapping = req.mapping ?? contactsOf(db).remembered.get(key) ?? csv.suggested;
    const used = Object.fromEntries(csv.header.map((h) => [h, mapping[h] ?? 'ignore'])) as CsvMapping;
    if (!Object.values(used).some((f) => ['displayName', 'givenName', 'familyName', 'email', 'phone', 'x', 'linkedin'].includes(f))) {
      refuse('INVALID_INPUT', `${name}: no column gives a name, an email, a phone or a handle; choose which column holds what`);
    }
    Object.assign(report, { header: csv.header, mapping: used });
    list = throughMapping(csv, used);
    if (req.rememberMapping && !req.dryRun) contactsOf(db).remembered.set(key, used);
  }
  const planned = plan(db, list);
  const problems: ContactProblem[] = planned.filter((p) => p.row.outcome === 'invalid').map((p) => ({ file: name, line: p.row.line, message: p.row.message! }));
  const count = (o: ContactPreviewRow['outcome']) => planned.filter((p) => p.row.outcome === o).length;
  Object.assign(report, {
    records: list.length,
    created: count('new'),
    updated: count('update'),
    duplicates: count('duplicate'),
    problems,
    warnings: list.filter((c) => c.warning).map((c) => ({ file: name, line: c.line, message: c.warning! })),
    rows: planned.slice(0, 500).map((p) => p.row),
  });
  if (req.dryRun) return report;
  if (problems.length && !req.skipInvalid) {
    refuse('INVALID_INPUT', `${problems.length} invalid record${problems.length === 1 ? '' : 's'}: nothing was imported; choose to skip them to import the rest`, { problems });
  }
  const journal = emptyJournal();
  const touched = new Set<string>();
  applyContacts(db, planned, journal, touched);
  return record(db, req, { ...report, skipped: problems.length }, journal, touched);
}

function calendar(req: ParsedReq<'contacts:import'>, db: FakeDb, file: FakeContactsFile): ContactsReport {
  const { plans, offers } = planCalendar(db, file.events ?? []);
  const report: ContactsReport = {
    ...emptyReport(req, 'ics'),
    records: plans.length,
    eventsCreated: plans.filter((p) => !p.existing).length,
    eventsUpdated: plans.filter((p) => p.existing && p.fresh.length).length,
    duplicates: plans.filter((p) => p.row.outcome === 'duplicate').length,
    attendancesCreated: plans.reduce((n, p) => n + p.fresh.length, 0),
    attendeesOffered: offers,
    rows: plans.map((p) => p.row),
  };
  if (req.dryRun) return report;
  const journal = emptyJournal();
  const touched = new Set<string>();
  const eventIds = new Map<string, string>();
  for (const p of plans) {
    const id = p.existing?.id ?? eventHandlers['events:create']({ name: p.event.name, kind: 'conference', startsOn: p.event.startsOn ?? null } as unknown as ParsedReq<'events:create'>, db).id;
    if (!p.existing) journal.events.push(id);
    eventIds.set(p.event.name, id);
    for (const person of p.fresh) {
      const a = eventHandlers['attendance:add']({ eventId: id, personId: person.id, met: true } as unknown as ParsedReq<'attendance:add'>, db);
      journal.attendance.push(a.id);
      touched.add(person.id);
    }
  }
  let created = 0;
  for (const offer of offers.filter((o) => chosen(o, req.addAttendees))) {
    const person = peopleHandlers['people:create'](
      { displayName: offer.name ?? offer.email!, identities: offer.email ? [{ kind: 'email', value: offer.email, display: offer.email, label: null, xAccountId: null, primary: true }] : [], interests: [], tags: [] } as unknown as ParsedReq<'people:create'>,
      db,
    );
    created++;
    journal.created.push(person.id);
    touched.add(person.id);
    for (const event of offer.events) {
      const a = eventHandlers['attendance:add']({ eventId: eventIds.get(event)!, personId: person.id, met: true } as unknown as ParsedReq<'attendance:add'>, db);
      journal.attendance.push(a.id);
      report.attendancesCreated++;
    }
  }
  return record(db, req, { ...report, created, attendeesOffered: offers.filter((o) => !chosen(o, req.addAttendees)) }, journal, touched);
}

/** Undoing a contacts import takes out what it added; an X import is the X fake's. */
function undoImport(req: ParsedReq<'imports:undo'>, db: FakeDb) {
  const undone = importHandlers['imports:undo'](req, db);
  const state = contactsOf(db);
  const journal = state.journals.get(req.id);
  if (!journal) return undone;
  const gone = new Set(journal.created);
  db.people.splice(0, db.people.length, ...db.people.filter((p) => !gone.has(p.id)));
  for (const p of db.people) {
    p.identities = p.identities.filter((i) => !journal.identities.some((j) => j.personId === p.id && j.id === i.id));
    p.tags = p.tags.filter((t) => !journal.tags.some((j) => j.personId === p.id && j.id === t.id));
    p.positions = p.positions.filter((x) => !journal.positions.some((j) => j.personId === p.id && j.id === x.id));
  }
  db.attendance = db.attendance.filter((a) => !journal.attendance.includes(a.id) && !gone.has(a.personId));
  db.events = db.events.filter((e) => !journal.events.includes(e.id));
  state.journals.delete(req.id);
  state.touched.delete(req.id);
  return undone;
}

export const contactsHandlers = {
  'contacts:import': runContactsImport,
  'imports:undo': undoImport,
  ...duplicatesHandlers,
};
