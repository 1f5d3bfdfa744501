import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { createBackup, listBackups, verifyDatabaseFile } from '../../electron/db/backups';
import { call, dbDigest, openTestCore, tickingClock } from '../support/core';
import { SHIPPED_MIGRATIONS, oldDatabase } from '../support/migrations';
import { tempDir } from '../support/tmp';

const names = async (core: Core) => (await call(core, 'people:list', { includeArchived: true })).items.map((p) => p.displayName);

function peopleIn(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT display_name FROM people ORDER BY sort_name`).pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Overwrites a few pages in the middle of a copy with garbage. */
function corruptCopy(from: string, to: string): void {
  const bytes = readFileSync(from);
  const start = Math.floor(bytes.length / 2 / 4096) * 4096;
  for (let i = start; i < Math.min(bytes.length, start + 3 * 4096); i++) bytes[i] = (i * 131 + 17) & 0xff;
  writeFileSync(to, bytes);
}

describe('backup and restore through the core', () => {
  it('restores a backup by name, after a safety backup, and keeps working', async () => {
    const dir = tempDir();
    const { core, dbPath } = await openTestCore(dir, { now: tickingClock() });
    const ada = await call(core, 'people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@ada' }] });
    const grace = await call(core, 'people:create', { displayName: 'Grace Hopper' });
    const backup = await call(core, 'backups:create', { reason: 'manual' });
    expect(backup).toMatchObject({ reason: 'manual', name: expect.stringMatching(/^crm-\d{8}-\d{6}-\d{3}-manual\.db$/) });

    await call(core, 'people:create', { displayName: 'Alan Turing' });
    await call(core, 'people:update', { id: ada.id, patch: { displayName: 'Ada King' } });
    await call(core, 'people:archive', { id: grace.id });

    const events: unknown[] = [];
    core.on((event, payload) => events.push({ event, payload }));
    const result = await call(core, 'backups:restore', { name: backup.name });
    expect(result.restored.name).toBe(backup.name);
    expect(result.safetyBackup.reason).toBe('pre-restore');
    expect(events).toContainEqual({ event: 'changed', payload: { entity: 'all', ids: [] } });

    // The data is back, and the state before the restore is kept in the safety backup.
    expect(await names(core)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect((await call(core, 'people:get', { id: grace.id })).archivedAt).toBeNull();
    verifyDatabaseFile(result.safetyBackup.path);
    expect(peopleIn(result.safetyBackup.path)).toEqual(['Ada King', 'Alan Turing', 'Grace Hopper']);
    expect((await call(core, 'backups:list', undefined)).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);

    // The core keeps working on the restored file: writes, search, identity conflicts.
    await call(core, 'people:create', { displayName: 'Katherine Johnson' });
    expect((await call(core, 'people:list', { query: 'kath' })).items).toHaveLength(1);
    expect(await core.dispatch('people:create', { displayName: 'Imposter', identities: [{ kind: 'x', value: 'ADA' }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await core.close();
    expect(peopleIn(dbPath)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
  });

  it('restores a backup old enough for the rotation to prune (the safety backup must not delete it first)', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: tickingClock(Date.UTC(2026, 5, 1)) });
    await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    const recent = await call(core, 'backups:create', {});
    const old = 'crm-20260401-120000-000-manual.db'; // two months before the clock: outside every rule
    renameSync(recent.path, join(dir, 'backups', old));
    copyFileSync(join(dir, 'backups', old), recent.path); // so the old one is not the newest either
    await call(core, 'people:create', { displayName: 'Grace Hopper' });

    const result = await call(core, 'backups:restore', { name: old });
    expect(result.restored.name).toBe(old);
    expect(await names(core)).toEqual(['Ada Lovelace']);
    await core.close();
  });

  it('answers NOT_FOUND for a name that is not in the backups folder', async () => {
    const { core } = await openTestCore(tempDir());
    expect(await core.dispatch('backups:restore', { name: 'crm-20260101-000000-000-manual.db' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await core.close();
  });

  type Maker = (path: string, goodBackup: string) => void;
  const refusals: [label: string, make: Maker, code: string, message: RegExp][] = [
    ['a file that is not SQLite', (path) => writeFileSync(path, 'name,email\nAda,ada@example.com\n'.repeat(200)), 'INVALID_INPUT', /not a readable database/],
    ['a corrupt copy of a real backup', (path, good) => corruptCopy(good, path), 'INVALID_INPUT', /not a readable database/],
    [
      'a SQLite database that is not ours',
      (path) => {
        const db = new Database(path);
        db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')`);
        db.close();
      },
      'INVALID_INPUT',
      /not a Rapport database/,
    ],
    [
      'a database from a newer app',
      (path, good) => {
        copyFileSync(good, path);
        const db = new Database(path);
        db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)`).run('e'.repeat(64), 4_102_444_800_000);
        db.close();
      },
      'CONFLICT',
      /newer version of the app/,
    ],
  ];

  it.each(refusals)('refuses to restore %s and leaves the live data unchanged', async (_label, make, code, message) => {
    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: tickingClock() });
    await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    const good = await call(core, 'backups:create', {});
    await call(core, 'people:create', { displayName: 'Grace Hopper' });
    const name = 'crm-20260110-090000-000-manual.db';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    make(join(dir, 'backups', name), good.path);
    const before = dbDigest(core.session().sqlite);

    const result = await core.dispatch('backups:restore', { name });
    expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });

    expect(dbDigest(core.session().sqlite)).toBe(before);
    expect(listBackups(join(dir, 'backups')).map((b) => b.reason)).not.toContain('pre-restore');
    await call(core, 'people:create', { displayName: 'Alan Turing' });
    expect(await names(core)).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    await core.close();
  });
});

describe('restoring an older backup', () => {
  it('migrates it on the way in', async () => {
    const old = { dbPath: oldDatabase(join(tempDir(), 'old.db'), 1, `INSERT INTO people (id, display_name, sort_name, created_at, updated_at) VALUES ('01a209a4-1a60-7446-b578-4901cb4ce0a6', 'Old Timer', 'old timer', 0, 0)`) };

    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: tickingClock() });
    mkdirSync(join(dir, 'backups'));
    copyFileSync(old.dbPath, join(dir, 'backups', 'crm-20250101-000000-000-manual.db'));
    await call(core, 'backups:restore', { name: 'crm-20250101-000000-000-manual.db' });
    expect(await names(core)).toEqual(['Old Timer']);
    expect((await call(core, 'app:info', undefined)).migrationsApplied).toBe(SHIPPED_MIGRATIONS);
    await core.close();
  });

  it('puts the current database back when migrating the restored file fails', async () => {
    // 0001 seeds the default circles; a row already there makes it fail.
    const old = { dbPath: oldDatabase(join(tempDir(), 'old.db'), 1, `INSERT INTO circles (id, name, cadence_days, position, created_at, updated_at) VALUES ('inner', 'Mine', 7, 0, 0, 0)`) };

    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: tickingClock() });
    await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    const before = dbDigest(core.session().sqlite);
    mkdirSync(join(dir, 'backups'));
    copyFileSync(old.dbPath, join(dir, 'backups', 'crm-20250101-000000-000-manual.db'));

    const result = await core.dispatch('backups:restore', { name: 'crm-20250101-000000-000-manual.db' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/0001_search failed/) } });
    expect(dbDigest(core.session().sqlite)).toBe(before);
    await call(core, 'people:create', { displayName: 'Grace Hopper' });
    expect(await names(core)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    await core.close();
  });
});

describe('backup files', () => {
  it('are verified with quick_check and leave nothing else behind', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: tickingClock() });
    for (let i = 0; i < 50; i++) await call(core, 'people:create', { displayName: `Person ${i}`, notes: 'n'.repeat(300) });
    const backupsDir = join(dir, 'backups');
    const info = await createBackup(core.session().sqlite, backupsDir, 'manual', Date.UTC(2026, 0, 15));
    expect(readdirSync(backupsDir)).toEqual([info.name]);
    expect(info.bytes).toBeGreaterThan(0);
    verifyDatabaseFile(info.path);
    expect(readdirSync(backupsDir)).toEqual([info.name]); // verifying it leaves no -wal/-shm either
    expect(peopleIn(info.path)).toHaveLength(50);
    expect(readdirSync(backupsDir)).toEqual([info.name]);

    const snapshot = new Database(info.path, { readonly: true });
    expect(snapshot.pragma('integrity_check', { simple: true })).toBe('ok');
    snapshot.close();
    await core.close();
  });

  it('never overwrite each other, even with a fixed clock (crm --now)', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: () => Date.UTC(2026, 0, 15, 9, 0, 0) });
    await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    const first = await call(core, 'backups:create', {});
    await call(core, 'people:create', { displayName: 'Grace Hopper' });
    const second = await call(core, 'backups:create', {});
    expect(second.name).not.toBe(first.name);
    expect(peopleIn(first.path)).toEqual(['Ada Lovelace']);
    expect(peopleIn(second.path)).toEqual(['Ada Lovelace', 'Grace Hopper']);

    // Two restores in a row: the second safety backup must not replace the first.
    const one = await call(core, 'backups:restore', { name: first.name });
    const two = await call(core, 'backups:restore', { name: second.name });
    expect(two.safetyBackup.name).not.toBe(one.safetyBackup.name);
    expect(peopleIn(one.safetyBackup.path)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(peopleIn(two.safetyBackup.path)).toEqual(['Ada Lovelace']);
    expect((await call(core, 'backups:list', undefined)).map((b) => b.reason).sort()).toEqual(['manual', 'manual', 'pre-restore', 'pre-restore']);
    await core.close();
  });

  it('verifyDatabaseFile refuses garbage and names the file', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'not a database');
    expect(() => verifyDatabaseFile(path)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('notes.db') }));
    expect(() => verifyDatabaseFile(join(dir, 'missing.db'))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('are taken automatically soon after start', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir, { autoBackup: { firstAfterMs: 10, everyMs: 1_000_000 } });
    const events: unknown[] = [];
    core.on((event, payload) => events.push({ event, payload }));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !listBackups(join(dir, 'backups')).some((b) => b.reason === 'start')) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const [start] = await call(core, 'backups:list', undefined);
    expect(start).toMatchObject({ reason: 'start' });
    verifyDatabaseFile(start!.path);
    expect(events).toContainEqual({ event: 'changed', payload: { entity: 'backup', ids: [] } });
    expect((await call(core, 'app:info', undefined)).lastBackup?.name).toBe(start!.name);
    await core.close();
  });
});
