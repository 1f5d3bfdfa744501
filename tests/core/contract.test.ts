import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { type Res, contract } from '../../shared/ipc/contract';
import { SOME_ID, invalidCases } from '../support/contractCases';
import { call, dbDigest, openTestCore, tickingClock } from '../support/core';
import { tempDir } from '../support/tmp';

let core: Core;
beforeEach(async () => {
  ({ core } = await openTestCore(tempDir(), { now: tickingClock() }));
});
afterEach(async () => {
  await core.close();
});

describe('every channel through the real dispatcher', () => {
  it('returns output that passes its response schema for a realistic call', async () => {
    const seen = new Set<Channel>();
    async function check<C extends Channel>(channel: C, payload: unknown): Promise<Res<C>> {
      const result = await core.dispatch(channel, payload);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      seen.add(channel);
      return contract[channel].response.parse(result.value) as Res<C>;
    }

    const ada = await check('people:create', {
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      notes: 'Met at the Analytical Society',
      circle: 'close',
      identities: [
        { kind: 'x', value: 'https://x.com/AdaLovelace', xAccountId: '1234' },
        { kind: 'email', value: 'Ada@Example.com', label: 'home' },
        { kind: 'linkedin', value: 'linkedin.com/in/ada-lovelace?trk=x' },
      ],
    });
    expect(ada.identities.map((i) => [i.kind, i.value, i.primary])).toEqual([
      ['x', 'adalovelace', true],
      ['email', 'ada@example.com', true],
      ['linkedin', 'in/ada-lovelace', true],
    ]);
    expect((await check('people:get', { id: ada.id })).displayName).toBe('Ada Lovelace');
    expect((await check('people:update', { id: ada.id, patch: { familyName: 'King', location: '  ' } })).location).toBeNull();
    expect((await check('people:archive', { id: ada.id })).archivedAt).not.toBeNull();
    expect((await check('people:unarchive', { id: ada.id })).archivedAt).toBeNull();
    const page = await check('people:list', { query: 'ada', limit: 10 });
    expect(page.items.map((p) => [p.displayName, p.headline])).toEqual([['Ada Lovelace', '@AdaLovelace']]);
    const backup = await check('backups:create', { reason: 'manual' });
    expect((await check('backups:list', undefined)).map((b) => b.name)).toEqual([backup.name]);
    expect(await check('app:info', {})).toMatchObject({ people: 1, lastBackup: { name: backup.name } });
    expect((await check('backups:restore', { name: backup.name })).restored.name).toBe(backup.name);

    expect([...seen].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses every bad payload with INVALID_INPUT before touching the database', async () => {
    const ada = await call(core, 'people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@ada' }] });
    const sqlite = core.session().sqlite;
    const before = dbDigest(sqlite);
    const events: unknown[] = [];
    core.on((event) => events.push(event));

    for (const channel of CHANNELS) {
      for (const [label, payload] of invalidCases(channel)) {
        // Point id-carrying payloads at the real person so only the bad part can be refused.
        const aimed = typeof payload === 'object' && payload !== null && 'id' in payload && payload.id === SOME_ID ? { ...payload, id: ada.id } : payload;
        const result = await core.dispatch(channel, aimed);
        expect(result, `${channel}: ${label}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^invalid request: /) } });
        const details = (result as { error: { details: unknown } }).error.details as { path: string; message: string }[];
        expect(details.length, `${channel}: ${label}`).toBeGreaterThan(0);
      }
    }
    expect(dbDigest(sqlite)).toBe(before);
    expect(events).toEqual([]);
  });

  it.each([
    ['linkedin', 'https://www.linkedin.com/in/%E0%A4%A'],
    ['x', 'https://x.com/%E0%A4%A'],
    ['instagram', 'https://instagram.com/%zz'],
  ] as const)('answers a %s URL with a malformed escape (%s) with INVALID_INPUT, never a thrown error', async (kind, value) => {
    await expect(core.dispatch('people:create', { displayName: 'Ada', identities: [{ kind, value }] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('identities.0.value') },
    });
  });

  it('answers with an envelope even when reading the payload throws (a hostile getter)', async () => {
    const hostile = {
      get displayName(): string {
        throw new Error('boom');
      },
    };
    await expect(core.dispatch('people:create', hostile)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each(['people:drop', 'PEOPLE:LIST', '__proto__', 'constructor', 'toString', '', 'people:list '])('refuses the unknown channel %j', async (channel) => {
    expect(await core.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/unknown channel/) } });
  });

  it.each(['people:get', 'people:archive', 'people:unarchive'] as const)('%s answers NOT_FOUND for a missing person', async (channel) => {
    expect(await core.dispatch(channel, { id: SOME_ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { id: SOME_ID } } });
  });

  it('people:update answers NOT_FOUND for a missing person', async () => {
    expect(await core.dispatch('people:update', { id: SOME_ID, patch: { notes: 'x' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('identity conflicts', () => {
  it.each(['@someone', 'SomeOne', 'https://mobile.twitter.com/SOMEONE/status/99', 'twitter.com/someone?s=20'])(
    'refuses X handle %j when it belongs to someone else, writing nothing',
    async (handle) => {
      const owner = await call(core, 'people:create', { displayName: 'Sam Owner', identities: [{ kind: 'x', value: 'https://x.com/SomeOne' }] });
      const before = dbDigest(core.session().sqlite);
      const result = await core.dispatch('people:create', {
        displayName: 'Sam Other',
        identities: [{ kind: 'email', value: 'other@example.com' }, { kind: 'x', value: handle }],
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('already belongs to Sam Owner'), details: { kind: 'x', value: 'someone', personId: owner.id } },
      });
      expect(dbDigest(core.session().sqlite)).toBe(before);
    },
  );

  it('refuses the same identity twice in one request', async () => {
    const result = await core.dispatch('people:create', {
      displayName: 'Sam',
      identities: [{ kind: 'email', value: 'sam@example.com' }, { kind: 'email', value: 'SAM@example.com' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('listed twice') } });
    expect((await call(core, 'app:info', undefined)).people).toBe(0);
  });

  it('maps a unique-index violation (same X account id) to CONFLICT and rolls back', async () => {
    await call(core, 'people:create', { displayName: 'Old Handle', identities: [{ kind: 'x', value: '@old', xAccountId: '42' }] });
    const result = await core.dispatch('people:create', { displayName: 'New Handle', identities: [{ kind: 'x', value: '@new', xAccountId: '42' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call(core, 'people:list', {})).items.map((p) => p.displayName)).toEqual(['Old Handle']);
  });

  it('lets the same value be used for different kinds', async () => {
    await call(core, 'people:create', { displayName: 'A', identities: [{ kind: 'x', value: 'samsmith' }] });
    await call(core, 'people:create', { displayName: 'B', identities: [{ kind: 'instagram', value: 'samsmith' }] });
    expect((await call(core, 'app:info', undefined)).people).toBe(2);
  });
});
