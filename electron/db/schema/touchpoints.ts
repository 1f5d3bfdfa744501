import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps } from './columns';
import { events } from './events';
import { imports } from './imports';
import { people } from './people';

/** One interaction, online or offline. */
export const touchpoints = sqliteTable(
  'touchpoints',
  {
    // Stable integer rowid for the notes full-text index (see people.seq).
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    at: integer('at').notNull(),
    /** in_person | call | video | email | text | x_dm | x_mention | linkedin | letter | other */
    channel: text('channel').notNull(),
    /** me | them */
    initiatedBy: text('initiated_by').notNull(),
    /** conversation | question | compliment | help_given | help_received | intro_made | intro_received | thanks | gift | share | connected */
    kind: text('kind').notNull(),
    eventId: text('event_id').references(() => events.id),
    note: text('note'),
    /** Source key that makes re-imports idempotent, e.g. `x:dm:123`. */
    externalId: text('external_id'),
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('touchpoints_at_idx').on(t.at, t.id).where(sql`deleted_at IS NULL`),
    index('touchpoints_event_idx').on(t.eventId),
    index('touchpoints_import_idx').on(t.importId),
    // The few deleted touchpoints: counting a person's live touchpoints from the participants
    // index alone, minus these, needs no lookup of every touchpoint row.
    index('touchpoints_deleted_idx').on(t.id).where(sql`deleted_at IS NOT NULL`),
    // Favours given and received (reciprocity), a few percent of all touchpoints.
    index('touchpoints_favours_idx')
      .on(t.at)
      .where(sql`deleted_at IS NULL AND kind IN ('help_given', 'help_received', 'intro_made', 'intro_received', 'compliment', 'gift')`),
    uniqueIndex('touchpoints_external_uq').on(t.externalId).where(sql`external_id IS NOT NULL`),
  ],
);

/** Many people per touchpoint; `at` is copied here so a person's timeline is one index range. */
export const touchpointParticipants = sqliteTable(
  'touchpoint_participants',
  {
    touchpointId: text('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    at: integer('at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.touchpointId, t.personId] }),
    index('participants_person_at_idx').on(t.personId, t.at, t.touchpointId),
  ],
);
