import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { handlers } from '../../electron/core/handlers';
import type { Sqlite } from '../../electron/db/client';
import type { TimelineEntry, TouchpointChannel } from '../../shared/domain/touchpoint';
import { contract } from '../../shared/ipc/contract';
import { SOME_ID } from '../support/contractCases';
import { allPages, call, openTestCore, tickingClock } from '../support/core';
import { suiteTempDir } from '../support/tmp';

const TOUCHPOINTS = 3000;
const START = Date.UTC(2026, 0, 15, 12);

interface Expected {
  type: TimelineEntry['type'];
  id: string;
  at: number;
}

let core: Core;
let sqlite: Sqlite;
let ada: string;
const expected: Expected[] = [];

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

beforeAll(async () => {
  ({ core } = await openTestCore(suiteTempDir(), { now: tickingClock(START) }));
  sqlite = core.session().sqlite;
  const created = await call(core, 'people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'email', value: 'ada@example.com' }] });
  ada = created.id;
  const bob = (await call(core, 'people:create', { displayName: 'Bob' })).id;
  expected.push({ type: 'added', id: ada, at: Date.parse(created.createdAt) });

  // Linked later: on the timeline. Linked at creation (the email): not.
  const linked = await call(core, 'identities:add', { personId: ada, identity: { kind: 'x', value: '@AdaL' } });
  const x = linked.identities.find((i) => i.kind === 'x')!;
  expected.push({ type: 'identity_linked', id: x.id, at: Date.parse(linked.updatedAt) });

  const withJob = await call(core, 'positions:add', { personId: ada, organisation: 'Analytical Engines', title: 'Programmer', startOn: '2019', endOn: '2021-06' });
  const job = withJob.positions[0]!;
  expected.push({ type: 'position', id: `${job.id}:started`, at: day('2019-01-01') }, { type: 'position', id: `${job.id}:ended`, at: day('2021-06-01') });

  // Met at a dated event (its start), at an undated one (when the attendance was made); not met, or removed: absent.
  const summit = await call(core, 'events:create', { name: 'Web Summit', startsOn: '2025-11-10' });
  const party = await call(core, 'events:create', { name: 'Party' });
  const dinner = await call(core, 'events:create', { name: 'Dinner', startsOn: '2025-03-01' });
  const gone = await call(core, 'events:create', { name: 'Gone', startsOn: '2025-03-02' });
  const met = await call(core, 'attendance:add', { eventId: summit.id, personId: ada, note: 'aviation art' });
  const partyMet = await call(core, 'attendance:add', { eventId: party.id, personId: ada });
  await call(core, 'attendance:add', { eventId: dinner.id, personId: ada, met: false });
  await call(core, 'attendance:remove', { id: (await call(core, 'attendance:add', { eventId: gone.id, personId: ada })).id });
  expected.push({ type: 'met', id: met.id, at: day('2025-11-10') }, { type: 'met', id: partyMet.id, at: Date.parse(partyMet.createdAt) });

  // Reminders have no channel yet: written as the reminders feature will write them.
  const insert = sqlite.prepare(
    `INSERT INTO reminders (id, person_id, kind, title, due_at, done_at, created_at, updated_at, deleted_at) VALUES (?, ?, 'one_off', ?, ?, ?, ?, ?, ?)`,
  );
  const rid = (n: number) => `01a209a4-1a60-7446-b578-4901cb4ce0${String(n).padStart(2, '0')}`;
  insert.run(rid(1), ada, 'Send the HBR article', START, day('2025-11-12'), START, START, null);
  insert.run(rid(2), ada, 'Not done yet', START, null, START, START, null);
  insert.run(rid(3), ada, 'Deleted', START, day('2025-11-13'), START, START, START);
  insert.run(rid(4), bob, 'Someone else', START, day('2025-11-13'), START, START, null);
  expected.push({ type: 'reminder_done', id: rid(1), at: day('2025-11-12') });

  // Thousands of touchpoints through the real handler, in one commit as the seeder does;
  // four share each minute and one lands exactly on the summit's start, so ties need (type, id).
  const ctx = core.context();
  const channels: TouchpointChannel[] = ['x_mention', 'email', 'in_person', 'x_dm', 'call'];
  const create = (i: number, personIds: string[], atMs: number) =>
    handlers['touchpoints:create'](
      contract['touchpoints:create'].request.parse({ at: new Date(atMs).toISOString(), channel: channels[i % 5], initiatedBy: 'me', personIds }),
      ctx,
    );
  const made: { id: string; at: number }[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < TOUCHPOINTS; i++) {
      const atMs = day('2025-11-10') + Math.floor((i - 40) / 4) * 60_000;
      const tp = create(i, i % 10 === 3 ? [bob, ada] : [ada], atMs) as { id: string };
      made.push({ id: tp.id, at: atMs });
    }
    create(0, [bob], day('2025-11-11'));
  })();
  for (const [i, tp] of made.entries()) {
    if (i % 97 === 5) await call(core, 'touchpoints:delete', { id: tp.id });
    else expected.push({ type: 'touchpoint', id: tp.id, at: tp.at });
  }
  expected.sort((a, b) => b.at - a.at || (a.type < b.type ? 1 : a.type > b.type ? -1 : 0) || (a.id < b.id ? 1 : -1));
});
afterAll(async () => {
  await core.close();
});

