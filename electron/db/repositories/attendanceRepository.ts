import { and, eq, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Page } from '../../../shared/domain/common';
import type { Attendance, AttendanceAdd, AttendanceUpdate, AttendeesQuery, FollowUpState } from '../../../shared/domain/event';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';
import { attendances, events, people } from '../schema';
import { iso } from './mappers';

type AttendanceRow = typeof attendances.$inferSelect;
type AttendanceAddParsed = z.output<typeof AttendanceAdd>;
type AttendanceUpdateParsed = z.output<typeof AttendanceUpdate>;
type AttendeesQueryParsed = z.output<typeof AttendeesQuery>;

const columns = {
  id: attendances.id,
  eventId: attendances.eventId,
  personId: attendances.personId,
  met: attendances.met,
  followUp: attendances.followUp,
  note: attendances.note,
  createdAt: attendances.createdAt,
  displayName: people.displayName,
  sortName: people.sortName,
};
interface Joined {
  id: string;
  eventId: string;
  personId: string;
  met: boolean;
  followUp: string;
  note: string | null;
  createdAt: number;
  displayName: string;
  sortName: string;
}

function toAttendance(row: Joined): Attendance {
  return {
    id: row.id,
    eventId: row.eventId,
    personId: row.personId,
    displayName: row.displayName,
    met: row.met,
    followUp: row.followUp as FollowUpState,
    note: row.note,
    createdAt: iso(row.createdAt),
  };
}

/** People at events: whether the user met them there and the follow-up state. Soft-deleted rows are history. */
export function createAttendanceRepository(db: Db) {
  function requireLive(id: string): AttendanceRow {
    const row = db.select().from(attendances).where(and(eq(attendances.id, id), isNull(attendances.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', `No attendance with id ${id}`, { id });
    return row;
  }

  function requireEvent(id: string): void {
    if (!db.select({ id: events.id }).from(events).where(eq(events.id, id)).get()) {
      throw new AppError('NOT_FOUND', `No event with id ${id}`, { eventId: id });
    }
  }

  function requirePerson(id: string): { displayName: string } {
    const row = db.select({ displayName: people.displayName }).from(people).where(eq(people.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No person with id ${id}`, { personId: id });
    return row;
  }

  function get(id: string): Attendance {
    const row = db.select(columns).from(attendances).innerJoin(people, eq(people.id, attendances.personId)).where(eq(attendances.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No attendance with id ${id}`, { id });
    return toAttendance(row);
  }

  /** The person's live attendance at the event, if any. */
  function find(eventId: string, personId: string): AttendanceRow | undefined {
    return db
      .select()
      .from(attendances)
      .where(and(eq(attendances.eventId, eventId), eq(attendances.personId, personId), isNull(attendances.deletedAt)))
      .get();
  }

  return {
    get,
    find,

    /** Puts a person at an event (met by default, follow-up pending); NOT_FOUND for either id, CONFLICT if already there. */
    add(input: AttendanceAddParsed, now: number): Attendance {
      requireEvent(input.eventId);
      const person = requirePerson(input.personId);
      if (find(input.eventId, input.personId)) {
        throw new AppError('CONFLICT', `${person.displayName} is already at this event`, { eventId: input.eventId, personId: input.personId });
      }
      const id = uuidv7();
      db.insert(attendances)
        .values({
          id,
          eventId: input.eventId,
          personId: input.personId,
          met: input.met,
          followUp: input.followUp,
          note: input.note ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return get(id);
    },

    /** Changes met, follow-up state or note. */
    update({ id, patch }: AttendanceUpdateParsed, now: number): Attendance {
      requireLive(id);
      const changes: Partial<typeof attendances.$inferInsert> = { updatedAt: now };
      if (patch.met !== undefined) changes.met = patch.met;
      if (patch.followUp !== undefined) changes.followUp = patch.followUp;
      if (patch.note !== undefined) changes.note = patch.note;
      db.update(attendances).set(changes).where(eq(attendances.id, id)).run();
      return get(id);
    },

    /** Takes a person off an event (soft: the row stays as history). */
    remove(id: string, now: number): { id: string; eventId: string; personId: string } {
      const row = requireLive(id);
      db.update(attendances).set({ deletedAt: now, updatedAt: now }).where(eq(attendances.id, id)).run();
      return { id, eventId: row.eventId, personId: row.personId };
    },

    /**
     * Who is at an event, by accent-folded name then id, keyset-paged; optionally one
     * follow-up state. Archived people are left out. NOT_FOUND for an unknown event.
     */
    attendees(query: AttendeesQueryParsed): Page<Attendance> {
      requireEvent(query.eventId);
      const filters = [eq(attendances.eventId, query.eventId), isNull(attendances.deletedAt), isNull(people.deletedAt)];
      if (query.followUp !== undefined) filters.push(eq(attendances.followUp, query.followUp));
      if (query.cursor !== undefined) {
        const key = decodeCursor(query.cursor, 2);
        if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string') {
          throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
        }
        filters.push(sql`(${people.sortName}, ${attendances.id}) > (${key[0]}, ${key[1]})`);
      }
      const rows = db
        .select(columns)
        .from(attendances)
        .innerJoin(people, eq(people.id, attendances.personId))
        .where(and(...filters))
        .orderBy(people.sortName, attendances.id)
        .limit(query.limit + 1)
        .all();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return { items: page.map(toAttendance), nextCursor: rows.length > query.limit && last ? encodeCursor([last.sortName, last.id]) : null };
    },
  };
}

export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
