import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, textId, timestamps } from './columns';
import { people } from './people';

/** Tiers with a keep-in-touch rhythm; seeded with inner, close, network, keep warm, dormant. */
export const circles = sqliteTable('circles', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  cadenceDays: integer('cadence_days').notNull(),
  position: integer('position').notNull(),
  ...timestamps,
});

export const tags = sqliteTable('tags', {
  id: textId(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull().unique(),
  ...timestamps,
  ...softDelete,
});

/** Structured interests shared across people ("college football", "Burn Notice"). */
export const interests = sqliteTable('interests', {
  id: textId(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull().unique(),
  ...timestamps,
  ...softDelete,
});

export const personTags = sqliteTable(
  'person_tags',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    tagId: text('tag_id')
      .notNull()
      .references(() => tags.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.tagId] }), index('person_tags_tag_idx').on(t.tagId)],
);

export const personInterests = sqliteTable(
  'person_interests',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    interestId: text('interest_id')
      .notNull()
      .references(() => interests.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.interestId] }), index('person_interests_interest_idx').on(t.interestId)],
);
