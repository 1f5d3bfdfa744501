import type Database from 'better-sqlite3';
import { foldText } from '../../shared/util/text';
import type { Sqlite } from './client';

export const PERSON_SEARCH_COLUMNS = ['name', 'identities', 'organisations', 'interests', 'tags', 'notes'] as const;
const COLS = PERSON_SEARCH_COLUMNS.join(', ');

/** A search document as indexed: every column folded the way queries are. */
export function foldDocument(row: (string | number | null)[]): (string | number | null)[] {
  return row.map((value, i) => (i === 0 || value === null ? value : foldText(String(value))));
}

/**
 * The flush of one queue of rows the triggers marked dirty: statements prepared once per
 * connection, nothing done while the queue is empty, else `rebuild` (which returns how many
 * documents it wrote) and the queue emptied, in one transaction.
 */
function queueFlush<S>(queue: string, prepare: (sqlite: Sqlite) => S, rebuild: (statements: S) => number): (sqlite: Sqlite) => number {
  const prepared = new WeakMap<Sqlite, { anyDirty: Database.Statement; clear: Database.Statement; own: S }>();
  return (sqlite) => {
    let s = prepared.get(sqlite);
    if (!s) {
      s = { anyDirty: sqlite.prepare(`SELECT 1 FROM ${queue} LIMIT 1`).pluck(), clear: sqlite.prepare(`DELETE FROM ${queue}`), own: prepare(sqlite) };
      prepared.set(sqlite, s);
    }
    const q = s;
    if (!q.anyDirty.get()) return 0;
    return sqlite.transaction(() => {
      const n = rebuild(q.own);
      q.clear.run();
      return n;
    })();
  };
}

/**
 * Rebuilds the search documents of every person the triggers queued, in one transaction.
 * Called before each search and at the end of bulk jobs, so a search always sees every
 * committed write while imports pay for one rebuild per person, not one per row they touch.
 * Returns how many documents were rebuilt.
 */
export const flushPersonSearch = queueFlush(
  'person_search_dirty',
  (sqlite) => ({
    drop: sqlite.prepare(`DELETE FROM person_search WHERE rowid IN (SELECT seq FROM person_search_dirty)`),
    sources: sqlite.prepare(`SELECT seq, ${COLS} FROM person_search_source WHERE seq IN (SELECT seq FROM person_search_dirty)`).raw(),
    insert: sqlite.prepare(`INSERT INTO person_search(rowid, ${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)`),
  }),
  (q) => {
    q.drop.run();
    let n = 0;
    // .all(), not .iterate(): better-sqlite3 refuses other statements while an iterator is open.
    for (const row of q.sources.all() as (string | number | null)[][]) {
      q.insert.run(...foldDocument(row));
      n++;
    }
    return n;
  },
);

/**
 * Indexes the notes of every touchpoint the triggers queued, in one transaction; called
 * before each note search and at the end of bulk jobs. Returns how many were indexed.
 */
export const flushTouchpointSearch = queueFlush(
  'touchpoint_search_dirty',
  (sqlite) =>
    sqlite.prepare(`INSERT INTO touchpoint_search(rowid, note)
      SELECT t.seq, t.note FROM touchpoint_search_dirty d JOIN touchpoints t ON t.seq = d.seq WHERE t.note IS NOT NULL`),
  (index) => index.run().changes,
);
