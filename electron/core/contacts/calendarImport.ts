import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { ContactsImport, ContactsReport } from '../../../shared/domain/contacts';
import type { ProgressEvent } from '../../../shared/ipc/events';
import { AppError } from '../../../shared/ipc/result';
import { normaliseIdentity } from '../../../shared/vocabulary/identity';
import { type Db, atomically } from '../../db/client';
import type { ChangeJournalRepository } from '../../db/repositories/changeJournalRepository';
import type { ContactMatchReader } from '../../db/repositories/contactMatchReader';
import { startAtOf } from '../../db/repositories/eventsRepository';
import type { ImportsRepository } from '../../db/repositories/importsRepository';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import { cancelled } from '../xArchive/jobs';
import { type IcsEvent, parseIcs } from './ics/parseIcs';
import type { CalendarFile } from './readContacts';
import { type CalendarPlan, planCalendar } from './calendarPlan';

type Request = z.output<typeof ContactsImport>;

/** Attendees offered in one report: a calendar of thousands of strangers is added with "all", not ticked one by one. */
const MAX_OFFERS = 1000;

/**
 * Imports an iCalendar file: each VEVENT becomes an event (matched on its UID, so a second
 * import of the same calendar updates instead of duplicating), each ATTENDEE is matched to a
 * person by email, else by exact name, else offered as a new person met there (created only
 * when the request asks for them). One transaction after a backup; undone like the others.
 */