const walk = (limit: number): Promise<TimelineEntry[]> => allPages(limit, (cursor) => call(core, 'timeline:person', { personId: ada, limit, cursor }));

describe('timeline:person', () => {
  it('merges every kind of entry newest first, each exactly once, whatever the page size', async () => {
    for (const limit of [100, 7, 500]) {
      const entries = await walk(limit);
      expect(entries.map((e) => `${e.type} ${e.id} ${Date.parse(e.at)}`)).toEqual(expected.map((e) => `${e.type} ${e.id} ${e.at}`));
    }
  });

  it('carries what each entry shows', async () => {
    const entries = await walk(500);
    const find = <T extends TimelineEntry['type']>(type: T) => entries.filter((e): e is Extract<TimelineEntry, { type: T }> => e.type === type);
    expect(find('met').map((e) => [e.event.name, e.note])).toEqual([
      ['Party', null],
      ['Web Summit', 'aviation art'],
    ]);
    expect(find('identity_linked').map((e) => [e.kind, e.display])).toEqual([['x', '@AdaL']]);
    expect(find('position').map((e) => [e.change, e.organisation.name, e.title])).toEqual([
      ['ended', 'Analytical Engines', 'Programmer'],
      ['started', 'Analytical Engines', 'Programmer'],
    ]);
    expect(find('reminder_done').map((e) => e.title)).toEqual(['Send the HBR article']);
    const shared = find('touchpoint').find((e) => e.touchpoint.participants.length === 2)!;
    expect(shared.touchpoint.participants.map((p) => p.name)).toEqual(['Ada Lovelace', 'Bob']);
    // On the summit's start a touchpoint and the meeting share the millisecond: touchpoint first.
    const i = entries.findIndex((e) => e.type === 'met' && e.event.name === 'Web Summit');
    expect(entries[i - 1]!.type).toBe('touchpoint');
    expect(entries[i - 1]!.at).toBe(entries[i]!.at);
  });

  it('answers the first page of 100 in a few milliseconds', () => {
    const timeline = core.context().timeline;
    const times: number[] = [];
    for (let run = 0; run < 200; run++) {
      const started = performance.now();
      timeline.page({ personId: ada, limit: 100 });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p50 = times[100]!;
    const p95 = times[190]!;
    process.stdout.write(`timeline first page (100) at ${TOUCHPOINTS} touchpoints: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms\n`);
    // Generous for slow CI machines; the benchmark holds the real budget (3 ms p95).
    expect(p50).toBeLessThan(15);
  });

  it('refuses an unknown person and a foreign cursor', async () => {
    expect(await core.dispatch('timeline:person', { personId: SOME_ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { personId: SOME_ID } } });
    const eventsCursor = (await call(core, 'events:list', { limit: 1 })).nextCursor!;
    expect(await core.dispatch('timeline:person', { personId: ada, cursor: eventsCursor })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
