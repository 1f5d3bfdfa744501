import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../../shared/ipc/result';
import type { Sqlite } from './client';

export interface Migration {
  tag: string;
  hash: string;
  /** The journal's `when`; drizzle stores it as `created_at`. */
  createdAt: number;
  statements: string[];
}

export interface MigrationStatus {
  applied: number;
  pending: Migration[];
  /** Tag of the newest migration this database has, or "" when it is empty. */
  current: string;
}

// Same table drizzle's migrator keeps, so drizzle-kit tooling can read our databases.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`;

/** A migration may shrink a table only when it says so: `-- allow-row-loss: <table>`. */
const ALLOW_ROW_LOSS = /^--\s*allow-row-loss:\s*(\S+)/gm;

export function readMigrations(folder: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const files = readMigrationFiles({ migrationsFolder: folder });
  return files.map((file, i) => ({
    tag: journal.entries[i]!.tag,
    hash: file.hash,
    createdAt: file.folderMillis,
    statements: file.sql.filter((s) => s.trim() !== ''),
  }));
}

function appliedRows(sqlite: Sqlite): { hash: string; created_at: number }[] {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!exists) return [];
  return sqlite.prepare(`SELECT hash, CAST(created_at AS INTEGER) AS created_at FROM "__drizzle_migrations"`).all() as {
    hash: string;
    created_at: number;
  }[];
}

/**
 * What this database has applied and what is still to run. Throws CONFLICT for a database
 * written by a newer version of the app (it has migrations this build does not know):
 * opening it could silently lose what the newer version stored.
 */
export function migrationStatus(sqlite: Sqlite, migrations: Migration[]): MigrationStatus {
  const applied = appliedRows(sqlite);
  const known = new Set(migrations.map((m) => m.hash));
  const newestKnown = Math.max(0, ...migrations.map((m) => m.createdAt));
  const foreign = applied.filter((row) => !known.has(row.hash) || row.created_at > newestKnown);
  if (foreign.length > 0) {
    throw new AppError(
      'CONFLICT',
      'This database was written by a newer version of the app. Update the app to open it; nothing was changed.',
      { unknownMigrations: foreign.length },
    );
  }
  const appliedHashes = new Set(applied.map((row) => row.hash));
  const done = migrations.filter((m) => appliedHashes.has(m.hash));
  return {
    applied: done.length,
    pending: migrations.filter((m) => !appliedHashes.has(m.hash)),
    current: done.at(-1)?.tag ?? '',
  };
}

/** Ordinary tables: not SQLite's own, not virtual (FTS) tables, not a virtual table's shadow tables. */
function userTableCounts(sqlite: Sqlite): Map<string, number> {
  // Exact prefix match (not LIKE, where `_` is a wildcard that also hid e.g. `saved_searches`).
  const tables = sqlite
    .prepare(
      `SELECT t.name FROM sqlite_master t WHERE t.type = 'table' AND substr(t.name, 1, 7) <> 'sqlite_' AND t.sql NOT LIKE 'CREATE VIRTUAL%'
         AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL%'
                           AND substr(t.name, 1, length(v.name) + 1) = v.name || '_')`,
    )
    .pluck()
    .all() as string[];
  return new Map(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/**
 * Applies pending migrations in one transaction with foreign keys off (set outside the
 * transaction, where the pragma takes effect, so table rebuilds cannot cascade-delete
 * children: drizzle #4938). Before COMMIT it checks `foreign_key_check` and that no table
 * lost rows; any failure rolls everything back, so a failed migration changes nothing.
 */
export function applyMigrations(sqlite: Sqlite, pending: Migration[]): void {
  if (pending.length === 0) return;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      const before = userTableCounts(sqlite);
      sqlite.exec(MIGRATIONS_TABLE);
      const insert = sqlite.prepare(`INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES (?, ?)`);
      const mayShrink = new Set<string>();
      for (const migration of pending) {
        for (const statement of migration.statements) {
          try {
            sqlite.exec(statement);
          } catch (error) {
            throw new AppError('INTERNAL', `Migration ${migration.tag} failed: ${(error as Error).message}`);
          }
          for (const match of statement.matchAll(ALLOW_ROW_LOSS)) mayShrink.add(match[1]!);
        }
        insert.run(migration.hash, migration.createdAt);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new AppError('INTERNAL', `Migration left ${violations.length} broken references; nothing was changed.`, {
          violations: violations.slice(0, 20),
        });
      }
      const after = userTableCounts(sqlite);
      for (const [table, count] of before) {
        const now = after.get(table) ?? 0;
        if (now < count && !mayShrink.has(table)) {
          throw new AppError('INTERNAL', `Migration would lose rows of ${table} (${count} → ${now}); nothing was changed.`);
        }
      }
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/** True when the database has no tables at all: nothing to protect with a backup. */
export function isEmptyDatabase(sqlite: Sqlite): boolean {
  return !sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1`).get();
}
