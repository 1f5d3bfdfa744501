import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db, Sqlite } from '../client';

type Statement = Database.Statement<unknown[], unknown>;

const dialect = new SQLiteSyncDialect();
const caches = new WeakMap<Sqlite, Map<string, Statement>>();
/** Distinct query shapes kept per connection; the people list has a few hundred at most. */
const MAX_STATEMENTS = 256;

/**
 * Prepares a dynamically built query once per connection and shape: drizzle's `db.all(sql)`
 * re-prepares on every call, which for the people list cost more than running it. Values
 * stay bound parameters; only the SQL text (built from code, never from input) is the key.
 */
function prepared(db: Db, query: SQL): { statement: Statement; params: unknown[] } {
  const sqlite = db.$client;
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  const { sql: text, params } = dialect.sqlToQuery(query);
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    statement = sqlite.prepare<unknown[], unknown>(text);
    cache.set(text, statement);
  }
  return { statement, params };
}

/** All rows of `query`, as objects keyed by column name. */
export function allRows<T>(db: Db, query: SQL): T[] {
  const { statement, params } = prepared(db, query);
  return statement.all(...params) as T[];
}

/** The first row of `query`, or undefined. */
export function firstRow<T>(db: Db, query: SQL): T | undefined {
  const { statement, params } = prepared(db, query);
  return statement.get(...params) as T | undefined;
}

/** Drops a connection's cached statements (tests that watch statements being prepared). */
export function forgetStatements(sqlite: Sqlite): void {
  caches.delete(sqlite);
}
