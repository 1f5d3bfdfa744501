import type { ContactPreviewRow, ContactProblem } from '../../../shared/domain/contacts';
import { sortKeyForName } from '../../../shared/util/text';
import type { Db } from '../../db/client';
import type { ContactMatchReader } from '../../db/repositories/contactMatchReader';
import type { IcsAttendee, IcsEvent } from './ics/parseIcs';

export interface AttendeeOfferPlan {
  key: string;
  name: string | null;
  email: string | null;
  events: string[];
}

export interface CalendarPlan {
  /** `fills`: for an event already here, its empty columns the file has values for. */
  events: { event: IcsEvent; existingId: string | null; externalId: string; fills: Record<string, string> }[];
  /** Offered attendees the request asked to add as people. */
  toCreate: AttendeeOfferPlan[];
  attendances: { event: IcsEvent; personId: string | null; offerKey: string | null }[];
  offers: AttendeeOfferPlan[];
  warnings: ContactProblem[];
  problems: ContactProblem[];
  rows: ContactPreviewRow[];
  attending(eventId: string, personId: string): boolean;
  attended(eventId: string, personId: string): void;
}

const offerKey = (a: IcsAttendee) => (a.email ? a.email.toLowerCase() : `name:${sortKeyForName(a.name ?? '')}`);
const label = (a: IcsAttendee) => a.name ?? a.email ?? 'someone';

/** Senders of invitations, not people: event sites' and calendars' own addresses. */
const SERVICE_LOCAL = /^(no-?reply|do-?not-?reply|notifications?|calendar(-invite)?|invites?|info|events?|reminders?|mailer(-daemon)?)$/i;
const SERVICE_DOMAIN = /(^|\.)(meetup\.com|lu\.ma|eventbrite\.[a-z.]+|calendly\.com|zoom\.us|resource\.calendar\.google\.com)$/i;
function isService(a: IcsAttendee): boolean {
  if (!a.email) return false;
  const [local = '', domain = ''] = a.email.split('@');
  return SERVICE_LOCAL.test(local) || SERVICE_DOMAIN.test(domain);
}

/**
 * What a calendar import does: events matched on their UID (or their start and name when
 * they have none), attendees matched by email, else by a name only one person has, else
 * offered. Someone who attends every event of a calendar with several is taken to be its
 * owner (the user) and neither offered nor added; invitation senders (no-reply, event sites)
 * are not people.
 */
