import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableName, isTable } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/main';
import { parseNow } from '../../electron/cli/runtime';
import * as schema from '../../electron/db/schema';
import { AppInfo } from '../../shared/domain/app';
import { Person, PersonSummary } from '../../shared/domain/person';
import { call, openTestCore } from '../support/core';
import { LATEST_MIGRATION } from '../support/migrations';
import { type Finished, runCli } from '../support/processes';
import { tempDir } from '../support/tmp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** `crm --db <dir>/crm.db …`, with CRM_DB pointing into the temp dir too so nothing real is touched. */
function crm(dir: string, ...args: string[]): Promise<Finished> {
  const db = join(dir, 'crm.db');
  return runCli(['--db', db, ...args], { CRM_DB: db });
}

function expectOneLineError(result: Finished, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')[0]).toMatch(pattern);
}

describe('crm people', () => {
  it('adds, lists and shows people', async () => {
    const dir = tempDir();
    const added = await crm(dir, 'people', 'add', '--name', 'Ada Lovelace', '--email', 'Ada@Example.com', '--x', 'https://x.com/AdaL', '--note', 'Analytical');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const id = added.stdout.trim();
    expect(id).toMatch(UUID);

    const json = await crm(dir, '--json', 'people', 'add', '--name', 'José García', '--linkedin', 'linkedin.com/in/jgarcia?trk=x', '--phone', '+34 600 123 456');
    expect(json.code, json.stderr).toBe(0);
    const jose = Person.parse(JSON.parse(json.stdout));
    expect(jose.identities.map((i) => [i.kind, i.value])).toEqual([
      ['linkedin', 'in/jgarcia'],
      ['phone', '+34600123456'],
    ]);

    // One at a time: a second crm on the same file would (rightly) get BUSY.
    const list = await crm(dir, 'people', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    const summaries = PersonSummary.array().parse(JSON.parse(list.stdout));
    expect(summaries.map((p) => p.displayName)).toEqual(['Ada Lovelace', 'José García']);
    const show = await crm(dir, 'people', 'show', id);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain(`Ada Lovelace  (${id})`);
    expect(show.stdout).toContain('@AdaL');
    expect(show.stdout).toContain('Analytical');
  });

  it('reports bad input as one line with the right exit code', async () => {
    // Separate files, so the runs can go in parallel without meeting each other's lock.
    const [garbageNow, badEmail, unknown, missingName, missing, badId, conflict] = await Promise.all([
      crm(tempDir(), '--now', 'next tuesday', 'people', 'list'),
      crm(tempDir(), 'people', 'add', '--name', 'Ada', '--email', 'not an email'),
      crm(tempDir(), 'peeple', 'list'),
      crm(tempDir(), 'people', 'add'),
      crm(tempDir(), 'people', 'show', '01a209a4-1a60-7446-b578-4901cb4ce0a6'),
      crm(tempDir(), 'people', 'show', 'nope'),
      (async () => {
        const dir = tempDir();
        await crm(dir, 'people', 'add', '--name', 'Dup', '--x', 'dup');
        return crm(dir, 'people', 'add', '--name', 'Dup 2', '--x', 'https://twitter.com/DUP');
      })(),
    ]);
    expectOneLineError(garbageNow, 2, /^crm: --now must be an ISO-8601 date or date-time, got "next tuesday"$/);
    expectOneLineError(badEmail, 2, /^crm: invalid request: identities\.0\.value "not an email" is not an email address$/);
    expect(badEmail.stderr.trimEnd().split('\n')).toHaveLength(1);
    expectOneLineError(unknown, 2, /unknown command 'peeple'/);
    expectOneLineError(missingName, 2, /required option '--name <name>' not specified/);
    expectOneLineError(missing, 3, /^crm: No person with id/);
    expectOneLineError(badId, 2, /^crm: invalid request: id must be an id \(UUID\)$/);
    expectOneLineError(conflict, 4, /^crm: @DUP already belongs to Dup$/);
  });

  it('people list --limit returns at most that many and refuses a limit below 1', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir);
    for (const displayName of ['Ada', 'Grace', 'Alan']) await call(core, 'people:create', { displayName });
    await core.close();
    const [two, zero] = await Promise.all([crm(dir, '--json', 'people', 'list', '--limit', '2'), crm(tempDir(), 'people', 'list', '--limit', '0')]);
    expect(two.code, two.stderr).toBe(0);
    expect((JSON.parse(two.stdout) as { displayName: string }[]).map((p) => p.displayName)).toEqual(['Ada', 'Alan']);
    expectOneLineError(zero, 2, /--limit <n>.*'0' is invalid/);
  });

  it('--now accepts ISO dates and date-times and refuses impossible ones', () => {
    expect(parseNow(undefined)).toBeUndefined();
    expect(parseNow('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(parseNow('2026-03-01T10:00:00Z')).toBe(Date.UTC(2026, 2, 1, 10));
    expect(parseNow('2026-03-01T10:00:00+02:00')).toBe(Date.UTC(2026, 2, 1, 8));
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31T10:00:00Z', '2026-01-01T25:00:00Z', 'tomorrow', '1/2/2026', '']) {
      expect(() => parseNow(bad), bad).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
    expect(parseNow('2028-02-29')).toBe(Date.UTC(2028, 1, 29)); // a leap day is fine
  });

  it('prints a machine-readable error with --json', async () => {
    const result = await crm(tempDir(), '--json', 'people', 'show', 'nope');
    expect(result.code).toBe(2);
    const [, json] = result.stderr.trimEnd().split('\n');
    expect(JSON.parse(json!)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});

describe('crm backup, restore, export, info', () => {
  it('backs up to a file and restores it', async () => {
    const dir = tempDir();
    const out = join(dir, 'snapshot.db');
    expect((await crm(dir, 'people', 'add', '--name', 'Ada Lovelace')).code).toBe(0);
    const backup = await crm(dir, 'backup', out);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toBe(`Backed up to ${out}\n`);
    expect(existsSync(out)).toBe(true);
    expectOneLineError(await crm(dir, 'backup', out), 4, /already exists; pass --force/);

    expect((await crm(dir, 'people', 'add', '--name', 'Grace Hopper')).code).toBe(0);
    const restore = await crm(dir, '--json', 'restore', out);
    expect(restore.code, restore.stderr).toBe(0);
    const restored = JSON.parse(restore.stdout) as { restored: string; safetyBackup: { path: string; reason: string } };
    expect(restored.restored).toBe(out);
    expect(restored.safetyBackup.reason).toBe('pre-restore');
    expect(existsSync(restored.safetyBackup.path)).toBe(true);

    const list = await crm(dir, '--json', 'people', 'list');
    expect((JSON.parse(list.stdout) as { displayName: string }[]).map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expectOneLineError(await crm(dir, 'restore', join(dir, 'nope.db')), 3, /does not exist/);
  });

  it('refuses to write a backup or an export over the database itself, even with --force', async () => {
    const dir = tempDir();
    const db = join(dir, 'crm.db');
    const { core } = await openTestCore(dir);
    await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    await core.close();
    // In-process through main() (what electron/cli/crm.mjs runs): three more processes would add seconds.
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    try {
      for (const args of [['export', 'json', db, '--force'], ['backup', db, '--force'], ['backup', `${db}-wal`, '--force'], ['restore', db]]) {
        errors.length = 0;
        expect(await main(['--db', db, ...args]), args.join(' ')).toBe(2);
        expect(errors.join(''), args.join(' ')).toMatch(/^crm: .*crm\.db(-wal)? is the database itself; choose another file\n$/);
      }
    } finally {
      spy.mockRestore();
    }
    const again = await openTestCore(dir);
    expect((await call(again.core, 'people:list', {})).items.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    await again.core.close();
  });

  it('exports every entity table as JSON with a format version', async () => {
    const dir = tempDir();
    const id = (await crm(dir, 'people', 'add', '--name', 'Ada Lovelace', '--x', '@ada')).stdout.trim();
    const out = join(dir, 'export.json');
    const result = await crm(dir, '--now', '2026-03-01T10:00:00Z', 'export', 'json', out);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string;
      formatVersion: number;
      exportedAt: string;
      schemaVersion: string;
      entities: Record<string, Record<string, unknown>[]>;
    };
    expect(doc).toMatchObject({ format: 'rapport-export', formatVersion: 1, exportedAt: '2026-03-01T10:00:00.000Z', schemaVersion: LATEST_MIGRATION });
    const tables = Object.values(schema).filter((t) => isTable(t)).map((t) => getTableName(t));
    expect(Object.keys(doc.entities).sort()).toEqual([...tables].sort());
    expect(doc.entities.people).toEqual([expect.objectContaining({ id, display_name: 'Ada Lovelace', created_at: expect.stringMatching(/^\d{4}-.*Z$/) })]);
    expect(doc.entities.identities).toEqual([expect.objectContaining({ person_id: id, kind: 'x', value: 'ada' })]);
    expect(doc.entities.circles).toHaveLength(5);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('info --json describes the database', async () => {
    const dir = tempDir();
    await crm(dir, 'people', 'add', '--name', 'Ada Lovelace');
    const result = await crm(dir, '--json', 'info');
    expect(result.code, result.stderr).toBe(0);
    expect(AppInfo.parse(JSON.parse(result.stdout))).toMatchObject({
      name: 'Rapport',
      dbPath: join(dir, 'crm.db'),
      backupsDir: join(dir, 'backups'),
      schemaVersion: LATEST_MIGRATION,
      people: 1,
    });
  });

  it('--help works for every command and --version prints the version', async () => {
    const commands = [[], ['people'], ['people', 'add'], ['people', 'list'], ['people', 'show'], ['backup'], ['backups'], ['restore'], ['export'], ['export', 'json'], ['info'], ['web']];
    const dir = tempDir();
    // In-process through main() (what electron/cli/crm.mjs runs) to keep the number of processes down.
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      for (const command of commands) {
        written.length = 0;
        const code = await main(['--db', join(dir, 'crm.db'), ...command, '--help']);
        expect(code, command.join(' ')).toBe(0);
        expect(written.join('')).toMatch(new RegExp(`^Usage: crm${command.length ? ` ${command.join(' ')}` : ''} `));
      }
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(join(dir, 'crm.db'))).toBe(false); // help never opens the database

    const [help, version] = await Promise.all([runCli(['people', 'add', '--help']), runCli(['--version'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--name <name>');
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });
});
