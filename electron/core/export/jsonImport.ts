import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/ipc/result';
import type { Sqlite } from '../../db/client';
import { flushPersonSearch, flushTouchpointSearch } from '../../db/searchIndex';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../services/exportService';

/** Read whole: a full export of 50,000 people and a million touchpoints is ~400 MB of JSON. */
export const MAX_JSON_IMPORT_BYTES = 512 * 2 ** 20;

/** Tables that hold the user's data: one row in any of them and the database is not empty. */
const USER_TABLES = ['people', 'events', 'touchpoints', 'reminders', 'identities', 'x_accounts'];

export interface JsonImportSummary {
  created: number;
  updated: number;
  duplicates: number;
  skipped: number;
  problems: { file: string; line: number | null; message: string }[];
  entities: Record<string, number>;
}

interface ExportDocument {
  format: string;
  formatVersion: number;
  schemaVersion: string;
  entities: Record<string, Record<string, unknown>[]>;
}

function invalid(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', `${path}: ${message}`, [{ path: 'path', message }]);
}

function readDocument(path: string, schemaVersion: string): ExportDocument {
  const size = statSync(path).size;
  if (size > MAX_JSON_IMPORT_BYTES) throw invalid(path, `is ${Math.round(size / 2 ** 20)} MB; a JSON export above ${MAX_JSON_IMPORT_BYTES / 2 ** 20} MB is refused`);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalid(path, `is not JSON (${(error as Error).message})`);
  }
  const d = doc as Partial<ExportDocument> | null;
  if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT) throw invalid(path, `is not a Rapport export (no "format": "${EXPORT_FORMAT}")`);
  if (d.formatVersion !== EXPORT_FORMAT_VERSION) throw invalid(path, `has format version ${String(d.formatVersion)}; this app reads version ${EXPORT_FORMAT_VERSION}`);
  if (d.schemaVersion !== schemaVersion) throw invalid(path, `was exported at schema ${String(d.schemaVersion)}; this database is at ${schemaVersion}: open it with the same version of the app`);
  if (!d.entities || typeof d.entities !== 'object') throw invalid(path, 'has no "entities"');
  for (const [table, rows] of Object.entries(d.entities)) if (!Array.isArray(rows)) throw invalid(path, `"entities.${table}" is not a list`);
  return d as ExportDocument;
}

/**
 * Loads a full JSON export (`crm export json`) into an empty database: every row of every
 * table as it was, timestamps and binary fields decoded back, in one transaction with
 * foreign keys checked at the end, then the search indexes rebuilt. Refuses a database that
 * already holds people or history (merging two whole databases is not what this is for).
 */
export function importJsonExport(sqlite: Sqlite, path: string, schemaVersion: string): JsonImportSummary {
  const doc = readDocument(path, schemaVersion);
  const held = USER_TABLES.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number] as const).filter(([, n]) => n > 0);
  if (held.length > 0) {
    throw new AppError('CONFLICT', `A JSON export loads into an empty database; this one has ${held.map(([t, n]) => `${n} ${t}`).join(', ')}. Use --db with a new file.`, {
      held: Object.fromEntries(held),
    });
  }
  const tables = new Set(sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
  const entities: Record<string, number> = {};
  sqlite.transaction(() => {
    sqlite.pragma('defer_foreign_keys = ON');
    for (const [table, rows] of Object.entries(doc.entities)) {
      if (!tables.has(table) || table.startsWith('sqlite_') || table.startsWith('__')) throw invalid(path, `has a table "${table}" this database does not know`);
      const info = sqlite.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
      const types = new Map(info.map((c) => [c.name, c.type.toLowerCase()]));
      // Rows a migration seeded (circles, settings) give way to the exported ones.
      sqlite.prepare(`DELETE FROM "${table}"`).run();
      const statements = new Map<string, ReturnType<Sqlite['prepare']>>();
      rows.forEach((row, index) => {
        const columns = Object.keys(row);
        for (const c of columns) if (!types.has(c)) throw invalid(path, `"entities.${table}[${index}]" has a column "${c}" the table does not have`);
        const key = columns.join('\u0000');
        let insert = statements.get(key);
        if (!insert) {
          insert = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
          statements.set(key, insert);
        }
        insert.run(columns.map((c) => decode(types.get(c)!, c, row[c])));
      });
      entities[table] = rows.length;
    }
  })();
  flushPersonSearch(sqlite);
  flushTouchpointSearch(sqlite);
  const created = Object.values(entities).reduce((a, b) => a + b, 0);
  return { created, updated: 0, duplicates: 0, skipped: 0, problems: [], entities };
}

/** The export's JSON values back to column values: ISO timestamps to epoch ms, base64 to bytes. */
function decode(type: string, column: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'blob' && typeof value === 'string') return Buffer.from(value, 'base64');
  if (column.endsWith('_at') && typeof value === 'string' && type === 'integer') return Date.parse(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
