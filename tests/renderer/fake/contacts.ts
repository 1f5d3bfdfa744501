// The fake core's contacts import (issue 7). It cannot read files, so a test puts one in with
// `putContactsFile(db, path, file)`: the records it holds, as the real readers would hand them
// over (vCard, LinkedIn / Google / Outlook CSV), a generic CSV read through the column mapping,
// or iCalendar events with attendees. Matching, the preview rows, skipping invalid records,
// progress and cancel (through the X import's jobs), the history and undo behave as the core's.
// The state and what both readings share are in ./contactsState, the iCalendar reading in
// ./contactsCalendar; duplicates and merging in ./duplicates.
import type { ContactFormat, ContactPreviewRow, ContactProblem, ContactsReport, CsvMapping } from '../../../shared/domain/contacts';
import type { Person } from '../../../shared/domain/person';
import { type ParsedReq, type Req, contract } from '../../../shared/ipc/contract';
import { calendar } from './contactsCalendar';
import { type FakeContact, type FakeContactsFile, type FakeCsv, type Journal, basename, contactsOf, emptyJournal, emptyReport, record } from './contactsState';
import { duplicatesHandlers } from './duplicates';
import { importHandlers, importsOf } from './imports';
import { peopleHandlers } from './people';
import { type FakeDb, derive, fold, label, newIdentity, nextTime, refuse } from './state';

export { type FakeCalendarEvent, type FakeContact, type FakeContactsFile, type FakeCsv, importedPeople, putContactsFile } from './contactsState';

const FORMAT_NAMES: Record<ContactFormat, string> = { vcard: 'vCard', linkedin: 'LinkedIn', 'google-csv': 'Google', 'outlook-csv': 'Outlook', csv: 'CSV', ics: 'iCalendar' };
const CSV_FAMILY: ContactFormat[] = ['linkedin', 'google-csv', 'outlook-csv', 'csv'];

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
