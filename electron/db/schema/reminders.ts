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
    /** one_off | recurring | birthday | event_follow_up | cadence */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    note: text('note'),
    dueAt: integer('due_at').notNull(),
    /** Repeat interval for recurring reminders, e.g. `P1M` (ISO-8601 duration). */
    repeat: text('repeat'),
    snoozedUntil: integer('snoozed_until'),
    doneAt: integer('done_at'),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('reminders_due_idx').on(t.dueAt).where(sql`done_at IS NULL AND deleted_at IS NULL`),
    index('reminders_person_idx').on(t.personId),
  ],
);
