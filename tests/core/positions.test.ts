import { describe, expect, it } from 'vitest';
import { SOME_ID } from '../support/contractCases';
import { call, dbDigest, useTestCore } from '../support/core';

const env = useTestCore();

const person = (displayName: string) => call(env.core, 'people:create', { displayName });
const orgs = (query?: string) => call(env.core, 'organisations:list', query === undefined ? {} : { query });

describe('positions', () => {
  it('lists current jobs first, then by start date newest first; removing and ending a job reorders', async () => {
    const ada = await person('Ada');
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Old Co', title: 'Intern', startOn: '2001', endOn: '2002' });
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Mid Co', startOn: '2010-05', endOn: '2015' });
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Now Co', title: 'CTO', startOn: '2016' });
    const withSide = await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Side Project' });
    const summary = (p: typeof withSide) => p.positions.map((j) => [j.organisation.name, j.current]);
    expect(summary(withSide)).toEqual([
      ['Now Co', true],
      ['Side Project', true], // current but undated: after the dated current job
      ['Mid Co', false],
      ['Old Co', false],
    ]);
    const nowCo = withSide.positions[0]!;
    const ended = await call(env.core, 'positions:update', { id: nowCo.id, patch: { endOn: '2024-03', title: 'Former CTO' } });
    expect(summary(ended)).toEqual([
      ['Side Project', true],
      ['Now Co', false],
      ['Mid Co', false],
      ['Old Co', false],
    ]);
    expect(ended.positions[1]).toMatchObject({ title: 'Former CTO', startOn: '2016', endOn: '2024-03' });
    const removed = await call(env.core, 'positions:remove', { id: withSide.positions[1]!.id });
    expect(summary(removed).map(([name]) => name)).toEqual(['Now Co', 'Mid Co', 'Old Co']);
    expect((await call(env.core, 'people:list', {})).items[0]?.headline).toBeNull(); // no current job, no identity
  });

  it('shows the current job as the list headline', async () => {
    const ada = await person('Ada');
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Acme', title: 'CTO', startOn: '2020' });
    expect((await call(env.core, 'people:list', {})).items[0]?.headline).toBe('CTO at Acme');
  });

  it('matches the organisation by folded name, or creates it', async () => {
    const [ada, bob] = [await person('Ada'), await person('Bob')];
    const a = await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Ørsted  A/S' });
    const b = await call(env.core, 'positions:add', { personId: bob.id, organisation: 'orsted a/s' });
    expect(b.positions[0]?.organisation).toEqual(a.positions[0]?.organisation);
    expect(a.positions[0]?.organisation.name).toBe('Ørsted A/S');
    expect(env.sqlite.prepare(`SELECT count(*) FROM organisations`).pluck().get()).toBe(1);
  });

  it('refuses an end before the start, unknown people and unknown or removed jobs', async () => {
    const ada = await person('Ada');
    const before = dbDigest(env.sqlite);
    for (const [startOn, endOn] of [['2020', '2019-12'], ['2020-05', '2020-04-30'], ['2021-03', '2021-02']]) {
      expect(await env.core.dispatch('positions:add', { personId: ada.id, organisation: 'Acme', startOn, endOn }), `${startOn}–${endOn}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await env.core.dispatch('positions:add', { personId: SOME_ID, organisation: 'Acme' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dbDigest(env.sqlite)).toBe(before);
    // Approximate dates compare on the precision they share: a job in 2020 can end in 2020-06.
    const job = (await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Acme', startOn: '2020', endOn: '2020-06' })).positions[0]!;
    expect(await env.core.dispatch('positions:update', { id: job.id, patch: { startOn: '2021' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await call(env.core, 'positions:remove', { id: job.id });
    expect(await env.core.dispatch('positions:update', { id: job.id, patch: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await env.core.dispatch('positions:remove', { id: job.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('organisations:list', () => {
  it('counts live people with a live job there, current or past, each once', async () => {
    const [ada, bob, cy, dee] = [await person('Ada'), await person('Bob'), await person('Cy'), await person('Dee')];
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Acme', startOn: '2010', endOn: '2012' });
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'ACME', startOn: '2012' }); // promoted: still one person
    await call(env.core, 'positions:add', { personId: bob.id, organisation: 'Acme' });
    await call(env.core, 'positions:add', { personId: cy.id, organisation: 'Globex' });
    const gone = (await call(env.core, 'positions:add', { personId: dee.id, organisation: 'Initech' })).positions[0]!;
    expect((await orgs()).map((o) => [o.name, o.people])).toEqual([
      ['Acme', 2],
      ['Globex', 1],
      ['Initech', 1],
    ]);
    await call(env.core, 'people:archive', { id: bob.id });
    await call(env.core, 'positions:remove', { id: gone.id });
    // Without a query only organisations someone (live) has are listed.
    expect((await orgs()).map((o) => [o.name, o.people])).toEqual([
      ['Acme', 1],
      ['Globex', 1],
    ]);
    await call(env.core, 'people:unarchive', { id: bob.id });
    expect((await orgs())[0]).toMatchObject({ name: 'Acme', people: 2 });
  });

  it('with a query matches folded prefixes first, then substrings, including unused organisations', async () => {
    const [ada, bob] = [await person('Ada'), await person('Bob')];
    await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Global Ventures' });
    await call(env.core, 'positions:add', { personId: bob.id, organisation: 'Global Ventures' });
    const job = (await call(env.core, 'positions:add', { personId: ada.id, organisation: 'Société Générale' })).positions[0]!;
    await call(env.core, 'positions:add', { personId: bob.id, organisation: 'Big Globe' });
    await call(env.core, 'positions:remove', { id: job.id });
    expect((await orgs('glob')).map((o) => [o.name, o.people])).toEqual([
      ['Global Ventures', 2],
      ['Big Globe', 1],
    ]);
    expect((await orgs('SOCIÉTÉ')).map((o) => [o.name, o.people])).toEqual([['Société Générale', 0]]);
    expect((await orgs('gene')).map((o) => o.name)).toEqual(['Société Générale']);
    expect(await orgs('100%')).toEqual([]); // LIKE wildcards are literal
    expect(await call(env.core, 'organisations:list', { query: 'l', limit: 1 })).toHaveLength(1);
  });
});
