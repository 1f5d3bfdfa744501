import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups, verifyDatabaseFile } from '../../electron/db/backups';
import { call, dbDigest, openTestCore, rowCounts } from '../support/core';
import { SHIPPED_MIGRATIONS, appendMigration, copyMigrations } from '../support/migrations';
import { tempDir } from '../support/tmp';

function inspect<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** A database at the current schema with two people, plus a copy of the migrations to extend. */
async function seeded() {
  const dir = tempDir();
  const migrationsDir = copyMigrations(join(dir, 'migrations'));
  const { core, dbPath } = await openTestCore(dir, { migrationsDir });
  await call(core, 'people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@ada' }] });
  await call(core, 'people:create', { displayName: 'Temp Person' });
  await core.close();
  return { dir, dbPath, migrationsDir, digest: inspect(dbPath, dbDigest) };
}

// drizzle-kit's table rebuild, statement for statement (its PRAGMAs are no-ops inside a transaction).
const rebuildThings = [
  'PRAGMA foreign_keys=OFF;',
  'CREATE TABLE `__new_things` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL, `colour` text);',
  'INSERT INTO `__new_things`("id", "name") SELECT "id", "name" FROM `things`;',
  'DROP TABLE `things`;',
  'ALTER TABLE `__new_things` RENAME TO `things`;',
  'PRAGMA foreign_keys=ON;',
];

