import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { softDelete, textId, timestamps } from './columns';
import { imports } from './imports';
import { people } from './people';

/** A gathering where people were met: conference, dinner, party, meetup, call, online space. */
export const events = sqliteTable(
  'events',
  {
    id: textId(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** `YYYY-MM-DD` for all-day events or an ISO date-time. */
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    /** Sort key derived from `startsOn` (epoch ms). */
    startAt: integer('start_at'),
    place: text('place'),
    link: text('link'),
    notes: text('notes'),
    /** Days after meeting someone here that a follow-up reminder falls due: null uses the setting, 0 turns them off. */
    followUpDays: integer('follow_up_days'),
    externalId: text('external_id'),
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('events_start_idx').on(t.startAt, t.id).where(sql`deleted_at IS NULL`),
    uniqueIndex('events_external_uq').on(t.externalId).where(sql`external_id IS NOT NULL AND deleted_at IS NULL`),
  ],
);

/** A person at an event, whether the user met them, and the follow-up state. */
export const attendances = sqliteTable(
  'attendances',
  {
    id: textId(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    met: integer('met', { mode: 'boolean' }).notNull().default(true),
    /** pending | done | not_needed */
    followUp: text('follow_up').notNull().default('pending'),
    note: text('note'),
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    uniqueIndex('attendances_event_person_uq').on(t.eventId, t.personId).where(sql`deleted_at IS NULL`),
    index('attendances_person_idx').on(t.personId),
    index('attendances_follow_up_idx').on(t.followUp, t.eventId).where(sql`deleted_at IS NULL`),
  ],
);
