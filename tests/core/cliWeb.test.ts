import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, openTestCore } from '../support/core';
import { REPO_ROOT } from '../support/paths';
import { finished, killStrays, runCli, spawnCli, stop, waitForLine } from '../support/processes';
import { tempDir } from '../support/tmp';

afterEach(killStrays);

describe('crm web', () => {
  it('prints its URL, serves the contract with the token, and releases the lock on SIGTERM', async () => {
    const dir = tempDir();
    const db = join(dir, 'crm.db');

    // `crm web` serves the built renderer; `npm test` builds it before vitest. In a fresh
    // clone without a build the command must say so instead.
    if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) {
      const result = await runCli(['--db', db, 'web', '--port', '0'], { CRM_DB: db });
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^crm: The renderer is not built .*npm run build first\.\n$/);
      return;
    }

    const child = spawnCli(['--db', db, 'web', '--port', '0'], { CRM_DB: db });
    const output = finished(child);
    const [, origin, token] = (await waitForLine(child, /^crm web: (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/)) as unknown as [string, string, string];

    const info = await fetch(`${origin}/rpc/app:info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ ok: true, value: { name: 'Rapport', dbPath: db, people: 0 } });
    expect((await fetch(`${origin}/rpc/app:info`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${origin}/`)).status).toBe(200);
    await expect(openTestCore(dir)).rejects.toMatchObject({ code: 'BUSY', message: expect.stringContaining('browser mode (npm run web)') });

    const exit = await stop(child, 'SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect((await output).stderr).toBe('');
    expect(existsSync(`${db}.owner.json`)).toBe(false);
    const { core } = await openTestCore(dir);
    expect((await call(core, 'app:info', undefined)).people).toBe(0);
    await core.close();
  });
});
