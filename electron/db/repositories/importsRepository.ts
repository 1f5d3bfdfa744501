import { uuidv7 } from 'uuidv7';
import type { Page } from '../../../shared/domain/common';
import type { ImportRecord } from '../../../shared/domain/xArchive';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';

interface ImportRow {
  id: string;
  kind: string;
  source_name: string;
  status: string;
  started_at: number;
  finished_at: number | null;
  stats: string | null;
  undone_at: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toRecord(row: ImportRow): ImportRecord {
  let stats: Record<string, unknown> | null;
  try {
    stats = row.stats ? (JSON.parse(row.stats) as Record<string, unknown>) : null;
  } catch {
    stats = null;
  }
  return {
    id: row.id,
    kind: row.kind,
    sourceName: row.source_name,
    status: row.status as ImportRecord['status'],
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: iso(row.finished_at),
    stats,
    undoneAt: iso(row.undone_at),
  };
}

/** The import history: one row per import, so an import can be listed and undone as a whole. */
export function createImportsRepository(db: Db) {
  const sqlite = db.$client;
  const q = {
    insert: sqlite.prepare(`INSERT INTO imports (id, kind, source_name, status, started_at, created_at, updated_at) VALUES (?, ?, ?, 'running', ?, ?, ?)`),
    finish: sqlite.prepare(`UPDATE imports SET status = 'done', finished_at = ?, stats = ?, updated_at = ? WHERE id = ?`),
    undone: sqlite.prepare(`UPDATE imports SET status = 'undone', undone_at = ?, updated_at = ? WHERE id = ?`),
    get: sqlite.prepare(`SELECT * FROM imports WHERE id = ?`),
    newestDone: sqlite.prepare(`SELECT id FROM imports WHERE kind = ? AND status = 'done' ORDER BY started_at DESC, id DESC LIMIT 1`),
    page: sqlite.prepare(`SELECT * FROM imports WHERE kind <> 'seed' AND (@hasKey = 0 OR (started_at, id) < (@k0, @k1))
      ORDER BY started_at DESC, id DESC LIMIT @limit`),
  };

  function get(id: string): ImportRecord {
    const row = q.get.get(id) as ImportRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `No import with id ${id}`, { id });
    return toRecord(row);
  }

  return {
    get,
    /** Starts an import (call inside the import's transaction, so a failed one leaves no row). */
    start(kind: string, sourceName: string, now: number): string {
      const id = uuidv7();
      q.insert.run(id, kind, sourceName.slice(0, 500), now, now, now);
      return id;
    },
    finish(id: string, stats: Record<string, unknown>, now: number): void {
      q.finish.run(now, JSON.stringify(stats), now, id);
    },
    /** The newest import of a kind that has not been undone, if any. */
    newestDone: (kind: string) => (q.newestDone.get(kind) as { id: string } | undefined)?.id ?? null,
    markUndone(id: string, now: number): ImportRecord {
      q.undone.run(now, now, id);
      return get(id);
    },
    list(query: { limit: number; cursor?: string | undefined }): Page<ImportRecord> {
      const key = query.cursor ? decodeCursor(query.cursor, 2) : null;
      if (query.cursor && !key) throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
      const rows = q.page.all({ hasKey: key ? 1 : 0, k0: key?.[0] ?? 0, k1: key?.[1] ?? '', limit: query.limit + 1 }) as ImportRow[];
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return { items: page.map(toRecord), nextCursor: rows.length > query.limit && last ? encodeCursor([last.started_at, last.id]) : null };
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
