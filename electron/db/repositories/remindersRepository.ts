import { type SQL, and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Page, Ref } from '../../../shared/domain/common';
import type { Reminder, ReminderKind, ReminderStatus, ReminderTiming } from '../../../shared/domain/reminder';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';
import { events, people, reminders } from '../schema';
import { iso } from './mappers';

export type ReminderRow = typeof reminders.$inferSelect;
export type ReminderInsert = Omit<typeof reminders.$inferInsert, 'id' | 'nextAt' | 'createdAt' | 'updatedAt'>;

/** What a reminder's timing is judged against: the clock and the start/end of the user's local day. */
export interface ReminderView {
  now: number;
  dayStart: number;
  dayEnd: number;
}

export type ListStatus = 'open' | 'due' | 'snoozed' | 'done' | 'dismissed' | 'all';

const nextAtOf = (row: { status?: string | null; snoozedUntil?: number | null; dueAt: number }) =>
  row.status === 'snoozed' && row.snoozedUntil != null ? row.snoozedUntil : row.dueAt;

function timingOf(nextAt: number, view: ReminderView): ReminderTiming {
  if (nextAt < view.dayStart) return 'overdue';
  return nextAt < view.dayEnd ? 'today' : 'upcoming';
}

function toReminder(row: ReminderRow, person: Ref | null, event: Ref | null, view: ReminderView): Reminder {
  return {
    id: row.id,
    kind: row.kind as ReminderKind,
    title: row.title,
    note: row.note,
    person,
    event,
    dueAt: iso(row.dueAt),
    allDay: row.allDay,
    rrule: row.rrule,
    date: row.dateOn,
    status: row.status as ReminderStatus,
    snoozedUntil: iso(row.snoozedUntil),
    doneAt: iso(row.doneAt),
    dismissedAt: iso(row.dismissedAt),
    nextAt: iso(row.nextAt),
    timing: timingOf(row.nextAt, view),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/**
 * Stored reminders. `next_at` (snooze end while snoozed, else due time) is kept on every
 * write, so lists of open reminders are one range of reminders_open_idx.
 */
export function createRemindersRepository(db: Db) {
  function select(where: SQL | undefined) {
    return db
      .select({ r: reminders, personName: people.displayName, eventName: events.name })
      .from(reminders)
      .leftJoin(people, eq(people.id, reminders.personId))
      .leftJoin(events, eq(events.id, reminders.eventId))
      .where(where);
  }

  type Joined = { r: ReminderRow; personName: string | null; eventName: string | null };
  const hydrate = (rows: Joined[], view: ReminderView) =>
    rows.map(({ r, personName, eventName }) =>
      toReminder(
        r,
        r.personId && personName !== null ? { id: r.personId, name: personName } : null,
        r.eventId && eventName !== null ? { id: r.eventId, name: eventName } : null,
        view,
      ),
    );

  function requireRow(id: string): ReminderRow {
    const row = db.select().from(reminders).where(and(eq(reminders.id, id), isNull(reminders.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', `No reminder with id ${id}`, { id });
    return row;
  }

  return {
    requireRow,

    get(id: string, view: ReminderView): Reminder {
      requireRow(id);
      return hydrate(select(eq(reminders.id, id)).all(), view)[0]!;
    },

    insert(values: ReminderInsert, now: number): string {
      const id = uuidv7();
      db.insert(reminders)
        .values({ ...values, id, nextAt: nextAtOf(values), createdAt: now, updatedAt: now })
        .run();
      return id;
    },

    /** Writes the changes and recomputes next_at from the resulting row. */
    patch(id: string, changes: Partial<ReminderInsert> & { deletedAt?: number | null }, now: number): void {
      const row = { ...requireRow(id), ...changes };
      db.update(reminders)
        .set({ ...changes, nextAt: nextAtOf(row), updatedAt: now })
        .where(eq(reminders.id, id))
        .run();
    },

    /**
     * A page of reminders. Open, due and snoozed ones come soonest first; done, dismissed and
     * all come latest first. Keyset-paged on (next_at, id).
     */
    list(query: { status: ListStatus; personId?: string; limit: number; cursor?: string }, view: ReminderView): Page<Reminder> {
      const filters: SQL[] = [isNull(reminders.deletedAt)];
      const ascending = ['open', 'due', 'snoozed'].includes(query.status);
      if (query.status === 'open' || query.status === 'due') filters.push(inArray(reminders.status, ['open', 'snoozed']));
      else if (query.status !== 'all') filters.push(eq(reminders.status, query.status));
      if (query.status === 'due') filters.push(sql`${reminders.nextAt} <= ${view.now}`);
      if (query.personId) filters.push(eq(reminders.personId, query.personId));
      if (query.cursor !== undefined) {
        const key = decodeCursor(query.cursor, 2);
        if (!key || typeof key[0] !== 'number' || typeof key[1] !== 'string') {
          throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
        }
        filters.push(ascending ? sql`(${reminders.nextAt}, ${reminders.id}) > (${key[0]}, ${key[1]})` : sql`(${reminders.nextAt}, ${reminders.id}) < (${key[0]}, ${key[1]})`);
      }
      const order = ascending ? [asc(reminders.nextAt), asc(reminders.id)] : [desc(reminders.nextAt), desc(reminders.id)];
      const rows = select(and(...filters))
        .orderBy(...order)
        .limit(query.limit + 1)
        .all();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1)?.r;
      return { items: hydrate(page, view), nextCursor: rows.length > query.limit && last ? encodeCursor([last.nextAt, last.id]) : null };
    },

    /** Open or snoozed reminders asking for attention before `until`, soonest first. */
    openBefore(until: number, limit: number, view: ReminderView): Reminder[] {
      const rows = select(and(inArray(reminders.status, ['open', 'snoozed']), isNull(reminders.deletedAt), sql`${reminders.nextAt} < ${until}`))
        .orderBy(asc(reminders.nextAt), asc(reminders.id))
        .limit(limit)
        .all();
      return hydrate(rows, view);
    },

    /** Open reminders due by `now` that have not been notified since they fell due (snoozing clears the mark). */
    unnotifiedDue(now: number, limit: number) {
      return db
        .select({ id: reminders.id, title: reminders.title, personId: reminders.personId, personName: people.displayName, nextAt: reminders.nextAt })
        .from(reminders)
        .leftJoin(people, eq(people.id, reminders.personId))
        .where(
          and(
            inArray(reminders.status, ['open', 'snoozed']),
            isNull(reminders.deletedAt),
            sql`${reminders.nextAt} <= ${now}`,
            sql`(${reminders.notifiedAt} IS NULL OR ${reminders.notifiedAt} < ${reminders.nextAt})`,
          ),
        )
        .orderBy(asc(reminders.nextAt), asc(reminders.id))
        .limit(limit)
        .all();
    },

    markNotified(ids: string[], now: number): void {
      if (ids.length > 0) db.update(reminders).set({ notifiedAt: now }).where(inArray(reminders.id, ids)).run();
    },

    /** Open reminders of a kind about one person (and event, if given). */
    openFor(kind: ReminderKind, personId: string, eventId?: string): ReminderRow[] {
      const filters = [eq(reminders.kind, kind), eq(reminders.personId, personId), inArray(reminders.status, ['open', 'snoozed']), isNull(reminders.deletedAt)];
      if (eventId) filters.push(eq(reminders.eventId, eventId));
      return db.select().from(reminders).where(and(...filters)).all();
    },

    /** Open (or snoozed) all-day reminders: they follow the zone and morning hour. */
    openAllDay(): { id: string; dueAt: number }[] {
      return db
        .select({ id: reminders.id, dueAt: reminders.dueAt })
        .from(reminders)
        .where(and(eq(reminders.allDay, true), inArray(reminders.status, ['open', 'snoozed']), isNull(reminders.deletedAt)))
        .all();
    },

    /** The occurrence created by completing `id`, if any. */
    successorOf(id: string): ReminderRow | undefined {
      return db
        .select()
        .from(reminders)
        .where(and(eq(reminders.previousId, id), isNull(reminders.deletedAt)))
        .get();
    },
  };
}

export type RemindersRepository = ReturnType<typeof createRemindersRepository>;
