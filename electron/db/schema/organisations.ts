import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { softDelete, textId, timestamps } from './columns';
import { imports } from './imports';
import { people } from './people';

export const organisations = sqliteTable(
  'organisations',
  {
    id: textId(),
    name: text('name').notNull(),
    /** Folded name for matching "ACME Inc" to "Acme Inc". */
    nameKey: text('name_key').notNull(),
    website: text('website'),
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
    ...softDelete,
  },
  (t) => [uniqueIndex('organisations_name_key_uq').on(t.nameKey).where(sql`deleted_at IS NULL`)],
);

/** A dated job at an organisation; the one without an end date is current. */
export const positions = sqliteTable(
  'positions',
  {
    id: textId(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title'),
    /** Approximate dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    startOn: text('start_on'),
    endOn: text('end_on'),
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
    ...softDelete,
  },
  (t) => [index('positions_person_idx').on(t.personId), index('positions_organisation_idx').on(t.organisationId)],
);
