import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };

export const BUSY_TIMEOUT_MS = 5000;

/** Production pragmas; see quality.md §2.3. */
export function applyPragmas(sqlite: Sqlite): void {
  // Durable commits in WAL: FULL syncs the WAL on every commit (better-sqlite3 defaults WAL to NORMAL).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Untrusted-file hygiene: schema code (views, triggers) may only call innocuous functions.
  sqlite.pragma('trusted_schema = OFF');
  sqlite.pragma('cell_size_check = ON');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
}

export function openDb(sqlite: Sqlite): Db {
  return drizzle(sqlite, { schema });
}

/** Opens a file read-only for inspection (backups, restore candidates); never the live database. */
export function openReadOnly(path: string): Sqlite {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('trusted_schema = OFF');
  sqlite.pragma('cell_size_check = ON');
  return sqlite;
}