describe('migration safety', () => {
  it('a failing migration rolls back completely, after a verified pre-migrate backup', async () => {
    const { dir, dbPath, migrationsDir, digest } = await seeded();
    appendMigration(migrationsDir, '9001_bad', [
      'CREATE TABLE `notes_v2` (`id` text PRIMARY KEY NOT NULL);',
      "INSERT INTO `notes_v2` VALUES ('a');",
      "UPDATE `people` SET `display_name` = 'changed';",
      'INSERT INTO `no_such_table` VALUES (1);',
    ]);

    await expect(openTestCore(dir, { migrationsDir })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/9001_bad failed: no such table: no_such_table/),
    });

    expect(inspect(dbPath, dbDigest)).toBe(digest);
    inspect(dbPath, (db) => {
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'notes_v2'`).get()).toBeUndefined();
      expect(db.prepare(`SELECT count(*) FROM __drizzle_migrations`).pluck().get()).toBe(SHIPPED_MIGRATIONS);
    });
    const [backup, ...more] = listBackups(join(dir, 'backups'));
    expect(more).toEqual([]);
    expect(backup).toMatchObject({ reason: 'pre-migrate' });
    verifyDatabaseFile(backup!.path);
    expect(inspect(backup!.path, dbDigest)).toBe(digest);

    // The app still opens the untouched database with the migrations it knows.
    const again = await openTestCore(dir);
    expect((await call(again.core, 'people:list', {})).items.map((p) => p.displayName)).toEqual(['Ada Lovelace', 'Temp Person']);
    await again.core.close();
  });

  it('a table rebuild keeps every child row even with ON DELETE CASCADE (drizzle #4938)', async () => {
    const { dir, migrationsDir } = await seeded();
    appendMigration(migrationsDir, '9001_things', [
      'CREATE TABLE `things` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL);',
      'CREATE TABLE `thing_parts` (`id` text PRIMARY KEY NOT NULL, `thing_id` text NOT NULL REFERENCES `things`(`id`) ON DELETE CASCADE);',
    ]);
    const first = await openTestCore(dir, { migrationsDir });
    const sqlite = first.core.session().sqlite;
    sqlite.exec(`INSERT INTO things VALUES ('t1', 'one'), ('t2', 'two'), ('t3', 'three')`);
    sqlite.exec(`INSERT INTO thing_parts VALUES ('p1', 't1'), ('p2', 't1'), ('p3', 't2'), ('p4', 't3'), ('p5', 't3')`);
    await first.core.close();

    // The hazard is real on this stack: the same rebuild inside a transaction with foreign
    // keys on (what drizzle's migrate() does) cascade-deletes the children.
    const control = new Database(':memory:');
    control.exec(`CREATE TABLE things (id text PRIMARY KEY NOT NULL, name text NOT NULL);
      CREATE TABLE thing_parts (id text PRIMARY KEY NOT NULL, thing_id text NOT NULL REFERENCES things(id) ON DELETE CASCADE);
      INSERT INTO things VALUES ('t1', 'one'); INSERT INTO thing_parts VALUES ('p1', 't1');`);
    expect(control.pragma('foreign_keys', { simple: true })).toBe(1);
    control.transaction(() => rebuildThings.forEach((s) => control.exec(s)))();
    expect(control.prepare('SELECT count(*) FROM thing_parts').pluck().get()).toBe(0);
    control.close();

    appendMigration(migrationsDir, '0003_rebuild_things', rebuildThings);
    const second = await openTestCore(dir, { migrationsDir });
    const db = second.core.session().sqlite;
    expect(db.prepare('SELECT id, thing_id FROM thing_parts ORDER BY id').raw().all()).toEqual([
      ['p1', 't1'], ['p2', 't1'], ['p3', 't2'], ['p4', 't3'], ['p5', 't3'],
    ]);
    expect(db.prepare('SELECT id, name, colour FROM things ORDER BY id').raw().all()).toEqual([
      ['t1', 'one', null], ['t2', 'two', null], ['t3', 'three', null],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1); // back on after migrating
    // The children still reference the rebuilt table and the cascade still works.
    db.exec(`DELETE FROM things WHERE id = 't1'`);
    expect(db.prepare('SELECT count(*) FROM thing_parts').pluck().get()).toBe(3);
    await second.core.close();
    expect(listBackups(join(dir, 'backups')).map((b) => b.reason)).toEqual(['pre-migrate', 'pre-migrate']);
  });

  it('a migration that deletes rows without `-- allow-row-loss` is refused and changes nothing', async () => {
    const { dir, dbPath, migrationsDir, digest } = await seeded();
    appendMigration(migrationsDir, '9001_prune', [`DELETE FROM people WHERE display_name LIKE 'Temp%';`]);

    await expect(openTestCore(dir, { migrationsDir })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/would lose rows of people \(2 → 1\)/),
    });
    expect(inspect(dbPath, dbDigest)).toBe(digest);
  });

  it('the same deletion runs when the migration declares it', async () => {
    const { dir, migrationsDir } = await seeded();
    appendMigration(migrationsDir, '9001_prune', [`-- allow-row-loss: people\nDELETE FROM people WHERE display_name LIKE 'Temp%';`]);
    const { core } = await openTestCore(dir, { migrationsDir });
    expect((await call(core, 'people:list', {})).items.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expect(rowCounts(core.session().sqlite).__drizzle_migrations).toBe(SHIPPED_MIGRATIONS + 1);
    await core.close();
  });

  it('the row-loss guard also covers tables whose names contain "search"', async () => {
    const { dir, dbPath, migrationsDir } = await seeded();
    appendMigration(migrationsDir, '9001_saved_searches', [
      'CREATE TABLE `saved_searches` (`id` text PRIMARY KEY NOT NULL, `query` text NOT NULL);',
      'CREATE TABLE `research` (`id` text PRIMARY KEY NOT NULL);',
    ]);
    const first = await openTestCore(dir, { migrationsDir });
    first.core.session().sqlite.exec(`INSERT INTO saved_searches VALUES ('s1', 'ada'), ('s2', 'grace'); INSERT INTO research VALUES ('r1')`);
    await first.core.close();
    const digest = inspect(dbPath, dbDigest);

    appendMigration(migrationsDir, '0003_drop_saved', [`DELETE FROM saved_searches WHERE id = 's1';`]);
    await expect(openTestCore(dir, { migrationsDir })).rejects.toMatchObject({ message: expect.stringMatching(/would lose rows of saved_searches/) });
    expect(inspect(dbPath, dbDigest)).toBe(digest);
  });
});
