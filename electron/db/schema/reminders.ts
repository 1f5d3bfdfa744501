import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, textId, timestamps } from './columns';
import { events } from './events';
import { people } from './people';

/** Something to do about a person at a time. */
export const reminders = sqliteTable(
  'reminders',
  {
    id: textId(),
    personId: text('person_id').references(() => people.id),
    eventId: text('event_id').references(() => events.id),
    /** one_off | recurring | birthday | anniversary | event_follow_up (cadence reminders are derived, not stored) */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    note: text('note'),
    dueAt: integer('due_at').notNull(),
    /** When it next asks for attention: `snoozed_until` while snoozed, else `due_at`. Kept by the repository. */
    nextAt: integer('next_at').notNull().default(0),
    /** The RFC 5545 RRULE of a recurring reminder (the column kept its first name). */
    rrule: text('repeat'),
    /** Local wall-clock start of the series (`YYYY-MM-DDTHH:MM:SS`, no zone): recurrences keep the hour across DST. */
    seriesStart: text('series_start'),
    /** Birthday and anniversary: `YYYY-MM-DD` or `--MM-DD`. */
    dateOn: text('date_on'),
    allDay: integer('all_day', { mode: 'boolean' }).notNull().default(false),
    /** open | snoozed | done | dismissed */
    status: text('status').notNull().default('open'),
    snoozedUntil: integer('snoozed_until'),
    doneAt: integer('done_at'),
    dismissedAt: integer('dismissed_at'),
    /** When a notification last went out for it; a snooze clears it so it notifies again. */
    notifiedAt: integer('notified_at'),
    /** The occurrence whose completion created this one (undo removes it again). */
    previousId: text('previous_id'),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('reminders_open_idx').on(t.nextAt, t.id).where(sql`status IN ('open', 'snoozed') AND deleted_at IS NULL`),
    index('reminders_person_idx').on(t.personId),
    index('reminders_event_idx').on(t.eventId),
  ],
);

/** What notifications said, so they can be read later: the in-app inbox and missed summaries. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: textId(),
    /** due | missed | digest */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** JSON array of reminder ids. */
    reminderIds: text('reminder_ids').notNull(),
    personId: text('person_id').references(() => people.id),
    at: integer('at').notNull(),
    readAt: integer('read_at'),
  },
  (t) => [index('notifications_at_idx').on(t.at), index('notifications_person_idx').on(t.personId)],
);
