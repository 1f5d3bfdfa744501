import type { BackupInfo } from '../../../shared/domain/app';
import type { Ref } from '../../../shared/domain/common';
import type { Attendance, Event } from '../../../shared/domain/event';
import type { Identity } from '../../../shared/domain/identity';
import type { Person, PersonSummary, Relationship, RelationshipKind } from '../../../shared/domain/person';
import { type Touchpoint, isOnline } from '../../../shared/domain/touchpoint';
import { type IpcError, fail } from '../../../shared/ipc/result';

/** The fake core's tables: what the real one keeps in SQLite, kept here in arrays. */
export interface FakeDb {
  people: Person[];
  events: Omit<Event, 'attendees' | 'met' | 'pendingFollowUps'>[];
  attendance: Attendance[];
  touchpoints: Touchpoint[];
  interests: Ref[];
  tags: Ref[];
  organisations: Ref[];
  relationships: { id: string; personId: string; otherId: string; kind: RelationshipKind; note: string | null }[];
  photos: Map<string, { mime: 'image/jpeg' | 'image/png' | 'image/webp'; base64: string }>;
  /** When each identity was linked, for the "identity linked" timeline entries. */
  linkedAt: Map<string, string>;
  backups: BackupInfo[];
}

export function emptyDb(): FakeDb {
  return {
    people: [],
    events: [],
    attendance: [],
    touchpoints: [],
    interests: [],
    tags: [],
    organisations: [],
    relationships: [],
    photos: new Map(),
    linkedAt: new Map(),
    backups: [],
  };
}

let clock = Date.parse('2025-03-01T09:00:00Z');
/** A strictly increasing clock, so created/updated times order like the real core's. */
export const nextTime = () => new Date((clock += 60_000)).toISOString();

export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Throws the envelope the bridge returns as is (the way the real dispatcher answers). */
export function refuse(code: IpcError['code'], message: string, details?: unknown): never {
  throw fail(code, message, details);
}

/** Offsets are fine as opaque cursors for the fake; the renderer never looks inside them. */
export function page<T>(all: T[], cursor: string | undefined, limit: number): { items: T[]; nextCursor: string | null } {
  const start = cursor ? Number(cursor) : 0;
  const items = all.slice(start, start + limit);
  const end = start + items.length;
  return { items, nextCursor: end < all.length ? String(end) : null };
}

/** `2024`, `2024-05` or `2024-05-17` as the first instant it can mean. */
export function approxToIso(on: string): string {
  const [y, m = '01', d = '01'] = on.split('T')[0]!.split('-');
  return on.includes('T') ? new Date(on).toISOString() : `${y}-${m}-${d}T00:00:00.000Z`;
}

export function findPerson(db: FakeDb, id: string): Person {
  return db.people.find((p) => p.id === id) ?? refuse('NOT_FOUND', `No person with id ${id}`, { id });
}

export function label(list: Ref[], name: string): Ref {
  const found = list.find((l) => fold(l.name) === fold(name));
  if (found) return found;
  const created = { id: crypto.randomUUID(), name: name.trim() };
  list.push(created);
  return created;
}

/** Brings the derived parts of a person up to date: relationships, last touch, names of refs. */
export function derive(db: FakeDb, person: Person): Person {
  const rels: Relationship[] = [];
  for (const r of db.relationships) {
    if (r.personId !== person.id && r.otherId !== person.id) continue;
    const outgoing = r.personId === person.id;
    const other = findPerson(db, outgoing ? r.otherId : r.personId);
    rels.push({ id: r.id, kind: r.kind, other: { id: other.id, name: other.displayName }, direction: outgoing ? 'outgoing' : 'incoming', note: r.note });
  }
  person.relationships = rels;
  const touches = db.touchpoints.filter((t) => !t.deletedAt && t.participants.some((x) => x.id === person.id)).map((t) => t.at);
  person.lastTouchAt = touches.sort().at(-1) ?? null;
  person.hasPhoto = db.photos.has(person.id);
  person.positions.sort((a, b) => Number(b.current) - Number(a.current) || (b.startOn ?? '').localeCompare(a.startOn ?? ''));
  return person;
}

function headline(p: Person): string | null {
  const job = p.positions.find((x) => x.current);
  if (job) return job.title ? `${job.title} at ${job.organisation.name}` : job.organisation.name;
  return [...p.identities].sort((a, b) => Number(b.primary) - Number(a.primary))[0]?.display ?? null;
}

export function summary(p: Person): PersonSummary {
  return { id: p.id, displayName: p.displayName, circle: p.circle, headline: headline(p), lastTouchAt: p.lastTouchAt, createdAt: p.createdAt, archivedAt: p.archivedAt };
}

export function eventDto(db: FakeDb, e: FakeDb['events'][number]): Event {
  const here = db.attendance.filter((a) => a.eventId === e.id);
  return {
    ...e,
    attendees: here.length,
    met: here.filter((a) => a.met).length,
    pendingFollowUps: here.filter((a) => a.met && a.followUp === 'pending').length,
  };
}

/** Which worlds a person has been met in so far: touchpoints by channel, and events met at. */
export function modesOf(db: FakeDb, personId: string): { online: boolean; offline: boolean } {
  const mine = db.touchpoints.filter((t) => !t.deletedAt && t.participants.some((x) => x.id === personId));
  const metAtEvent = db.attendance.some((a) => a.personId === personId && a.met);
  return { online: mine.some((t) => isOnline(t.channel)), offline: metAtEvent || mine.some((t) => !isOnline(t.channel)) };
}

export function newIdentity(personId: string, input: { kind: Identity['kind']; value: string; display: string; label?: string | null; xAccountId?: string | null; primary?: boolean }): Identity {
  return {
    id: crypto.randomUUID(),
    personId,
    kind: input.kind,
    value: input.value,
    display: input.display,
    label: input.label ?? null,
    xAccountId: input.xAccountId ?? null,
    primary: input.primary ?? false,
  };
}

/** CONFLICT in the real core's words and details, so the UI's link to the owner can be tested. */
export function assertIdentityFree(db: FakeDb, input: { kind: string; value: string; display: string }): void {
  const owner = db.people.find((p) => p.identities.some((i) => i.kind === input.kind && i.value === input.value));
  if (owner) {
    refuse('CONFLICT', `${input.display} already belongs to ${owner.displayName}`, {
      kind: input.kind,
      value: input.value,
      personId: owner.id,
      personName: owner.displayName,
    });
  }
}
