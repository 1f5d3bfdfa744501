import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { softDelete, textId, timestamps } from './columns';
import { imports } from './imports';
import { people } from './people';

/** One way to reach or recognise a person: email, phone, X account, LinkedIn, … */
export const identities = sqliteTable(
  'identities',
  {
    id: textId(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind').notNull(),
    /** Normalised comparison key (lower-case handle, canonical URL path, digits of a phone). */
    value: text('value').notNull(),
    display: text('display').notNull(),
    /** Stable numeric X account id; handles change, this does not. */
    xAccountId: text('x_account_id'),
    label: text('label'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    // The same identity cannot belong to two people.
    uniqueIndex('identities_kind_value_uq').on(t.kind, t.value).where(sql`deleted_at IS NULL`),
    uniqueIndex('identities_x_account_uq').on(t.xAccountId).where(sql`x_account_id IS NOT NULL AND deleted_at IS NULL`),
    index('identities_person_idx').on(t.personId),
    index('identities_import_idx').on(t.importId),
  ],
);