export function createCalendarImporter(deps: {
  db: Db;
  reader: ContactMatchReader;
  people: PeopleRepository;
  imports: ImportsRepository;
  journal: ChangeJournalRepository;
  backup(reason: string): Promise<unknown>;
  progress(event: ProgressEvent): void;
}) {
  const sqlite = deps.db.$client;
  const q = {
    insertEvent: sqlite.prepare(`INSERT INTO events (id, name, kind, starts_on, ends_on, start_at, place, link, notes, external_id, import_id, created_at, updated_at)
      VALUES (@id, @name, 'other', @startsOn, @endsOn, @startAt, @place, @link, @notes, @externalId, @importId, @now, @now)`),
    fillEvent: (column: string) => sqlite.prepare(`UPDATE events SET ${column} = ?, updated_at = ? WHERE id = ? AND ${column} IS NULL`),
    insertAttendance: sqlite.prepare(`INSERT INTO attendances (id, event_id, person_id, met, follow_up, import_id, created_at, updated_at)
      VALUES (?, ?, ?, 1, ?, ?, ?, ?)`),
    importPerson: sqlite.prepare(`INSERT OR IGNORE INTO import_people (import_id, person_id, outcome) VALUES (?, ?, 'created')`),
    startAt: sqlite.prepare(`UPDATE events SET start_at = ? WHERE id = ? AND start_at IS NULL`),
  };
  const fill = Object.fromEntries(['starts_on', 'ends_on', 'place', 'link', 'notes'].map((c) => [c, q.fillEvent(c)]));

  function write(plan: CalendarPlan, file: string, now: number) {
    return atomically(deps.db, () => {
      const importId = deps.imports.start('ical', file, now);
      const eventIds = new Map<IcsEvent, string>();
      let eventsCreated = 0;
      let eventsUpdated = 0;
      for (const e of plan.events) {
        if (e.existingId) {
          eventIds.set(e.event, e.existingId);
          let changed = false;
          for (const [column, value] of Object.entries(e.fills)) {
            if (fill[column]!.run(value, now, e.existingId).changes > 0) {
              deps.journal.record(importId, 'event.fill', e.existingId, { column, value }, now);
              // The start's sort key goes with it.
              if (column === 'starts_on') q.startAt.run(startAtOf(value), e.existingId);
              changed = true;
            }
          }
          if (changed) eventsUpdated++;
          continue;
        }
        const id = uuidv7();
        const startsOn = e.event.startAt ?? e.event.startsOn;
        q.insertEvent.run({ id, name: e.event.name.slice(0, 200), startsOn, endsOn: e.event.endsOn, startAt: startAtOf(startsOn), place: e.event.place?.slice(0, 300) ?? null, link: e.event.link, notes: e.event.notes, externalId: e.externalId, importId, now });
        eventIds.set(e.event, id);
        eventsCreated++;
      }
      const created = new Map<string, string>();
      for (const offer of plan.toCreate) {
        const email = offer.email ? normaliseIdentity('email', offer.email) : null;
        const identities = email && !('error' in email) ? [{ kind: 'email' as const, ...email, label: null, xAccountId: null, primary: false }] : [];
        const id = deps.people.insert({ displayName: (offer.name ?? offer.email ?? 'Unknown').slice(0, 200), identities } as Parameters<PeopleRepository['insert']>[0], now, importId);
        q.importPerson.run(importId, id);
        created.set(offer.key, id);
      }
      let attendancesCreated = 0;
      const today = new Date(now).toISOString().slice(0, 10);
      for (const a of plan.attendances) {
        const personId = a.personId ?? created.get(a.offerKey ?? '');
        const eventId = eventIds.get(a.event);
        if (!personId || !eventId || plan.attending(eventId, personId)) continue;
        const ended = (a.event.endsOn ?? a.event.startsOn ?? today) < today;
        q.insertAttendance.run(uuidv7(), eventId, personId, ended ? 'not_needed' : 'pending', importId, now, now);
        plan.attended(eventId, personId);
        attendancesCreated++;
      }
      deps.imports.finish(importId, { eventsCreated, eventsUpdated, created: created.size, attendancesCreated, skipped: plan.problems.length, problems: plan.problems.slice(0, 200) }, now);
      return { importId, eventsCreated, eventsUpdated, attendancesCreated, created: created.size };
    });
  }

  return {
    /** Plans (and unless `dryRun`, applies) a calendar the contacts import has read and size-checked. */
    async run(req: Request, { calendar, file: name }: CalendarFile, job: { id: string; signal: AbortSignal }, now: () => number): Promise<ContactsReport> {
      const parsed = parseIcs(calendar, name);
      const fatal = parsed.problems.find((p) => p.line === null);
      if (fatal && parsed.events.length === 0) throw new AppError('INVALID_INPUT', `${name}: ${fatal.message.replace(/\.$/, '')}. Nothing was imported.`, { file: name });
      if (job.signal.aborted) throw cancelled(job.id);
      const plan = planCalendar(name, parsed.events, parsed.problems, req.addAttendees, deps.db, deps.reader);
      const report: ContactsReport = {
        importId: null,
        dryRun: req.dryRun,
        format: 'ics',
        file: name,
        header: [],
        mapping: null,
        records: parsed.events.length + parsed.problems.filter((p) => p.line !== null).length,
        created: plan.toCreate.length,
        updated: 0,
        duplicates: 0,
        skipped: 0,
        problems: parsed.problems,
        warnings: plan.offers.length > MAX_OFFERS ? [...plan.warnings, { file: name, line: null, message: `${(plan.offers.length - MAX_OFFERS).toLocaleString('en')} more attendees who are not in Rapport are not listed; adding all adds them too` }] : plan.warnings,
        touchpointsCreated: 0,
        eventsCreated: plan.events.filter((e) => !e.existingId).length,
        eventsUpdated: plan.events.filter((e) => e.existingId && Object.keys(e.fills).length > 0).length,
        attendancesCreated: plan.attendances.filter((a) => a.personId || a.offerKey).length,
        attendeesOffered: plan.offers.slice(0, MAX_OFFERS),
        rows: plan.rows,
      };
      if (req.dryRun) return report;
      if (parsed.problems.length > 0 && !req.skipInvalid) {
        throw new AppError('INVALID_INPUT', `${name}: ${parsed.problems.length} event${parsed.problems.length === 1 ? ' is' : 's are'} invalid (first: line ${parsed.problems[0]!.line ?? '–'}, ${parsed.problems[0]!.message}). Choose "skip ${parsed.problems.length} invalid" to import the rest. Nothing was imported.`, { file: name });
      }
      deps.progress({ job: job.id, label: 'Backing up before the import', done: 0, total: null });
      await deps.backup('pre-import');
      if (job.signal.aborted) throw cancelled(job.id);
      const written = write(plan, name, now());
      return { ...report, importId: written.importId, skipped: parsed.problems.length, eventsCreated: written.eventsCreated, eventsUpdated: written.eventsUpdated, attendancesCreated: written.attendancesCreated, created: written.created };
    },
  };
}
