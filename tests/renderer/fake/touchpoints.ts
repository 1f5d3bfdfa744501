import { parseQuickCapture } from '../../../shared/capture/quickCapture';
import type { Identity } from '../../../shared/domain/identity';
import type { Person } from '../../../shared/domain/person';
import { type TimelineEntry, type Touchpoint, isOnline } from '../../../shared/domain/touchpoint';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { eventHandlers } from './events';
import { peopleHandlers } from './people';
import { type FakeDb, approxToIso, derive, eventDto, findPerson, fold, label, newIdentity, nextTime, page, refuse } from './state';

function findTouchpoint(db: FakeDb, id: string): Touchpoint {
  return db.touchpoints.find((t) => t.id === id) ?? refuse('NOT_FOUND', `No touchpoint with id ${id}`, { id });
}

/** Participant and event names as they are now (a rename shows everywhere). */
function fresh(db: FakeDb, t: Touchpoint): Touchpoint {
  const participants = t.participants.map((p) => ({ id: p.id, name: findPerson(db, p.id).displayName }));
  const event = t.event ? db.events.find((e) => e.id === t.event!.id) : undefined;
  return { ...t, participants, event: event ? { id: event.id, name: event.name } : null };
}

function refs(db: FakeDb, personIds: string[]) {
  return [...new Set(personIds)].map((id) => {
    const p = findPerson(db, id);
    return { id: p.id, name: p.displayName };
  });
}

function eventRef(db: FakeDb, eventId: string | null | undefined) {
  if (!eventId) return null;
  const e = db.events.find((x) => x.id === eventId) ?? refuse('NOT_FOUND', `No event with id ${eventId}`);
  return { id: e.id, name: e.name };
}

const newestFirst = <T extends { at: string; id: string }>(a: T, b: T) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id);

function timelineOf(db: FakeDb, person: Person): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ type: 'added', id: `added-${person.id}`, at: person.createdAt }];
  for (const t of db.touchpoints) {
    if (!t.deletedAt && t.participants.some((p) => p.id === person.id)) entries.push({ type: 'touchpoint', id: t.id, at: t.at, touchpoint: fresh(db, t) });
  }
  for (const a of db.attendance) {
    if (a.personId !== person.id || !a.met) continue;
    const e = db.events.find((x) => x.id === a.eventId)!;
    entries.push({ type: 'met', id: a.id, at: e.startsOn ? approxToIso(e.startsOn) : a.createdAt, event: { id: e.id, name: e.name }, note: a.note });
  }
  for (const i of person.identities) {
    entries.push({ type: 'identity_linked', id: i.id, at: db.linkedAt.get(i.id) ?? person.createdAt, kind: i.kind, display: i.display });
  }
  for (const p of person.positions) {
    const base = { organisation: p.organisation, title: p.title };
    if (p.startOn) entries.push({ type: 'position', id: `${p.id}-start`, at: approxToIso(p.startOn), change: 'started', ...base });
    if (p.endOn) entries.push({ type: 'position', id: `${p.id}-end`, at: approxToIso(p.endOn), change: 'ended', ...base });
  }
  return entries.sort(newestFirst);
}

/** A captured identity as the person page shows it: X handles with an @. */
const shown = (c: { kind: Identity['kind']; value: string }) => ({ kind: c.kind, value: c.value, display: c.kind === 'x' ? `@${c.value}` : c.value });

function captureContext(db: FakeDb, line: string) {
  const parsed = parseQuickCapture(line);
  const live = db.people.filter((p) => !p.archivedAt);
  const byIdentity = live.filter((p) => parsed.identities.some((c) => p.identities.some((i) => i.kind === c.kind && i.value === c.value)));
  const byName = parsed.displayName ? live.filter((p) => fold(p.displayName) === fold(parsed.displayName!) && !byIdentity.includes(p)) : [];
  const event = parsed.event ? db.events.find((e) => !e.archivedAt && fold(e.name) === fold(parsed.event!)) : undefined;
  const via = parsed.introducedBy ? live.find((p) => fold(p.displayName) === fold(parsed.introducedBy!)) : undefined;
  const metOn = parsed.when === 'today' ? '2025-03-01' : parsed.when === 'yesterday' ? '2025-02-28' : parsed.when === 'last week' ? '2025-02-22' : parsed.when;
  return {
    parsed,
    people: [...byIdentity.map((p) => ({ id: p.id, name: p.displayName, reason: 'identity' as const })), ...byName.map((p) => ({ id: p.id, name: p.displayName, reason: 'name' as const }))].slice(0, 5),
    event: event ? { id: event.id, name: event.name } : null,
    introducedBy: via ? { id: via.id, name: via.displayName } : null,
    metOn,
  };
}

