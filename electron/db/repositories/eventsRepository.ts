import { type SQL, and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Event, EventCreate, EventKind, EventUpdate, EventsListQuery } from '../../../shared/domain/event';
import type { Page, Ref } from '../../../shared/domain/common';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';
import { events } from '../schema';
import { iso } from './mappers';
import { containsEveryWord, registerFoldText, sameFoldedName } from './nameMatch';

type EventRow = typeof events.$inferSelect;
type EventCreateParsed = z.output<typeof EventCreate>;
type EventUpdateParsed = z.output<typeof EventUpdate>;
type EventsListQueryParsed = z.output<typeof EventsListQuery>;

interface Counts {
  attendees: number;
  met: number;
  pending: number;
}
const NO_COUNTS: Counts = { attendees: 0, met: 0, pending: 0 };

/** The sort key of a start: a calendar date counts from midnight UTC, a date-time from its instant. */
export function startAtOf(startsOn: string | null | undefined): number | null {
  if (startsOn === null || startsOn === undefined) return null;
  return startsOn.length === 10 ? Date.parse(`${startsOn}T00:00:00Z`) : Date.parse(startsOn);
}

function toEvent(row: EventRow, counts: Counts): Event {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as EventKind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    place: row.place,
    link: row.link,
    notes: row.notes,
    attendees: counts.attendees,
    met: counts.met,
    pendingFollowUps: counts.pending,
    followUpDays: row.followUpDays,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    archivedAt: iso(row.deletedAt),
  };
}

function assertEndAfterStart(startsOn: string | null, endsOn: string | null): void {
  // A date end after a timed start ends on that day in the start's own zone: compare the calendar days.
  const dayOnly = (endsOn?.length === 10 || startsOn?.length === 10) && startsOn !== null && endsOn !== null;
  const start = dayOnly ? startAtOf(startsOn.slice(0, 10)) : startAtOf(startsOn);
  const end = dayOnly ? startAtOf(endsOn.slice(0, 10)) : startAtOf(endsOn);
  if (start !== null && end !== null && end < start) {
    throw new AppError('INVALID_INPUT', `the event cannot end (${endsOn}) before it starts (${startsOn})`, { startsOn, endsOn });
  }
}

