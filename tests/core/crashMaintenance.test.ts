import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, verifyDatabaseFile } from '../../electron/db/backups';
import { call, openTestCore, searchProblems } from '../support/core';
import { SHIPPED_MIGRATIONS, appendMigration, copyMigrations } from '../support/migrations';
import { killStrays, spawnSupport, stop, waitForLine } from '../support/processes';
import { tempDir } from '../support/tmp';

// quality.md §4.1.5: also kill during a backup and during a migration.
afterEach(killStrays);

const randomMs = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

/** Acknowledged lines `<kind> <value>` (complete lines only). */
const acked = (stdout: string, kind: string) =>
  stdout
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.startsWith(`${kind} `))
    .map((l) => l.slice(kind.length + 1));

/** A migrated database with `people` rows of 1 KB notes, closed. */
async function seededDatabase(dir: string, people: number): Promise<string> {
  const { core, dbPath } = await openTestCore(dir);
  const sqlite = core.session().sqlite;
  const insert = sqlite.prepare(`INSERT INTO people (id, display_name, sort_name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)`);
  sqlite.transaction(() => {
    for (let i = 0; i < people; i++) insert.run(`seed-${i}`, `Seed ${i}`, `seed ${i}`, 'n'.repeat(1000));
  })();
  await core.close();
  return dbPath;
}

async function runAndKill(args: string[], minMs: number, maxMs: number) {
  const child = spawnSupport('crashWriter.ts', args);
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  await waitForLine(child, /^ready$/);
  const delay = randomMs(minMs, maxMs);
  await new Promise((r) => setTimeout(r, delay));
  const exit = await stop(child, 'SIGKILL');
  expect(exit.signal, `the child died on its own: ${stderr}`).toBe('SIGKILL');
  return { stdout, context: `killed after ${delay} ms` };
}

describe('crashes during maintenance', () => {
  it('a backup killed half-way is never listed, and its leftovers are cleared by the next backup', async () => {
    const dir = tempDir('rapport-crash-');
    const dbPath = await seededDatabase(dir, 3000);
    const backupsDir = join(dir, 'backups');

    for (let iteration = 1; iteration <= 4; iteration++) {
      const { stdout, context } = await runAndKill([dbPath, 'backups'], 50, 600);
      const done = acked(stdout, 'backup');
      const listed = listBackups(backupsDir);
      if (done.length) expect(listed.map((b) => b.name), context).toContain(done.at(-1)); // the newest is never pruned
      for (const backup of listed) expect(() => verifyDatabaseFile(backup.path), `${context}: ${backup.name}`).not.toThrow();
    }

    const { core } = await openTestCore(dir);
    await call(core, 'backups:create', {});
    await core.close();
    const leftovers = readdirSync(backupsDir).filter((name) => !listBackups(backupsDir).some((b) => b.name === name));
    expect(leftovers).toEqual([]);
  });

  it('a migration killed at any point is either fully applied or not at all, and completes on the next start', async () => {
    const seedDir = tempDir('rapport-crash-');
    const seeded = await seededDatabase(seedDir, 1500);
    const migrationsDir = copyMigrations(join(seedDir, 'migrations'));
    appendMigration(migrationsDir, '9001_bulk', [
      'CREATE TABLE `bulk` (`id` integer PRIMARY KEY NOT NULL, `v` text NOT NULL);',
      'INSERT INTO `bulk` (`v`) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT hex(randomblob(40)) FROM c;',
      "UPDATE `people` SET `notes` = `notes` || ' migrated';",
    ]);
    const outcomes: string[] = [];

    for (let iteration = 1; iteration <= 4; iteration++) {
      const dir = join(seedDir, `run-${iteration}`);
      mkdirSync(dir);
      const dbPath = join(dir, 'crm.db');
      copyFileSync(seeded, dbPath);
      const { stdout, context } = await runAndKill([dbPath, 'migrate', migrationsDir], 20, 500); // backup + migration take ~400 ms

      // Recover and inspect without the app: old schema or new, never in between.
      const db = new Database(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
        expect(db.pragma('foreign_key_check'), context).toEqual([]);
        const ledger = db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
        const hasBulk = !!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'bulk'`).get();
        const migratedNotes = db.prepare(`SELECT count(*) FROM people WHERE notes LIKE '% migrated'`).pluck().get();
        const state = { ledger, hasBulk, bulk: hasBulk ? db.prepare('SELECT count(*) FROM bulk').pluck().get() : 0, migratedNotes };
        expect([
          { ledger: SHIPPED_MIGRATIONS, hasBulk: false, bulk: 0, migratedNotes: 0 },
          { ledger: SHIPPED_MIGRATIONS + 1, hasBulk: true, bulk: 200000, migratedNotes: 1500 },
        ], context).toContainEqual(state);
        if (acked(stdout, 'migrated').length) expect(state.ledger, `${context}: acknowledged but not applied`).toBe(SHIPPED_MIGRATIONS + 1);
        outcomes.push(`${context}: ${state.ledger === SHIPPED_MIGRATIONS + 1 ? 'applied' : 'not applied'}`);
      } finally {
        db.close();
      }
      for (const backup of listBackups(join(dir, 'backups'))) verifyDatabaseFile(backup.path);

      const { core } = await openTestCore(dir, { migrationsDir });
      const sqlite = core.session().sqlite;
      expect(sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(SHIPPED_MIGRATIONS + 1);
      expect(sqlite.prepare(`SELECT count(*) FROM people WHERE notes LIKE '% migrated'`).pluck().get()).toBe(1500);
      expect(searchProblems(sqlite)).toEqual([]);
      await core.close();
    }
    console.warn(`migration kills: ${outcomes.join('; ')}`);
  });
});
