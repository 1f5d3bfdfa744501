import type { Attendance } from '../../../shared/domain/event';
import type { Person } from '../../../shared/domain/person';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { peopleHandlers } from './people';
import { type FakeDb, assertIdentityFree, derive, eventDto, findPerson, fold, label, newIdentity, nextTime, page, refuse } from './state';

function findEvent(db: FakeDb, id: string) {
  return db.events.find((e) => e.id === id) ?? refuse('NOT_FOUND', `No event with id ${id}`, { id });
}

function findAttendance(db: FakeDb, id: string): Attendance {
  return db.attendance.find((a) => a.id === id) ?? refuse('NOT_FOUND', `No attendance with id ${id}`, { id });
}

function attend(db: FakeDb, eventId: string, personId: string, met: boolean, note: string | null): Attendance {
  const person = findPerson(db, personId);
  const attendance: Attendance = {
    id: crypto.randomUUID(),
    eventId,
    personId,
    displayName: person.displayName,
    met,
    followUp: 'pending',
    note,
    createdAt: nextTime(),
  };
  db.attendance.push(attendance);
  return attendance;
}

export const eventHandlers = {
  'events:create': (req: ParsedReq<'events:create'>, db: FakeDb) => {
    const at = nextTime();
    const event = {
      id: crypto.randomUUID(),
      name: req.name,
      kind: req.kind ?? 'other',
      startsOn: req.startsOn ?? null,
      endsOn: req.endsOn ?? null,
      place: req.place ?? null,
      link: req.link ?? null,
      notes: req.notes ?? null,
      followUpDays: req.followUpDays ?? null,
      createdAt: at,
      updatedAt: at,
      archivedAt: null,
    };
    db.events.push(event);
    return eventDto(db, event);
  },
  'events:get': (req: ParsedReq<'events:get'>, db: FakeDb) => eventDto(db, findEvent(db, req.id)),
  'events:update': (req: ParsedReq<'events:update'>, db: FakeDb) => {
    const event = findEvent(db, req.id);
    Object.assign(event, req.patch, { updatedAt: nextTime() });
    return eventDto(db, event);
  },
  'events:archive': (req: ParsedReq<'events:archive'>, db: FakeDb) => {
    const event = findEvent(db, req.id);
    event.archivedAt = nextTime();
    return eventDto(db, event);
  },
  'events:unarchive': (req: ParsedReq<'events:unarchive'>, db: FakeDb) => {
    const event = findEvent(db, req.id);
    event.archivedAt = null;
    return eventDto(db, event);
  },
  'events:list': (req: ParsedReq<'events:list'>, db: FakeDb) => {
    const q = fold(req.query ?? '');
    const all = db.events
      .filter((e) => req.includeArchived || !e.archivedAt)
      .filter((e) => !q || fold(e.name).includes(q))
      .sort((a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? '') || b.createdAt.localeCompare(a.createdAt))
      .map((e) => eventDto(db, e));
    return page(all, req.cursor, req.limit);
  },
  'events:attendees': (req: ParsedReq<'events:attendees'>, db: FakeDb) => {
    findEvent(db, req.eventId);
    const all = db.attendance
      .filter((a) => a.eventId === req.eventId && (!req.followUp || a.followUp === req.followUp))
      .map((a) => ({ ...a, displayName: findPerson(db, a.personId).displayName }))
      .sort((a, b) => fold(a.displayName).localeCompare(fold(b.displayName)));
    return page(all, req.cursor, req.limit);
  },
  'events:capture': (req: ParsedReq<'events:capture'>, db: FakeDb) => {
    const event = findEvent(db, req.eventId);
    const hook = req.hook?.trim() || null;
    let person: Person;
    if (req.personId) {
      person = findPerson(db, req.personId);
      for (const input of req.identities) {
        if (person.identities.some((i) => i.kind === input.kind && i.value === input.value)) continue;
        assertIdentityFree(db, input);
        person.identities.push(newIdentity(person.id, { ...input, primary: !person.identities.some((i) => i.kind === input.kind) }));
      }
      const interests = req.interests.map((n) => label(db.interests, n)).filter((l) => !person.interests.some((x) => x.id === l.id));
      person.interests.push(...interests);
    } else {
      person = peopleHandlers['people:create'](
        {
          displayName: req.displayName!,
          identities: req.identities,
          interests: req.interests,
          howWeMet: { eventId: event.id, on: event.startsOn?.slice(0, 10) ?? null, mode: 'offline', note: hook },
        } as ParsedReq<'people:create'>,
        db,
      );
    }
    let attendance = db.attendance.find((a) => a.eventId === event.id && a.personId === person.id);
    if (attendance) Object.assign(attendance, { met: true, note: hook ?? attendance.note });
    else attendance = attend(db, event.id, person.id, true, hook);
    return { person: derive(db, person), attendance, created: !req.personId };
  },

  'attendance:add': (req: ParsedReq<'attendance:add'>, db: FakeDb) => {
    findEvent(db, req.eventId);
    if (db.attendance.some((a) => a.eventId === req.eventId && a.personId === req.personId)) {
      refuse('CONFLICT', `${findPerson(db, req.personId).displayName} is already at this event`, { eventId: req.eventId, personId: req.personId });
    }
    return attend(db, req.eventId, req.personId, req.met, req.note ?? null);
  },
  'attendance:update': (req: ParsedReq<'attendance:update'>, db: FakeDb) => {
    const attendance = findAttendance(db, req.id);
    Object.assign(attendance, req.patch);
    return attendance;
  },
  'attendance:remove': (req: ParsedReq<'attendance:remove'>, db: FakeDb) => {
    findAttendance(db, req.id);
    db.attendance = db.attendance.filter((a) => a.id !== req.id);
    return { id: req.id };
  },
};
