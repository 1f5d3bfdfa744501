import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backups';
import { migrationStatus, readMigrations } from '../../electron/db/migrate';
import { call, dbDigest, openTestCore } from '../support/core';
import { MIGRATIONS_DIR } from '../support/paths';
import { tempDir } from '../support/tmp';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string; when: number }[];
};
const latestTag = journal.entries.at(-1)!.tag;

/** Reads a closed database file without the app (and without changing it). */
function inspect<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('migrations on a fresh database', () => {
  it('migrate a new file to the latest schema without a backup (nothing to protect)', async () => {
    const dir = tempDir();
    const { core, dbPath } = await openTestCore(dir);
    const info = await call(core, 'app:info', undefined);
    expect(info.schemaVersion).toBe(latestTag);
    expect(info.migrationsApplied).toBe(journal.entries.length);
    expect(info.people).toBe(0);
    await core.close();

    inspect(dbPath, (db) => {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['people', 'identities', 'touchpoints', 'person_search', 'touchpoint_search', '__drizzle_migrations']));
      expect(db.prepare(`SELECT count(*) FROM __drizzle_migrations`).pluck().get()).toBe(journal.entries.length);
      expect(db.prepare(`SELECT id FROM circles ORDER BY position`).pluck().all()).toEqual(['inner', 'close', 'network', 'keep_warm', 'dormant']);
      expect(migrationStatus(db, readMigrations(MIGRATIONS_DIR)).pending).toEqual([]);
    });
    expect(listBackups(join(dir, 'backups'))).toEqual([]);
  });

  it('running the migrations again is a no-op', async () => {
    const dir = tempDir();
    const first = await openTestCore(dir);
    await call(first.core, 'people:create', { displayName: 'Ada Lovelace' });
    await first.core.close();
    const before = inspect(first.dbPath, dbDigest);

    const second = await openTestCore(dir);
    expect((await call(second.core, 'app:info', undefined)).migrationsApplied).toBe(journal.entries.length);
    await second.core.close();

    expect(inspect(first.dbPath, dbDigest)).toBe(before);
    expect(listBackups(join(dir, 'backups'))).toEqual([]); // nothing pending, so no pre-migrate backup
  });

  it('sets the production pragmas on the write connection', async () => {
    const { core } = await openTestCore(tempDir());
    const sqlite = core.session().sqlite;
    const pragma = (name: string) => sqlite.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2); // FULL
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('busy_timeout')).toBe(5000);
    expect(pragma('trusted_schema')).toBe(0);
    expect(pragma('locking_mode')).toBe('exclusive');
    await core.close();
  });

  it('records drizzle-kit compatible rows: sha256 of each file and the journal time', async () => {
    const { core, dbPath } = await openTestCore(tempDir());
    await core.close();
    const rows = inspect(dbPath, (db) =>
      db.prepare(`SELECT hash, CAST(created_at AS INTEGER) AS createdAt FROM __drizzle_migrations ORDER BY created_at`).all(),
    );
    expect(rows).toEqual(
      journal.entries.map((e) => ({
        hash: createHash('sha256').update(readFileSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), 'utf8')).digest('hex'),
        createdAt: e.when,
      })),
    );

    // drizzle-orm's own migrator sees everything as applied and changes nothing.
    const db = new Database(dbPath);
    try {
      const before = dbDigest(db);
      migrate(drizzle(db), { migrationsFolder: MIGRATIONS_DIR });
      expect(dbDigest(db)).toBe(before);
    } finally {
      db.close();
    }
  });
});

describe('a database from a newer app', () => {
  it('is refused with CONFLICT and left byte-for-byte unchanged', async () => {
    const dir = tempDir();
    const first = await openTestCore(dir);
    await call(first.core, 'people:create', { displayName: 'Grace Hopper' });
    await first.core.close();
    const db = new Database(first.dbPath);
    db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)`).run('f'.repeat(64), journal.entries.at(-1)!.when + 86_400_000);
    db.close();
    const bytes = readFileSync(first.dbPath);
    const mtime = statSync(first.dbPath).mtimeMs;

    await expect(openTestCore(dir)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/newer version/) });

    expect(readFileSync(first.dbPath).equals(bytes)).toBe(true);
    expect(statSync(first.dbPath).mtimeMs).toBe(mtime);
    expect(listBackups(join(dir, 'backups'))).toEqual([]);
  });

  it('is refused also when the unknown migration is older than the newest known one', () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'x.db'));
    db.exec(`CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('unknown', 1)`).run();
    expect(() => migrationStatus(db, readMigrations(MIGRATIONS_DIR))).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    db.close();
  });
});