export const touchpointHandlers = {
  'touchpoints:create': (req: ParsedReq<'touchpoints:create'>, db: FakeDb) => {
    const now = nextTime();
    const t: Touchpoint = {
      id: crypto.randomUUID(),
      at: req.at,
      channel: req.channel,
      initiatedBy: req.initiatedBy,
      kind: req.kind,
      event: eventRef(db, req.eventId),
      note: req.note ?? null,
      participants: refs(db, req.personIds),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    db.touchpoints.push(t);
    return t;
  },
  'touchpoints:get': (req: ParsedReq<'touchpoints:get'>, db: FakeDb) => fresh(db, findTouchpoint(db, req.id)),
  'touchpoints:update': (req: ParsedReq<'touchpoints:update'>, db: FakeDb) => {
    const t = findTouchpoint(db, req.id);
    const { personIds, eventId, ...rest } = req.patch;
    Object.assign(t, rest, { updatedAt: nextTime() });
    if (personIds) t.participants = refs(db, personIds);
    if (eventId !== undefined) t.event = eventRef(db, eventId);
    return fresh(db, t);
  },
  'touchpoints:delete': (req: ParsedReq<'touchpoints:delete'>, db: FakeDb) => {
    const t = findTouchpoint(db, req.id);
    t.deletedAt = nextTime();
    return fresh(db, t);
  },
  'touchpoints:restore': (req: ParsedReq<'touchpoints:restore'>, db: FakeDb) => {
    const t = findTouchpoint(db, req.id);
    t.deletedAt = null;
    return fresh(db, t);
  },
  'touchpoints:recent': (req: ParsedReq<'touchpoints:recent'>, db: FakeDb) => {
    const all = db.touchpoints
      .filter((t) => !t.deletedAt)
      .filter((t) => !req.channels || req.channels.includes(t.channel))
      .filter((t) => !req.mode || (req.mode === 'online') === isOnline(t.channel))
      .sort(newestFirst)
      .map((t) => fresh(db, t));
    return page(all, req.cursor, req.limit);
  },
  'timeline:person': (req: ParsedReq<'timeline:person'>, db: FakeDb) => page(timelineOf(db, findPerson(db, req.personId)), req.cursor, req.limit),

  'capture:preview': (req: ParsedReq<'capture:preview'>, db: FakeDb) => captureContext(db, req.line),
  'capture:commit': (req: ParsedReq<'capture:commit'>, db: FakeDb) => {
    const { parsed, people, event, introducedBy, metOn } = captureContext(db, req.line);
    let eventRefOut = req.eventId === undefined ? event : req.eventId === null ? null : eventRef(db, req.eventId);
    let eventCreated = false;
    if (req.eventId === undefined && !eventRefOut && parsed.event) {
      const created = eventHandlers['events:create']({ name: parsed.event, kind: 'other' } as ParsedReq<'events:create'>, db);
      eventRefOut = { id: created.id, name: created.name };
      eventCreated = true;
    }
    const targetId = req.personId === undefined ? people.find((p) => p.reason === 'identity')?.id : req.personId;
    let person: Person;
    if (targetId) {
      person = findPerson(db, targetId);
      for (const c of parsed.identities) {
        if (!person.identities.some((i) => i.kind === c.kind && i.value === c.value)) {
          person.identities.push(newIdentity(person.id, shown(c)));
        }
      }
      person.interests.push(...parsed.interests.map((n) => label(db.interests, n)).filter((l) => !person.interests.some((x) => x.id === l.id)));
      person.tags.push(...parsed.tags.map((n) => label(db.tags, n)).filter((l) => !person.tags.some((x) => x.id === l.id)));
    } else {
      person = peopleHandlers['people:create'](
        {
          displayName: parsed.displayName ?? 'Someone',
          identities: parsed.identities.map(shown),
          interests: parsed.interests,
          tags: parsed.tags,
          notes: parsed.note,
          howWeMet: { eventId: eventRefOut?.id ?? null, introducedById: introducedBy?.id ?? null, on: metOn, mode: eventRefOut ? 'offline' : null },
        } as ParsedReq<'people:create'>,
        db,
      );
    }
    if (eventRefOut && !db.attendance.some((a) => a.eventId === eventRefOut!.id && a.personId === person.id)) {
      eventHandlers['attendance:add']({ eventId: eventRefOut.id, personId: person.id, met: true } as ParsedReq<'attendance:add'>, db);
    }
    return { person: derive(db, person), created: !targetId, event: eventRefOut, eventCreated };
  },

  'search:all': (req: ParsedReq<'search:all'>, db: FakeDb) => {
    const q = fold(req.query);
    if (!q) return { people: [], events: [], touchpoints: [] };
    const people = peopleHandlers['people:list']({ query: req.query, limit: req.limit, sort: 'name', includeArchived: false } as ParsedReq<'people:list'>, db).items;
    const events = db.events.filter((e) => !e.archivedAt && fold(e.name).includes(q)).slice(0, req.limit).map((e) => eventDto(db, e));
    const touchpoints = db.touchpoints
      .filter((t) => !t.deletedAt && t.note && fold(t.note).includes(q))
      .sort(newestFirst)
      .slice(0, req.limit)
      .map((t) => fresh(db, t));
    return { people, events, touchpoints };
  },
};