export function planCalendar(file: string, events: IcsEvent[], problems: ContactProblem[], addAttendees: 'all' | 'none' | string[], db: Db, reader: ContactMatchReader): CalendarPlan {
  const sqlite = db.$client;
  const byExternal = sqlite.prepare(`SELECT id FROM events WHERE external_id = ? AND deleted_at IS NULL`).pluck();
  const byName = sqlite.prepare(`SELECT id FROM people WHERE sort_name = ? AND deleted_at IS NULL AND merged_into_id IS NULL LIMIT 2`).pluck();
  const liveAttendance = sqlite.prepare(`SELECT 1 FROM attendances WHERE event_id = ? AND person_id = ? AND deleted_at IS NULL`).pluck();
  const eventRow = sqlite.prepare(`SELECT starts_on, ends_on, place, link, notes FROM events WHERE id = ?`);
  /** What the file would fill in on an event already here (never what it has). */
  const fillsOf = (id: string, e: IcsEvent): Record<string, string> => {
    const row = eventRow.get(id) as Record<string, string | null>;
    const file: Record<string, string | null> = { starts_on: e.startAt ?? e.startsOn, ends_on: e.endsOn, place: e.place, link: e.link, notes: e.notes };
    return Object.fromEntries(Object.entries(file).filter(([column, value]) => value !== null && row[column] === null)) as Record<string, string>;
  };
  const warnings: ContactProblem[] = [];

  const emails = events.flatMap((e) => e.attendees.flatMap((a) => (a.email ? [{ kind: 'email', value: a.email.toLowerCase() }] : [])));
  const owners = reader.owners(emails);
  const names = new Map(reader.people([...new Set(owners.values())]).entries());

  const seenIn = new Map<string, number>();
  for (const e of events) for (const key of new Set(e.attendees.map(offerKey))) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
  // Events with nobody on them (a birthday, a block of focus time) say nothing about the owner.
  const withPeople = events.filter((e) => e.attendees.length > 0).length;
  const isOwner = (a: IcsAttendee) => withPeople >= 2 && seenIn.get(offerKey(a)) === withPeople;
  const ownerNoted = new Set<string>();

  const planned: CalendarPlan['events'] = [];
  const attendances: CalendarPlan['attendances'] = [];
  const offers = new Map<string, AttendeeOfferPlan>();
  const rows: ContactPreviewRow[] = [];
  const wanted = addAttendees === 'all' ? null : new Set((addAttendees === 'none' ? [] : addAttendees).map((k) => k.toLowerCase()));

  const byId = new Map<string, IcsEvent>();
  for (const occurrence of events) {
    const externalId = `ics:${occurrence.uid ?? `${occurrence.startAt ?? occurrence.startsOn}:${occurrence.name}`}`.slice(0, 500);
    // A moved occurrence of a repeating event (RECURRENCE-ID) has the series' UID: its people join the first one's.
    const event = byId.get(externalId) ?? occurrence;
    const again = byId.has(externalId);
    byId.set(externalId, event);
    const existingId = (byExternal.get(externalId) as string | undefined) ?? null;
    const fills = existingId && !again ? fillsOf(existingId, event) : {};
    if (!again) planned.push({ event, existingId, externalId, fills });
    const adds: string[] = [];
    let offeredHere = 0;
    for (const a of occurrence.attendees) {
      if (isService(a)) continue;
      if (isOwner(a)) {
        if (!ownerNoted.has(offerKey(a))) warnings.push({ file, line: a.line, message: `${label(a)} attends every event: taken to be you, not added` });
        ownerNoted.add(offerKey(a));
        continue;
      }
      let personId = a.email ? (owners.get(`email ${a.email.toLowerCase()}`) ?? null) : null;
      let how = 'email';
      if (!personId && a.name) {
        const found = byName.all(sortKeyForName(a.name)) as string[];
        if (found.length === 1) [personId, how] = [found[0]!, 'name'];
        else if (found.length > 1) warnings.push({ file, line: a.line, message: `${a.name}: several people have this name; offered as someone new` });
      }
      if (personId) {
        // Already there (an earlier import, or by hand): nothing to add.
        if (existingId && liveAttendance.get(existingId, personId) === 1) continue;
        attendances.push({ event, personId, offerKey: null });
        adds.push(`${names.get(personId)?.displayName ?? a.name ?? a.email} (by ${how})`);
        continue;
      }
      const key = offerKey(a);
      offeredHere++;
      const offer = offers.get(key) ?? { key, name: a.name, email: a.email, events: [] };
      offer.name ??= a.name;
      offer.events.push(event.name);
      offers.set(key, offer);
      const take = wanted === null || wanted.has(key) || (a.email !== null && wanted.has(a.email.toLowerCase())) || (a.name !== null && wanted.has(a.name.toLowerCase()));
      attendances.push({ event, personId: null, offerKey: take ? key : null });
    }
    rows.push({
      line: occurrence.source.line,
      name: occurrence.name,
      outcome: !existingId && !again ? 'new' : adds.length > 0 || offeredHere > 0 || Object.keys(fills).length > 0 ? 'update' : 'duplicate',
      person: null,
      matchedOn: existingId ? 'the same event (its UID)' : again ? 'an occurrence of the event above' : null,
      adds,
      kept: [],
      message: occurrence.recurring ? 'repeats: only the first occurrence is imported' : null,
    });
  }
  for (const p of problems) if (p.line !== null) rows.push({ line: p.line, name: '', outcome: 'invalid', person: null, matchedOn: null, adds: [], kept: [], message: p.message });
  rows.sort((a, b) => a.line - b.line);

  const done = new Set<string>();
  const taken = new Set(attendances.flatMap((a) => (a.offerKey ? [a.offerKey] : [])));
  const toCreate = [...offers.values()].filter((o) => taken.has(o.key));
  return {
    events: planned,
    toCreate,
    attendances: attendances.filter((a) => a.personId !== null || a.offerKey !== null),
    offers: [...offers.values()],
    warnings,
    problems,
    rows: rows.slice(0, 500),
    attending: (eventId, personId) => done.has(`${eventId} ${personId}`) || liveAttendance.get(eventId, personId) === 1,
    attended: (eventId, personId) => void done.add(`${eventId} ${personId}`),
  };
}