export function createEventsRepository(db: Db) {
  registerFoldText(db.$client);

  function requireRow(id: string): EventRow {
    const row = db.select().from(events).where(eq(events.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No event with id ${id}`, { eventId: id });
    return row;
  }

  /**
   * Attendance figures for a set of events in one grouped query (never one per event).
   * Archived people are left out, as they are from the attendee list.
   */
  function countsFor(ids: string[]): Map<string, Counts> {
    if (ids.length === 0) return new Map();
    const rows = db.all<{ event_id: string; attendees: number; met: number; pending: number }>(sql`
      SELECT a.event_id, count(*) AS attendees, coalesce(sum(a.met), 0) AS met,
        coalesce(sum(a.met AND a.follow_up = 'pending'), 0) AS pending
      FROM attendances a JOIN people p ON p.id = a.person_id
      WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL AND a.event_id IN ${ids}
      GROUP BY a.event_id`);
    return new Map(rows.map((r) => [r.event_id, { attendees: r.attendees, met: r.met, pending: r.pending }]));
  }

  function hydrate(rows: EventRow[]): Event[] {
    const counts = countsFor(rows.map((r) => r.id));
    return rows.map((r) => toEvent(r, counts.get(r.id) ?? NO_COUNTS));
  }

  return {
    requireRow,

    /** One event (archived too) with its attendance counts; NOT_FOUND otherwise. */
    get(id: string): Event {
      return hydrate([requireRow(id)])[0]!;
    },

    /** Creates an event; its start (date or date-time) also becomes the sort key. */
    create(input: EventCreateParsed, now: number): Event {
      const startsOn = input.startsOn ?? null;
      const endsOn = input.endsOn ?? null;
      assertEndAfterStart(startsOn, endsOn);
      const id = uuidv7();
      db.insert(events)
        .values({
          id,
          name: input.name,
          kind: input.kind ?? 'other',
          startsOn,
          endsOn,
          startAt: startAtOf(startsOn),
          place: input.place ?? null,
          link: input.link ?? null,
          notes: input.notes ?? null,
          followUpDays: input.followUpDays ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return this.get(id);
    },

    /** Changes only the fields present. */
    update({ id, patch }: EventUpdateParsed, now: number): Event {
      const row = requireRow(id);
      const changes: Partial<typeof events.$inferInsert> = { updatedAt: now };
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.kind !== undefined) changes.kind = patch.kind;
      if (patch.followUpDays !== undefined) changes.followUpDays = patch.followUpDays;
      for (const key of ['place', 'link', 'notes', 'endsOn'] as const) {
        if (patch[key] !== undefined) changes[key] = patch[key];
      }
      if (patch.startsOn !== undefined) {
        changes.startsOn = patch.startsOn;
        changes.startAt = startAtOf(patch.startsOn);
      }
      assertEndAfterStart(changes.startsOn !== undefined ? changes.startsOn : row.startsOn, changes.endsOn !== undefined ? changes.endsOn : row.endsOn);
      db.update(events).set(changes).where(eq(events.id, id)).run();
      return this.get(id);
    },

    /** Archives (soft-deletes) or restores an event; idempotent. Attendance and touchpoints stay. */
    setArchived(id: string, archived: boolean, now: number): Event {
      const row = requireRow(id);
      if ((row.deletedAt !== null) !== archived) {
        db.update(events).set({ deletedAt: archived ? now : null, updatedAt: now }).where(eq(events.id, id)).run();
      }
      return this.get(id);
    },

    /**
     * Events, newest start first, then undated ones (newest id first), keyset-paged on
     * (start_at, id). Two index-ordered reads instead of one sort over every event.
     */
    list(query: EventsListQueryParsed): Page<Event> {
      const base: SQL[] = [];
      if (!query.includeArchived) base.push(isNull(events.deletedAt));
      if (query.query !== undefined && query.query.trim() !== '') {
        const match = containsEveryWord(sql`${events.name}`, query.query);
        if (match) base.push(match);
      }
      let key: readonly (string | number | null)[] | null = null;
      if (query.cursor !== undefined) {
        key = decodeCursor(query.cursor, 2);
        if (!key || (key[0] !== null && typeof key[0] !== 'number') || typeof key[1] !== 'string') {
          throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
        }
      }
      const want = query.limit + 1;
      let rows: EventRow[] = [];
      if (key === null || key[0] !== null) {
        const after = key === null ? [] : [sql`(${events.startAt}, ${events.id}) < (${key[0]}, ${key[1]})`];
        rows = db
          .select()
          .from(events)
          .where(and(...base, isNotNull(events.startAt), ...after))
          .orderBy(desc(events.startAt), desc(events.id))
          .limit(want)
          .all();
      }
      if (rows.length < want) {
        const after = key !== null && key[0] === null ? [sql`${events.id} < ${key[1]}`] : [];
        rows = rows.concat(
          db
            .select()
            .from(events)
            .where(and(...base, isNull(events.startAt), ...after))
            .orderBy(desc(events.id))
            .limit(want - rows.length)
            .all(),
        );
      }
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor = rows.length > query.limit && last ? encodeCursor([last.startAt, last.id]) : null;
      return { items: hydrate(page), nextCursor };
    },

    /** Live events whose folded name contains every word of `query`, newest start first (search). */
    search(query: string, limit: number): Event[] {
      const match = containsEveryWord(sql`${events.name}`, query);
      if (!match) return [];
      const rows = db
        .select()
        .from(events)
        .where(and(isNull(events.deletedAt), match))
        .orderBy(sql`${events.startAt} IS NULL`, desc(events.startAt), desc(events.id))
        .limit(limit)
        .all();
      return hydrate(rows);
    },

    /** The live event with exactly this name (case- and accent-insensitive), newest start first; null if none. */
    findByName(name: string): (Ref & { startsOn: string | null }) | null {
      const row = db
        .select({ id: events.id, name: events.name, startsOn: events.startsOn })
        .from(events)
        .where(and(isNull(events.deletedAt), sameFoldedName(sql`${events.name}`, name)))
        .orderBy(sql`${events.startAt} IS NULL`, desc(events.startAt), desc(events.id))
        .limit(1)
        .get();
      return row ?? null;
    },

    /** Name references for ids (any state); unknown ids are missing from the map. */
    refs(ids: string[]): Map<string, Ref> {
      if (ids.length === 0) return new Map();
      const rows = db.select({ id: events.id, name: events.name }).from(events).where(inArray(events.id, ids)).all();
      return new Map(rows.map((r) => [r.id, r]));
    },
  };
}

export type EventsRepository = ReturnType<typeof createEventsRepository>;
