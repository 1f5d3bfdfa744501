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

/** Distinct statements kept per connection; drizzle builds a few hundred query shapes at most. */
const MAX_CACHED_STATEMENTS = 500;
const statementCaches = new WeakMap<Sqlite, Map<string, Database.Statement>>();

/**
 * drizzle asks better-sqlite3 to prepare (compile) every query on every call, which costs
 * more than running most of ours. This gives drizzle a view of the connection whose
 * `prepare` reuses compiled statements by SQL text. drizzle switches statements into raw
 * mode for some reads, so a reused reader is switched back before it is handed out.
 */
function withStatementCache(sqlite: Sqlite): Sqlite {
  const cache = new Map<string, Database.Statement>();
  statementCaches.set(sqlite, cache);
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    statement = sqlite.prepare(source);
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Drops a connection's cached statements (tests that watch statements being prepared). */
export function forgetStatements(sqlite: Sqlite): void {
  statementCaches.get(sqlite)?.clear();
}

export function openDb(sqlite: Sqlite): Db {
  const db = drizzle(withStatementCache(sqlite), { schema });
  // Repositories that keep their own long-lived statements (with pluck/raw modes) use the
  // real connection, so nothing else can switch their modes.
  (db as { $client: Sqlite }).$client = sqlite;
  return db as Db;
}

/** Opens a file read-only for inspection (backups, restore candidates); never the live database. */
export function openReadOnly(path: string): Sqlite {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('trusted_schema = OFF');
  sqlite.pragma('cell_size_check = ON');
  return sqlite;
}

/**
 * Runs `fn` atomically: in the caller's transaction when there is one, else in a new one.
 * Joining instead of nesting a savepoint matters for bulk work (a savepoint and drizzle's
 * transaction object per row cost more than the row's SQL); an error still rolls back the
 * whole outer transaction, and nothing here catches an error to carry on mid-transaction.
 * Synchronous: better-sqlite3 cannot await inside a transaction.
 */
export function atomically<T>(db: Db, fn: () => T): T {
  return db.$client.inTransaction ? fn() : db.transaction(() => fn());
}
