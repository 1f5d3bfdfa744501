// The fake contacts import's iCalendar reading: events new or updated by name, attendees
// matched to people by email then name, the rest offered as new people met at the events.
import type { ContactPreviewRow, ContactsReport } from '../../../shared/domain/contacts';
import type { Person } from '../../../shared/domain/person';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { type AttendeeOffer, type FakeCalendarEvent, type FakeContactsFile, emptyJournal, emptyReport, record } from './contactsState';
import { eventHandlers } from './events';
import { peopleHandlers } from './people';
import { type FakeDb, fold } from './state';

const owns = (p: Person, email: string) => p.identities.some((i) => i.kind === 'email' && i.value === email);

/** iCalendar: events new or updated, attendees matched by email then name, the rest offered as new people. */
function planCalendar(db: FakeDb, events: FakeCalendarEvent[]) {
  const live = db.people.filter((p) => !p.archivedAt);
  const offers = new Map<string, AttendeeOffer>();
  const plans = events.map((e) => {
    const existing = db.events.find((x) => !x.archivedAt && fold(x.name) === fold(e.name));
    const matched: Person[] = [];
    for (const a of e.attendees) {
      const email = a.email?.toLowerCase();
      const person = (email && live.find((p) => owns(p, email))) || (a.name && live.find((p) => fold(p.displayName) === fold(a.name!)));
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

export function calendar(req: ParsedReq<'contacts:import'>, db: FakeDb, file: FakeContactsFile): ContactsReport {
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
