import { foldText } from '../../shared/util/text';
import type { Sqlite } from './client';

export const PERSON_SEARCH_COLUMNS = ['name', 'identities', 'organisations', 'interests', 'tags', 'notes'] as const;
const COLS = PERSON_SEARCH_COLUMNS.join(', ');

/** A search document as indexed: every column folded the way queries are. */
export function foldDocument(row: (string | number | null)[]): (string | number | null)[] {
  return row.map((value, i) => (i === 0 || value === null ? value : foldText(String(value))));
}

const statements = new WeakMap<Sqlite, ReturnType<typeof prepare>>();

function prepare(sqlite: Sqlite) {
  return {
    anyDirty: sqlite.prepare(`SELECT 1 FROM person_search_dirty LIMIT 1`).pluck(),
    drop: sqlite.prepare(`DELETE FROM person_search WHERE rowid IN (SELECT seq FROM person_search_dirty)`),
    sources: sqlite.prepare(`SELECT seq, ${COLS} FROM person_search_source WHERE seq IN (SELECT seq FROM person_search_dirty)`).raw(),
    insert: sqlite.prepare(`INSERT INTO person_search(rowid, ${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    clear: sqlite.prepare(`DELETE FROM person_search_dirty`),
  };
}

/**
 * Rebuilds the search documents of every person the triggers queued, in one transaction.
 * Called before each search and at the end of bulk jobs, so a search always sees every
 * committed write while imports pay for one rebuild per person, not one per row they touch.
 * Returns how many documents were rebuilt.
 */
export function flushPersonSearch(sqlite: Sqlite): number {
  let s = statements.get(sqlite);
  if (!s) statements.set(sqlite, (s = prepare(sqlite)));
  const q = s;
  if (!q.anyDirty.get()) return 0;
  return sqlite.transaction(() => {
    q.drop.run();
    let n = 0;
    // .all(), not .iterate(): better-sqlite3 refuses other statements while an iterator is open.
    for (const row of q.sources.all() as (string | number | null)[][]) {
      q.insert.run(...foldDocument(row));
      n++;
    }
    q.clear.run();
    return n;
  })();
}

const touchpointStatements = new WeakMap<Sqlite, ReturnType<typeof prepareTouchpoints>>();

function prepareTouchpoints(sqlite: Sqlite) {
  return {
    anyDirty: sqlite.prepare(`SELECT 1 FROM touchpoint_search_dirty LIMIT 1`).pluck(),
    index: sqlite.prepare(`INSERT INTO touchpoint_search(rowid, note)
      SELECT t.seq, t.note FROM touchpoint_search_dirty d JOIN touchpoints t ON t.seq = d.seq WHERE t.note IS NOT NULL`),
    clear: sqlite.prepare(`DELETE FROM touchpoint_search_dirty`),
  };
}

/**
 * Indexes the notes of every touchpoint the triggers queued, in one transaction; called
 * before each note search and at the end of bulk jobs. Returns how many were indexed.
 */
export function flushTouchpointSearch(sqlite: Sqlite): number {
  let s = touchpointStatements.get(sqlite);
  if (!s) touchpointStatements.set(sqlite, (s = prepareTouchpoints(sqlite)));
  const q = s;
  if (!q.anyDirty.get()) return 0;
  return sqlite.transaction(() => {
    const indexed = q.index.run().changes;
    q.clear.run();
    return indexed;
  })();
}
