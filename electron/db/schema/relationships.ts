import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, textId, timestamps } from './columns';
import { people } from './people';

/** A directed link between two people: introduced_by | colleague | friend | family | partner. */
export const relationships = sqliteTable(
  'relationships',
  {
    id: textId(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    otherPersonId: text('other_person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind').notNull(),
    note: text('note'),
    ...timestamps,
    ...softDelete,
  },
  (t) => [index('relationships_person_idx').on(t.personId), index('relationships_other_idx').on(t.otherPersonId)],
);
