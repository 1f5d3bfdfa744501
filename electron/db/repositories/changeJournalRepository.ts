import type { Db } from '../client';

export interface JournalEntry {
  seq: number;
  action: string;
  targetId: string;
  data: Record<string, unknown> | null;
}

/**
 * The undo log of changes made to rows that existed before a batch (an import filling an empty
 * field, a merge moving a touchpoint): each step with what undoing it needs. Rows a batch
 * created carry its id instead (import_id) and are removed by it, not journalled.
 */
export function createChangeJournalRepository(db: Db) {
  const sqlite = db.$client;
  const q = {
    insert: sqlite.prepare(`INSERT INTO change_journal (batch_id, action, target_id, data, created_at) VALUES (?, ?, ?, ?, ?)`),
    entries: sqlite.prepare(`SELECT seq, action, target_id AS targetId, data FROM change_journal WHERE batch_id = ? ORDER BY seq DESC`),
    clear: sqlite.prepare(`DELETE FROM change_journal WHERE batch_id = ?`),
  };
  return {
    /** Call inside the batch's transaction. */
    record(batchId: string, action: string, targetId: string, data: Record<string, unknown> | null, now: number): void {
      q.insert.run(batchId, action, targetId, data === null ? null : JSON.stringify(data), now);
    },
    /** The batch's steps, newest first (the order to undo them in). */
    entries(batchId: string): JournalEntry[] {
      return (q.entries.all(batchId) as { seq: number; action: string; targetId: string; data: string | null }[]).map((row) => ({
        ...row,
        data: row.data === null ? null : (JSON.parse(row.data) as Record<string, unknown>),
      }));
    },
    /** Forgets a batch's steps once it has been undone. */
    clear(batchId: string): void {
      q.clear.run(batchId);
    },
  };
}

export type ChangeJournalRepository = ReturnType<typeof createChangeJournalRepository>;
