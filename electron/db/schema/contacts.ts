import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { imports } from './imports';
import { people } from './people';

/**
 * The people a contacts import created or updated, so "from the last import" can list them
 * and the import report can be re-read. A person updated by two imports has a row for each.
 */
export const importPeople = sqliteTable(
  'import_people',
  {
    importId: text('import_id')
      .notNull()
      .references(() => imports.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** created | updated */
    outcome: text('outcome').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.personId] }), index('import_people_person_idx').on(t.personId)],
);

/**
 * What an undoable change did to rows that existed before it (a contacts import filling a
 * field or adding a tag, a merge moving identities and touchpoints): one row per step, with
 * the values before, replayed newest first to undo. `batch_id` is the import or merge id.
 */
export const changeJournal = sqliteTable(
  'change_journal',
  {
    seq: integer('seq').primaryKey(),
    batchId: text('batch_id').notNull(),
    /** What was done, e.g. person.fill, label.attach, identity.move, participant.move. */
    action: text('action').notNull(),
    targetId: text('target_id').notNull(),
    /** JSON: what undoing needs (the values before). */
    data: text('data'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('change_journal_batch_idx').on(t.batchId, t.seq)],
);

/** Two people merged into one; the other is kept (marked merged) so the merge can be undone. */
export const merges = sqliteTable(
  'merges',
  {
    id: text('id').primaryKey(),
    survivorId: text('survivor_id')
      .notNull()
      .references(() => people.id),
    mergedId: text('merged_id')
      .notNull()
      .references(() => people.id),
    /** JSON counts of what moved. */
    stats: text('stats'),
    createdAt: integer('created_at').notNull(),
    undoneAt: integer('undone_at'),
  },
  (t) => [index('merges_survivor_idx').on(t.survivorId), index('merges_merged_idx').on(t.mergedId)],
);

/** "Not the same person": a pair never suggested as duplicates again (stored with person_a < person_b). */
export const duplicateRejections = sqliteTable(
  'duplicate_rejections',
  {
    personA: text('person_a').notNull(),
    personB: text('person_b').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personA, t.personB] })],
);

/**
 * A contact's own id in the file it came from (a vCard UID, a LinkedIn member URN), so the same
 * contact imported again is known even without an email or phone. Key: `<format>:<id>`.
 */
export const contactSources = sqliteTable(
  'contact_sources',
  {
    key: text('key').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    importId: text('import_id').references(() => imports.id),
  },
  (t) => [index('contact_sources_person_idx').on(t.personId), index('contact_sources_import_idx').on(t.importId)],
);
