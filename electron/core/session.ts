import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackup } from '../db/backups';
import { type Db, type Sqlite, openDb } from '../db/client';
import { type Owner, openExclusive, releaseExclusive } from '../db/lock';
import { type Migration, applyMigrations, isEmptyDatabase, migrationStatus } from '../db/migrate';

/** One open database: the exclusive write connection with the schema brought up to date. */
export interface Session {
  sqlite: Sqlite;
  db: Db;
  schema: { current: string; applied: number };
  close(): void;
}

export interface SessionOptions {
  dbPath: string;
  backupsDir: string;
  owner: Owner;
  migrations: Migration[];
  now: () => number;
}

/**
 * Opens (creating if needed) the database for this process alone and migrates it, taking a
 * verified backup first whenever there is something to migrate and something to lose.
 */
export async function openSession(options: SessionOptions): Promise<Session> {
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const sqlite = openExclusive(options.dbPath, options.owner);
  try {
    const status = migrationStatus(sqlite, options.migrations);
    if (status.pending.length > 0 && !isEmptyDatabase(sqlite)) {
      await createBackup(sqlite, options.backupsDir, 'pre-migrate', options.now());
    }
    applyMigrations(sqlite, status.pending);
    const last = options.migrations.at(-1);
    return {
      sqlite,
      db: openDb(sqlite),
      schema: { current: last?.tag ?? '', applied: options.migrations.length },
      close: () => releaseExclusive(sqlite, options.dbPath),
    };
  } catch (error) {
    releaseExclusive(sqlite, options.dbPath);
    throw error;
  }
}
