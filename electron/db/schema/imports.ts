import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { textId, timestamps } from './columns';

/** History of every import, so an import can be listed and undone as a whole. */
export const imports = sqliteTable(
  'imports',
  {
    id: textId(),
    /** vcard | csv | x_archive | ical | json | seed … */
    kind: text('kind').notNull(),
    sourceName: text('source_name').notNull(),
    /** running | done | failed | undone */
    status: text('status').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    /** JSON counts: created, updated, skipped, per entity. */
    stats: text('stats'),
    error: text('error'),
    undoneAt: integer('undone_at'),
    ...timestamps,
  },
  (t) => [index('imports_started_idx').on(t.startedAt)],
);
