import type { Sqlite } from '../../db/client';
import { writeFileAtomically } from '../export/atomicFile';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportMeta {
  app: string;
  version: string;
  schemaVersion: string;
  exportedAt: string;
}

export interface ExportSummary {
  path: string;
  entities: Record<string, number>;
}

/** Entity tables: everything except SQLite's own, the migrations ledger and derived search indexes. */
function entityTables(sqlite: Sqlite): string[] {
  return sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'
         AND name NOT LIKE 'person_search%' AND name NOT LIKE 'touchpoint_search%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
}

function toJsonValue(column: string, value: unknown): unknown {
  if (Buffer.isBuffer(value)) return value.toString('base64');
  // Timestamps are epoch ms inside; an open format should be readable without knowing that.
  if (typeof value === 'number' && column.endsWith('_at')) return new Date(value).toISOString();
  return value;
}

/**
 * Writes every entity as JSON, streaming rows so a million touchpoints never sit in memory,
 * written atomically.
 */
export function exportJson(sqlite: Sqlite, outPath: string, meta: ExportMeta): ExportSummary {
  return writeFileAtomically(outPath, (write) => {
    const entities: Record<string, number> = {};
    write(`{"format":${JSON.stringify(EXPORT_FORMAT)},"formatVersion":${EXPORT_FORMAT_VERSION},`);
    write(`"app":${JSON.stringify(meta.app)},"appVersion":${JSON.stringify(meta.version)},`);
    write(`"schemaVersion":${JSON.stringify(meta.schemaVersion)},"exportedAt":${JSON.stringify(meta.exportedAt)},"entities":{`);
    entityTables(sqlite).forEach((table, t) => {
      write(`${t ? ',' : ''}${JSON.stringify(table)}:[`);
      let n = 0;
      for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
        const out: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(row)) out[column] = toJsonValue(column, value);
        write(`${n ? ',' : ''}${JSON.stringify(out)}`);
        n++;
      }
      write(']');
      entities[table] = n;
    });
    write('}}\n');
    return { path: outPath, entities };
  });
}
