import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CoreClient, startCoreWorker } from '../../electron/core/host';
import type { WorkerCoreOptions } from '../../electron/core/protocol';
import { sourceWorkerSpec } from '../../electron/core/sourceWorker';
import { call, openTestCore } from '../support/core';
import { MIGRATIONS_DIR } from '../support/paths';
import { tempDir } from '../support/tmp';

const open: CoreClient[] = [];
afterEach(async () => {
  for (const client of open.splice(0)) await client.close();
});

async function startWorker(dir: string, extra: Partial<WorkerCoreOptions> = {}) {
  const logs: string[] = [];
  const options: WorkerCoreOptions = {
    dbPath: join(dir, 'crm.db'),
    migrationsDir: MIGRATIONS_DIR,
    owner: 'test',
    appVersion: '0.0.0-test',
    validateResponses: true,
    ...extra,
  };
  const client = await startCoreWorker(sourceWorkerSpec(), options, (line) => logs.push(line));
  open.push(client);
  return { client, logs };
}

describe('the core worker', () => {
  it('answers calls and relays change events', async () => {
    const { client } = await startWorker(tempDir());
    const events: [string, unknown][] = [];
    client.on((event, payload) => events.push([event, payload]));

    const created = await client.call('people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@ada' }] });
    expect(created).toMatchObject({ ok: true, value: { displayName: 'Ada Lovelace' } });
    const id = (created as { value: { id: string } }).value.id;
    expect(await client.call('people:list', { query: 'ada' })).toMatchObject({ ok: true, value: { items: [{ id }] } });
    expect(await client.call('people:get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await client.call('people:nuke', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    await expect.poll(() => events).toContainEqual(['changed', { entity: 'person', ids: [id] }]);
  });

  it('runs calls concurrently without mixing up the answers', async () => {
    const { client } = await startWorker(tempDir());
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => client.call('people:create', { displayName: `Person ${i}` })));
    expect(results.map((r) => (r as { value: { displayName: string } }).value.displayName)).toEqual(Array.from({ length: 40 }, (_, i) => `Person ${i}`));
  });

  it('refuses a payload that cannot be structured-cloned with INVALID_INPUT, and keeps going', async () => {
    const { client } = await startWorker(tempDir());
    expect(await client.call('people:create', { displayName: 'Ada', toString: () => 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await client.call('people:list', () => ({}))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await client.call('people:list', { limit: 5, cursor: Symbol('x') })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await client.call('app:info', undefined)).toMatchObject({ ok: true, value: { people: 0 } });
  });

  it('survives input that once made validation throw (a malformed %-escape in a profile URL)', async () => {
    const { client } = await startWorker(tempDir());
    const bad = { displayName: 'Ada', identities: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/%E0%A4%A' }] };
    expect(await client.call('people:create', bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await client.call('app:info', undefined)).toMatchObject({ ok: true });
  });

  it('close() releases the database lock; later calls fail cleanly', async () => {
    const dir = tempDir();
    const { client } = await startWorker(dir);
    expect(await client.call('people:create', { displayName: 'Ada' })).toMatchObject({ ok: true });
    await expect(openTestCore(dir)).rejects.toMatchObject({ code: 'BUSY' });
    await client.close();
    expect(await client.call('app:info', undefined)).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/closed/) } });
    await client.close(); // idempotent

    const { core } = await openTestCore(dir);
    expect((await call(core, 'app:info', undefined)).people).toBe(1);
    await core.close();
  });

  it('rejects start with the core error when another process holds the database', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir);
    await expect(startWorker(dir)).rejects.toMatchObject({ name: 'AppError', code: 'BUSY', message: expect.stringMatching(/in use by a test/) });
    await core.close();
  });

  it('uses a fixed clock when given one', async () => {
    const { client } = await startWorker(tempDir(), { fixedNow: Date.UTC(2030, 0, 1) });
    expect(await client.call('people:create', { displayName: 'Ada' })).toMatchObject({ ok: true, value: { createdAt: '2030-01-01T00:00:00.000Z' } });
  });
});
