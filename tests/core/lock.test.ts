import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/db/lock';
import { afterEach, describe, expect, it } from 'vitest';
import { call, openTestCore } from '../support/core';
import { killStrays, runCli, spawnSupport, stop, waitForLine } from '../support/processes';
import { tempDir } from '../support/tmp';

afterEach(killStrays);

describe('one writer per database file', () => {
  it('a second opener gets BUSY naming the holder, and a killed holder leaves no stale lock', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'crm.db');
    const holder = spawnSupport('holdDb.ts', [dbPath, 'app']);
    const [, pid] = (await waitForLine(holder, /^holding (\d+)$/)) as unknown as [string, string];

    const started = Date.now();
    const error = await openTestCore(dir).then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(error).toMatchObject({ code: 'BUSY' });
    expect(error?.message).toContain(dbPath);
    expect(error?.message).toContain(`the desktop app (process ${pid}`);
    expect(Date.now() - started).toBeLessThan(5_000); // answers at once rather than waiting out busy_timeout

    await stop(holder, 'SIGKILL');
    expect(existsSync(`${dbPath}.owner.json`)).toBe(true); // the dead holder's note is still there…
    const { core } = await openTestCore(dir); // …but the OS dropped its lock
    await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    expect((await call(core, 'app:info', undefined)).people).toBe(1);
    await core.close();
    expect(existsSync(`${dbPath}.owner.json`)).toBe(false);
  });

  it('a second core in the same process is refused too', async () => {
    const dir = tempDir();
    const first = await openTestCore(dir);
    await expect(openTestCore(dir)).rejects.toMatchObject({ code: 'BUSY', message: expect.stringMatching(/in use by a test \(process \d+/) });
    await first.core.close();
    const second = await openTestCore(dir);
    await second.core.close();
  });

  it('the CLI exits with code 5 and one line while a core holds the file', async () => {
    const dir = tempDir();
    const { core, dbPath } = await openTestCore(dir);
    const result = await runCli(['--db', dbPath, 'people', 'list']);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^crm: The database .* is in use by a test \\(process ${process.pid}, since .*\\)\\. Close it and try again\\.\\n$`));
    // The holder is undisturbed.
    await call(core, 'people:create', { displayName: 'Grace Hopper' });
    await core.close();
  });

  it('a file that is not a database is refused with a clear error and left as it is', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'crm.db');
    const text = 'name,email\nAda,ada@example.com\n'.repeat(20);
    writeFileSync(dbPath, text);
    await expect(openTestCore(dir)).rejects.toMatchObject({
      name: 'AppError',
      code: 'INTERNAL',
      message: expect.stringMatching(/crm\.db is not a database this app can open .*left as it is/),
    });
    expect(readFileSync(dbPath, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['crm.db']);

    const cli = await runCli(['--db', dbPath, 'people', 'list']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^crm: .*crm\.db is not a database this app can open .*\n$/);
    expect(cli.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it("another application's SQLite file is refused and left as it is; ours are stamped", async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'crm.db');
    const foreign = new Database(dbPath);
    foreign.exec('PRAGMA application_id = 1234; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    foreign.close();
    const before = readFileSync(dbPath);
    await expect(openTestCore(dir)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/another application/) });
    expect(readFileSync(dbPath).equals(before)).toBe(true);

    const ours = join(tempDir(), 'crm.db');
    const { core } = await openTestCore(dirname(ours));
    await core.close();
    const check = new Database(ours, { readonly: true });
    expect(check.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    check.close();
  });
});
