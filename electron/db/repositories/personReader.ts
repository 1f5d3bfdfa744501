import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Ref } from '../../../shared/domain/common';
import type { Identity } from '../../../shared/domain/identity';
import type { CircleId, MetMode, Person, Position, Relationship, RelationshipKind } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';
import { events, identities, interests, organisations, people, personInterests, personTags, positions, relationships, tags } from '../schema';
import { iso } from './mappers';

export type IdentityRow = typeof identities.$inferSelect;

export function toIdentity(row: IdentityRow): Identity {
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind as Identity['kind'],
    value: row.value,
    display: row.display,
    label: row.label,
    xAccountId: row.xAccountId,
    primary: row.isPrimary,
  };
}

/** Groups rows by a key, keeping their order. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

const via = alias(people, 'via');
const other = alias(people, 'other');

/**
 * Assembles full Person DTOs with a fixed number of queries per call, whatever the number
 * of people (one per part: people, identities, positions, interests, tags, relationships).
 */
export function createPersonReader(db: Db) {
  function base(ids: string[]) {
    return db
      .select({
        id: people.id,
        displayName: people.displayName,
        givenName: people.givenName,
        familyName: people.familyName,
        nickname: people.nickname,
        location: people.location,
        notes: people.notes,
        birthday: people.birthday,
        circleId: people.circleId,
        cadenceDays: people.cadenceDays,
        // The blob itself stays in the database: only whether there is one.
        hasPhoto: sql<number>`${people.photo} IS NOT NULL`,
        metOn: people.metOn,
        metMode: people.metMode,
        metNote: people.metNote,
        metEventId: people.metEventId,
        metEventName: events.name,
        metViaId: people.metViaPersonId,
        metViaName: via.displayName,
        lastTouchAt: people.lastTouchAt,
        createdAt: people.createdAt,
        updatedAt: people.updatedAt,
        deletedAt: people.deletedAt,
      })
      .from(people)
      .leftJoin(events, eq(events.id, people.metEventId))
      .leftJoin(via, eq(via.id, people.metViaPersonId))
      .where(inArray(people.id, ids))
      .all();
  }

  function identitiesOf(ids: string[]): IdentityRow[] {
    return db
      .select()
      .from(identities)
      .where(and(inArray(identities.personId, ids), isNull(identities.deletedAt)))
      .orderBy(desc(identities.isPrimary), asc(identities.createdAt), asc(identities.id))
      .all();
  }

  function positionsOf(ids: string[]) {
    return db
      .select({
        id: positions.id,
        personId: positions.personId,
        organisationId: organisations.id,
        organisationName: organisations.name,
        title: positions.title,
        startOn: positions.startOn,
        endOn: positions.endOn,
      })
      .from(positions)
      .innerJoin(organisations, eq(organisations.id, positions.organisationId))
      .where(and(inArray(positions.personId, ids), isNull(positions.deletedAt)))
      // Current first, then newest start (undated last), then newest recorded.
      .orderBy(sql`${positions.endOn} IS NOT NULL`, sql`${positions.startOn} IS NULL`, desc(positions.startOn), desc(positions.createdAt))
      .all();
  }

  function interestsOf(ids: string[]) {
    return db
      .select({ personId: personInterests.personId, id: interests.id, name: interests.name })
      .from(personInterests)
      .innerJoin(interests, eq(interests.id, personInterests.interestId))
      .where(inArray(personInterests.personId, ids))
      .orderBy(interests.nameKey)
      .all();
  }

  function tagsOf(ids: string[]) {
    return db
      .select({ personId: personTags.personId, id: tags.id, name: tags.name })
      .from(personTags)
      .innerJoin(tags, eq(tags.id, personTags.tagId))
      .where(inArray(personTags.personId, ids))
      .orderBy(tags.nameKey)
      .all();
  }

  /** Live relationships touching any of `ids`, in either direction, oldest first. */
  function relationshipsOf(ids: string[]) {
    return db
      .select({
        id: relationships.id,
        personId: relationships.personId,
        otherPersonId: relationships.otherPersonId,
        kind: relationships.kind,
        note: relationships.note,
        personName: people.displayName,
        otherName: other.displayName,
      })
      .from(relationships)
      .innerJoin(people, eq(people.id, relationships.personId))
      .innerJoin(other, eq(other.id, relationships.otherPersonId))
      .where(and(or(inArray(relationships.personId, ids), inArray(relationships.otherPersonId, ids)), isNull(relationships.deletedAt)))
      .orderBy(asc(relationships.createdAt), asc(relationships.id))
      .all();
  }

  /** Full people for `ids`, keyed by id; ids with no row are absent. Archived people included. */
  function many(ids: string[]): Map<string, Person> {
    const result = new Map<string, Person>();
    const unique = [...new Set(ids)];
    if (unique.length === 0) return result;
    const rows = base(unique);
    const found = rows.map((r) => r.id);
    if (found.length === 0) return result;
    const ids_ = groupBy(identitiesOf(found), (r) => r.personId);
    const jobs = groupBy(positionsOf(found), (r) => r.personId);
    const likes = groupBy(interestsOf(found), (r) => r.personId);
    const labels = groupBy(tagsOf(found), (r) => r.personId);
    const links = relationshipsOf(found);
    const wanted = new Set(found);
    const related = new Map<string, Relationship[]>();
    const relate = (personId: string, rel: Relationship) => {
      if (!wanted.has(personId)) return;
      const list = related.get(personId);
      if (list) list.push(rel);
      else related.set(personId, [rel]);
    };
    for (const l of links) {
      const kind = l.kind as RelationshipKind;
      relate(l.personId, { id: l.id, kind, other: { id: l.otherPersonId, name: l.otherName }, direction: 'outgoing', note: l.note });
      relate(l.otherPersonId, { id: l.id, kind, other: { id: l.personId, name: l.personName }, direction: 'incoming', note: l.note });
    }
    const ref = (r: { id: string; name: string }): Ref => ({ id: r.id, name: r.name });
    for (const row of rows) {
      const jobsOf: Position[] = (jobs.get(row.id) ?? []).map((p) => ({
        id: p.id,
        organisation: { id: p.organisationId, name: p.organisationName },
        title: p.title,
        startOn: p.startOn,
        endOn: p.endOn,
        current: p.endOn === null,
      }));
      result.set(row.id, {
        id: row.id,
        displayName: row.displayName,
        givenName: row.givenName,
        familyName: row.familyName,
        nickname: row.nickname,
        location: row.location,
        notes: row.notes,
        birthday: row.birthday,
        circle: row.circleId as CircleId | null,
        cadenceDays: row.cadenceDays,
        hasPhoto: Boolean(row.hasPhoto),
        howWeMet: {
          on: row.metOn,
          event: row.metEventId !== null && row.metEventName !== null ? { id: row.metEventId, name: row.metEventName } : null,
          introducedBy: row.metViaId !== null && row.metViaName !== null ? { id: row.metViaId, name: row.metViaName } : null,
          mode: row.metMode as MetMode | null,
          note: row.metNote,
        },
        identities: (ids_.get(row.id) ?? []).map(toIdentity),
        positions: jobsOf,
        interests: (likes.get(row.id) ?? []).map(ref),
        tags: (labels.get(row.id) ?? []).map(ref),
        relationships: related.get(row.id) ?? [],
        lastTouchAt: iso(row.lastTouchAt),
        createdAt: iso(row.createdAt),
        updatedAt: iso(row.updatedAt),
        archivedAt: iso(row.deletedAt),
      });
    }
    return result;
  }

  return {
    many,
    /** One person with everything on their page; archived people included. NOT_FOUND otherwise. */
    get(id: string): Person {
      const person = many([id]).get(id);
      if (!person) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
      return person;
    },
  };
}

export type PersonReader = ReturnType<typeof createPersonReader>;
