import type { Identity } from '../../../shared/domain/identity';
import type { Person, Position } from '../../../shared/domain/person';
import type { ParsedReq } from '../../../shared/ipc/contract';
import {
  type FakeDb,
  assertIdentityFree,
  derive,
  findPerson,
  fold,
  label,
  modesOf,
  newIdentity,
  nextTime,
  page,
  refuse,
  summary,
} from './state';
import { importedPeople } from './contacts';

export interface PersonSeed {
  displayName: string;
  identities?: { kind: Identity['kind']; value: string; display?: string }[];
  notes?: string;
  circle?: Person['circle'];
  archived?: boolean;
  interests?: string[];
  tags?: string[];
  /** The current job, e.g. `{ organisation: 'Acme', title: 'CTO' }`. */
  job?: { organisation: string; title?: string; startOn?: string };
}

/** A person as the core would store it; seeds skip validation so tests can state values directly. */
export function personFrom(seed: PersonSeed, db?: FakeDb): Person {
  const id = crypto.randomUUID();
  const createdAt = nextTime();
  const person: Person = {
    id,
    displayName: seed.displayName,
    givenName: null,
    familyName: null,
    nickname: null,
    location: null,
    notes: seed.notes ?? null,
    birthday: null,
    circle: seed.circle ?? null,
    cadenceDays: null,
    hasPhoto: false,
    howWeMet: { on: null, event: null, introducedBy: null, mode: null, note: null },
    identities: (seed.identities ?? []).map((i, n) =>
      newIdentity(id, { kind: i.kind, value: i.value.toLowerCase(), display: i.display ?? i.value, primary: n === 0 }),
    ),
    positions: [],
    interests: db ? (seed.interests ?? []).map((n) => label(db.interests, n)) : [],
    tags: db ? (seed.tags ?? []).map((n) => label(db.tags, n)) : [],
    relationships: [],
    lastTouchAt: null,
    createdAt,
    updatedAt: createdAt,
    archivedAt: seed.archived ? createdAt : null,
  };
  if (db && seed.job) person.positions.push(position(db, { organisation: seed.job.organisation, title: seed.job.title ?? null, startOn: seed.job.startOn ?? null, endOn: null }));
  return person;
}

function position(db: FakeDb, input: { organisation: string; title?: string | null; startOn?: string | null; endOn?: string | null }): Position {
  return {
    id: crypto.randomUUID(),
    organisation: label(db.organisations, input.organisation),
    title: input.title ?? null,
    startOn: input.startOn ?? null,
    endOn: input.endOn ?? null,
    current: !input.endOn,
  };
}

function ownerOf(db: FakeDb, identityId: string): Person {
  return db.people.find((p) => p.identities.some((i) => i.id === identityId)) ?? refuse('NOT_FOUND', `No identity with id ${identityId}`);
}

function positionOwner(db: FakeDb, positionId: string): [Person, Position] {
  for (const p of db.people) {
    const found = p.positions.find((x) => x.id === positionId);
    if (found) return [p, found];
  }
  return refuse('NOT_FOUND', `No position with id ${positionId}`);
}

type HowWeMetInput = NonNullable<ParsedReq<'people:create'>['howWeMet']>;

function applyHowWeMet(db: FakeDb, person: Person, input: HowWeMetInput): void {
  const m = person.howWeMet;
  if (input.on !== undefined) m.on = input.on;
  if (input.mode !== undefined) m.mode = input.mode;
  if (input.note !== undefined) m.note = input.note;
  if (input.eventId !== undefined) {
    const event = input.eventId ? (db.events.find((e) => e.id === input.eventId) ?? refuse('NOT_FOUND', 'No such event')) : null;
    m.event = event ? { id: event.id, name: event.name } : null;
  }
  if (input.introducedById !== undefined) {
    const via = input.introducedById ? findPerson(db, input.introducedById) : null;
    m.introducedBy = via ? { id: via.id, name: via.displayName } : null;
  }
}

function touched(person: Person): Person {
  person.updatedAt = nextTime();
  return person;
}

