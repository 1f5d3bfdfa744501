import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps } from './columns';
import { events } from './events';
import { imports } from './imports';
import { circles } from './taxonomy';

export const people = sqliteTable(
  'people',
  {
    // An explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM, which the
    // full-text index relies on; the text id is what every other table and the contract use.
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** Accent-folded lower-case name: the people list's sort key. */
    sortName: text('sort_name').notNull(),
    givenName: text('given_name'),
    familyName: text('family_name'),
    nickname: text('nickname'),
    photo: blob('photo', { mode: 'buffer' }),
    photoMime: text('photo_mime'),
    location: text('location'),
    notes: text('notes'),
    /** `YYYY-MM-DD` or `--MM-DD` when the year is unknown. */
    birthday: text('birthday'),
    circleId: text('circle_id').references(() => circles.id),
    /** Overrides the circle's cadence for this person. */
    cadenceDays: integer('cadence_days'),
    /** How we met: an exact or approximate date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
    metOn: text('met_on'),
    metEventId: text('met_event_id').references((): AnySQLiteColumn => events.id),
    metViaPersonId: text('met_via_person_id').references((): AnySQLiteColumn => people.id),
    /** online | offline */
    metMode: text('met_mode'),
    metNote: text('met_note'),
    /** Denormalised newest touchpoint time, kept by the touchpoint repository; drives cadences and sorting. */
    lastTouchAt: integer('last_touch_at'),
    /** Live touchpoints by kind of channel, kept by the touchpoint repository: the online/offline filter. */
    onlineTouches: integer('online_touches').notNull().default(0),
    offlineTouches: integer('offline_touches').notNull().default(0),
    /** Live touchpoints they started, kept by the touchpoint repository: two-way ties and the prune view. */
    touchesByThem: integer('touches_by_them').notNull().default(0),
    /** `cadence_days`, else the circle's: kept by triggers (migration 0003) so the due-time index needs no join. */
    effectiveCadenceDays: integer('effective_cadence_days'),
    /** The reconnect list leaves them out until then ("snooze" or "not now"). */
    reconnectHiddenUntil: integer('reconnect_hidden_until'),
    /** The user chose to keep them: the prune view no longer suggests them. */
    pruneKeptAt: integer('prune_kept_at'),
    importId: text('import_id').references(() => imports.id),
    /** Merged into this person (and archived): hidden from every list, kept so the merge can be undone. */
    mergedIntoId: text('merged_into_id'),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('people_sort_name_idx').on(t.sortName, t.id).where(sql`deleted_at IS NULL`),
    index('people_created_idx').on(t.createdAt, t.id).where(sql`deleted_at IS NULL`),
    index('people_last_touch_idx').on(t.lastTouchAt, t.id).where(sql`deleted_at IS NULL`),
    index('people_import_idx').on(t.importId),
    // Who a person introduced and who was merged into them: undoing an import or deleting a person checks both.
    index('people_met_via_idx').on(t.metViaPersonId).where(sql`met_via_person_id IS NOT NULL`),
    index('people_merged_into_idx').on(t.mergedIntoId).where(sql`merged_into_id IS NOT NULL`),
    // People by circle, by name: the circle filter and the people count per circle.
    index('people_circle_idx').on(t.circleId, t.sortName, t.id).where(sql`deleted_at IS NULL`),
    // When each person with a cadence is next due: the reconnect list reads the most overdue first.
    index('people_cadence_due_idx')
      .on(sql`coalesce(${t.lastTouchAt}, ${t.createdAt}) + ${t.effectiveCadenceDays} * 86400000`)
      .where(sql`deleted_at IS NULL AND effective_cadence_days IS NOT NULL`),
    // Birthdays by month and day (`MM-DD`), whatever the year form.
    index('people_birthday_idx').on(sql`substr(${t.birthday}, -5)`).where(sql`deleted_at IS NULL AND birthday IS NOT NULL`),
    // Rich ties without a cadence that went quiet: the dormant-tie candidates.
    index('people_quiet_ties_idx')
      .on(t.lastTouchAt)
      .where(sql`deleted_at IS NULL AND effective_cadence_days IS NULL AND touches_by_them >= 3 AND online_touches + offline_touches - touches_by_them >= 3`),
  ],
);
