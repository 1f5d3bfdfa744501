import { ONLINE_CHANNELS } from '../../../shared/domain/touchpoint';
import type { Db } from '../client';
import { prepareTouchpointStatements } from './touchpointStatements';

/** The people columns a merge may pick from either side (MERGE_FIELDS), by field. */
export const FIELD_COLUMNS = {
  displayName: ['display_name'],
  givenName: ['given_name'],
  familyName: ['family_name'],
  nickname: ['nickname'],
  location: ['location'],
  birthday: ['birthday'],
  notes: ['notes'],
  circle: ['circle_id'],
  cadenceDays: ['cadence_days'],
  howWeMet: ['met_on', 'met_event_id', 'met_via_person_id', 'met_mode', 'met_note'],
  photo: ['photo', 'photo_mime'],
} as const;

/** Every column a merge writes on a person and its undo may write back; nothing else is ever named in SQL from a journal. */
const PERSON_COLUMNS = [...Object.values(FIELD_COLUMNS).flat(), 'sort_name', 'deleted_at', 'merged_into_id'] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];
export type ColumnValue = string | number | Buffer | null;

export interface MergePersonRow {
  id: string;
  deletedAt: number | null;
  mergedIntoId: string | null;
  columns: Record<PersonColumn, ColumnValue>;
}

export interface MergeRow {
  seq: number;
  id: string;
  survivorId: string;
  mergedId: string;
  createdAt: number;
  undoneAt: number | null;
}

const online = ONLINE_CHANNELS.map((c) => `'${c}'`).join(', ');
/** People rows as a merge reads and writes them, the merges history, and people's figures. */
export function createMergeRepository(db: Db) {
  const sqlite = db.$client;
  const touchpointStatements = prepareTouchpointStatements(db);
  const q = {
    person: sqlite.prepare(`SELECT id, ${PERSON_COLUMNS.join(', ')} FROM people WHERE id = ?`),
    insert: sqlite.prepare(`INSERT INTO merges (id, survivor_id, merged_id, stats, created_at) VALUES (?, ?, ?, ?, ?)`),
    merge: sqlite.prepare(
      `SELECT rowid AS seq, id, survivor_id AS survivorId, merged_id AS mergedId, created_at AS createdAt, undone_at AS undoneAt FROM merges WHERE id = ?`,
    ),
    // rowid is the order merges were made in, whatever clock (--now) each ran with.
    newerInPlace: sqlite.prepare(
      `SELECT id FROM merges WHERE rowid > ? AND undone_at IS NULL AND (survivor_id IN (?, ?) OR merged_id IN (?, ?)) ORDER BY rowid DESC LIMIT 1`,
    ),
    undone: sqlite.prepare(`UPDATE merges SET undone_at = ? WHERE id = ?`),
    // The counters the touchpoint repository keeps incrementally, counted afresh from live
    // touchpoints in one pass over the person's rows (a heavy person has tens of thousands).
    tally: sqlite.prepare(
      `SELECT coalesce(sum(t.channel IN (${online})), 0) AS online, coalesce(sum(t.channel NOT IN (${online})), 0) AS offline,
         coalesce(sum(t.initiated_by = 'them'), 0) AS them
       FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id WHERE tp.person_id = ? AND t.deleted_at IS NULL`,
    ),
    counts: sqlite.prepare(`UPDATE people SET online_touches = @online, offline_touches = @offline, touches_by_them = @them WHERE id = @id`),
    // Label moves are updates, which the search triggers do not watch (only inserts and deletes).
    searchDirty: sqlite.prepare(`INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id IN (SELECT value FROM json_each(?))`),
  };
  const updates = new Map<string, ReturnType<typeof sqlite.prepare>>();

  return {
    /** A person's mergeable columns and state, any person (archived and merged included); undefined if unknown. */
    person(id: string): MergePersonRow | undefined {
      const row = q.person.get(id) as (Record<PersonColumn, ColumnValue> & { id: string }) | undefined;
      if (!row) return undefined;
      return { id: row.id, deletedAt: row.deleted_at as number | null, mergedIntoId: row.merged_into_id as string | null, columns: row };
    },

    /** Sets the given columns (only ones in PERSON_COLUMNS) and updated_at. */
    setColumns(id: string, columns: Partial<Record<PersonColumn, ColumnValue>>, now: number): void {
      const names = Object.keys(columns).filter((c): c is PersonColumn => (PERSON_COLUMNS as readonly string[]).includes(c)).sort();
      const key = names.join(',');
      let statement = updates.get(key);
      if (!statement) {
        statement = sqlite.prepare(`UPDATE people SET ${[...names.map((c) => `${c} = @${c}`), 'updated_at = @now'].join(', ')} WHERE id = @id`);
        updates.set(key, statement);
      }
      statement.run({ ...Object.fromEntries(names.map((c) => [c, columns[c] ?? null])), now, id });
    },

    insertMerge(id: string, survivorId: string, mergedId: string, stats: unknown, now: number): void {
      q.insert.run(id, survivorId, mergedId, JSON.stringify(stats), now);
    },

    merge(id: string): MergeRow | undefined {
      return q.merge.get(id) as MergeRow | undefined;
    },

    /** The newest merge after `merge` that involves either of its people and is not undone, if any. */
    newerInPlace(merge: MergeRow): string | undefined {
      const ids = [merge.survivorId, merge.mergedId];
      return (q.newerInPlace.get(merge.seq, ...ids, ...ids) as { id: string } | undefined)?.id;
    },

    markUndone(id: string, now: number): void {
      q.undone.run(now, id);
    },

    /** Recounts people's touch figures (last touch, online, offline, by them) from their live touchpoints. */
    recomputeFigures(personIds: string[]): void {
      for (const id of personIds) q.counts.run({ ...(q.tally.get(id) as { online: number; offline: number; them: number }), id });
      touchpointStatements.recomputeLastTouch.run({ ids: JSON.stringify(personIds) });
    },

    /** Queues people for a search-document rebuild (see searchIndex.ts). */
    queueSearch(personIds: string[]): void {
      q.searchDirty.run(JSON.stringify(personIds));
    },
  };
}

export type MergeRepository = ReturnType<typeof createMergeRepository>;