export const peopleHandlers = {
  'people:create': (req: ParsedReq<'people:create'>, db: FakeDb) => {
    req.identities.forEach((i) => assertIdentityFree(db, i));
    const person = personFrom({ displayName: req.displayName, notes: req.notes ?? undefined, circle: req.circle ?? null, interests: req.interests, tags: req.tags }, db);
    Object.assign(person, {
      givenName: req.givenName ?? null,
      familyName: req.familyName ?? null,
      nickname: req.nickname ?? null,
      location: req.location ?? null,
      birthday: req.birthday ?? null,
      cadenceDays: req.cadenceDays ?? null,
    });
    person.identities = req.identities.map((i, n) => newIdentity(person.id, { ...i, primary: i.primary || n === 0 }));
    person.identities.forEach((i) => db.linkedAt.set(i.id, person.createdAt));
    if (req.position) person.positions.push(position(db, req.position));
    if (req.howWeMet) applyHowWeMet(db, person, req.howWeMet);
    db.people.push(person);
    return derive(db, person);
  },
  'people:get': (req: ParsedReq<'people:get'>, db: FakeDb) => derive(db, findPerson(db, req.id)),
  'people:update': (req: ParsedReq<'people:update'>, db: FakeDb) => {
    const person = findPerson(db, req.id);
    const { howWeMet, interests, tags, ...rest } = req.patch;
    Object.assign(person, rest);
    if (howWeMet) applyHowWeMet(db, person, howWeMet);
    if (interests) person.interests = interests.map((n) => label(db.interests, n));
    if (tags) person.tags = tags.map((n) => label(db.tags, n));
    return derive(db, touched(person));
  },
  'people:archive': (req: ParsedReq<'people:archive'>, db: FakeDb) => {
    const person = findPerson(db, req.id);
    person.archivedAt = nextTime();
    return derive(db, person);
  },
  'people:unarchive': (req: ParsedReq<'people:unarchive'>, db: FakeDb) => {
    const person = findPerson(db, req.id);
    person.archivedAt = null;
    return derive(db, person);
  },
  'people:list': (req: ParsedReq<'people:list'>, db: FakeDb) => {
    const q = fold(req.query ?? '');
    const text = (p: Person) => [
      p.displayName,
      p.notes ?? '',
      ...p.identities.flatMap((i) => [i.value, i.display]),
      ...p.positions.map((x) => x.organisation.name),
      ...p.interests.map((x) => x.name),
      ...p.tags.map((x) => x.name),
    ];
    const matches = db.people
      .map((p) => derive(db, p))
      .filter((p) => req.includeArchived || !p.archivedAt)
      .filter((p) => !q || text(p).some((t) => fold(t).includes(q)))
      .filter((p) => !req.circle || p.circle === req.circle)
      .filter((p) => !req.tagId || p.tags.some((t) => t.id === req.tagId))
      .filter((p) => !req.interestId || p.interests.some((t) => t.id === req.interestId))
      .filter((p) => !req.organisationId || p.positions.some((x) => x.organisation.id === req.organisationId))
      .filter((p) => !req.metAtEventId || db.attendance.some((a) => a.eventId === req.metAtEventId && a.personId === p.id && a.met))
      .filter((p) => !req.importId || importedPeople(db, req.importId).has(p.id))
      .filter((p) => {
        if (!req.mode) return true;
        const m = modesOf(db, p.id);
        return req.mode === 'online' ? m.online && !m.offline : req.mode === 'offline' ? m.offline && !m.online : m.online && m.offline;
      });
    const byName = (a: Person, b: Person) => fold(a.displayName).localeCompare(fold(b.displayName)) || a.id.localeCompare(b.id);
    if (req.sort === 'name') matches.sort(byName);
    if (req.sort === 'created') matches.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || byName(a, b));
    if (req.sort === 'last_touch') matches.sort((a, b) => (b.lastTouchAt ?? '').localeCompare(a.lastTouchAt ?? '') || byName(a, b));
    const result = page(matches, req.cursor, req.limit);
    return { items: result.items.map(summary), nextCursor: result.nextCursor };
  },
  'people:set-photo': (req: ParsedReq<'people:set-photo'>, db: FakeDb) => {
    const person = findPerson(db, req.id);
    if (req.photo) db.photos.set(person.id, req.photo);
    else db.photos.delete(person.id);
    return derive(db, touched(person));
  },
  'people:photo': (req: ParsedReq<'people:photo'>, db: FakeDb) => db.photos.get(findPerson(db, req.id).id) ?? null,

  'identities:add': (req: ParsedReq<'identities:add'>, db: FakeDb) => {
    const person = findPerson(db, req.personId);
    assertIdentityFree(db, req.identity);
    const identity = newIdentity(person.id, req.identity);
    if (identity.primary) person.identities.forEach((i) => i.kind === identity.kind && (i.primary = false));
    if (!person.identities.some((i) => i.kind === identity.kind)) identity.primary = true;
    person.identities.push(identity);
    db.linkedAt.set(identity.id, nextTime());
    return derive(db, touched(person));
  },
  'identities:update': (req: ParsedReq<'identities:update'>, db: FakeDb) => {
    const person = ownerOf(db, req.id);
    const identity = person.identities.find((i) => i.id === req.id)!;
    if (req.patch.label !== undefined) identity.label = req.patch.label;
    if (req.patch.xAccountId !== undefined) identity.xAccountId = req.patch.xAccountId;
    if (req.patch.primary) person.identities.forEach((i) => i.kind === identity.kind && (i.primary = i.id === identity.id));
    return derive(db, touched(person));
  },
  'identities:remove': (req: ParsedReq<'identities:remove'>, db: FakeDb) => {
    const person = ownerOf(db, req.id);
    const removed = person.identities.find((i) => i.id === req.id)!;
    person.identities = person.identities.filter((i) => i.id !== req.id);
    const next = person.identities.find((i) => i.kind === removed.kind);
    if (removed.primary && next) next.primary = true;
    return derive(db, touched(person));
  },

  'positions:add': (req: ParsedReq<'positions:add'>, db: FakeDb) => {
    const person = findPerson(db, req.personId);
    person.positions.push(position(db, req));
    return derive(db, touched(person));
  },
  'positions:update': (req: ParsedReq<'positions:update'>, db: FakeDb) => {
    const [person, job] = positionOwner(db, req.id);
    Object.assign(job, req.patch);
    job.current = !job.endOn;
    return derive(db, touched(person));
  },
  'positions:remove': (req: ParsedReq<'positions:remove'>, db: FakeDb) => {
    const [person] = positionOwner(db, req.id);
    person.positions = person.positions.filter((x) => x.id !== req.id);
    return derive(db, touched(person));
  },

  'relationships:add': (req: ParsedReq<'relationships:add'>, db: FakeDb) => {
    const person = findPerson(db, req.personId);
    findPerson(db, req.otherPersonId);
    if (db.relationships.some((r) => r.personId === req.personId && r.otherId === req.otherPersonId && r.kind === req.kind)) {
      refuse('CONFLICT', 'These two are already linked that way', { personId: req.otherPersonId });
    }
    db.relationships.push({ id: crypto.randomUUID(), personId: req.personId, otherId: req.otherPersonId, kind: req.kind, note: req.note ?? null });
    return derive(db, touched(person));
  },
  'relationships:remove': (req: ParsedReq<'relationships:remove'>, db: FakeDb) => {
    const rel = db.relationships.find((r) => r.id === req.id) ?? refuse('NOT_FOUND', 'No such relationship');
    db.relationships = db.relationships.filter((r) => r.id !== req.id);
    return derive(db, touched(findPerson(db, rel.personId)));
  },

  'interests:list': (req: ParsedReq<'interests:list'>, db: FakeDb) => labelCounts(db, 'interests', req),
  'tags:list': (req: ParsedReq<'tags:list'>, db: FakeDb) => labelCounts(db, 'tags', req),
  'organisations:list': (req: ParsedReq<'organisations:list'>, db: FakeDb) => labelCounts(db, 'organisations', req),
};

function labelCounts(db: FakeDb, kind: 'interests' | 'tags' | 'organisations', req: { query?: string; limit: number }) {
  const live = db.people.filter((p) => !p.archivedAt);
  const count = (id: string) =>
    live.filter((p) => (kind === 'organisations' ? p.positions.map((x) => x.organisation) : p[kind]).some((l) => l.id === id)).length;
  const q = fold(req.query ?? '');
  return db[kind]
    .filter((l) => !q || fold(l.name).includes(q))
    .map((l) => ({ ...l, people: count(l.id) }))
    .sort((a, b) => b.people - a.people || a.name.localeCompare(b.name))
    .slice(0, req.limit);
}
