import { describe, expect, it } from 'vitest';
import { ONLINE_CHANNELS, type Touchpoint, type TouchpointChannel } from '../../shared/domain/touchpoint';
import { SOME_ID } from '../support/contractCases';
import { allPages, call, dbDigest, recordChanges, useTestCore } from '../support/core';

const env = useTestCore();

const person = async (displayName: string) => (await call(env.core, 'people:create', { displayName })).id;

interface Figures {
  last: number | null;
  online: number;
  offline: number;
  them: number;
}

/** The denormalised figures as stored. */
function stored(id: string): Figures {
  return env.sqlite.prepare(`SELECT last_touch_at AS last, online_touches AS online, offline_touches AS offline, touches_by_them AS them FROM people WHERE id = ?`).get(id) as Figures;
}

/** The same figures recomputed from scratch from live touchpoints: what stored() must always equal. */
function recomputed(id: string): Figures {
  const online = ONLINE_CHANNELS.map((c) => `'${c}'`).join(', ');
  return env.sqlite
    .prepare(
      `SELECT max(t.at) AS last, count(CASE WHEN t.channel IN (${online}) THEN 1 END) AS online,
         count(CASE WHEN t.channel NOT IN (${online}) THEN 1 END) AS offline,
         count(CASE WHEN t.initiated_by = 'them' THEN 1 END) AS them
       FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
       WHERE tp.person_id = ? AND t.deleted_at IS NULL`,
    )
    .get(id) as Figures;
}

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 0, day, hour)).toISOString();
const ms = (iso: string) => Date.parse(iso);

describe('touchpoints keep people’s last touch and online/offline counts', () => {
  it('through create, update (time, people, channel), delete and restore', async () => {
    const [ada, bob, cy] = [await person('Ada'), await person('Bob'), await person('Cy')];
    const event = await call(env.core, 'events:create', { name: 'Web Summit', startsOn: '2026-01-05' });
    const changes = recordChanges(env.core);

    const lunch = await call(env.core, 'touchpoints:create', {
      at: at(5),
      channel: 'in_person',
      initiatedBy: 'me',
      personIds: [bob, ada, bob],
      eventId: event.id,
      note: '  talked about aviation art  ',
    });
    expect(lunch).toMatchObject({ channel: 'in_person', kind: 'conversation', note: 'talked about aviation art', event: { id: event.id, name: 'Web Summit' }, deletedAt: null });
    expect(lunch.participants).toEqual([
      { id: ada, name: 'Ada' },
      { id: bob, name: 'Bob' },
    ]);
    expect(changes).toEqual([
      { entity: 'touchpoint', ids: [lunch.id] },
      { entity: 'person', ids: [ada, bob] },
    ]);
    const dm = await call(env.core, 'touchpoints:create', { at: at(9), channel: 'x_dm', initiatedBy: 'them', kind: 'thanks', personIds: [ada] });
    await call(env.core, 'touchpoints:create', { at: at(2), channel: 'email', initiatedBy: 'me', personIds: [ada] });
    expect(stored(ada)).toEqual({ last: ms(at(9)), online: 2, offline: 1, them: 1 });
    expect(stored(bob)).toMatchObject({ last: ms(at(5)), online: 0, offline: 1 });
    expect(stored(cy)).toMatchObject({ last: null, online: 0, offline: 0 });
    expect((await call(env.core, 'people:get', { id: ada })).lastTouchAt).toBe(at(9));

    // Earlier time, Bob swapped for Cy, offline becomes online.
    const moved = await call(env.core, 'touchpoints:update', { id: lunch.id, patch: { at: at(3), personIds: [ada, cy], channel: 'video' } });
    expect(moved.participants.map((p) => p.name)).toEqual(['Ada', 'Cy']);
    await call(env.core, 'touchpoints:update', { id: lunch.id, patch: { channel: 'linkedin', note: null, eventId: null } });
    expect(await call(env.core, 'touchpoints:get', { id: lunch.id })).toMatchObject({ channel: 'linkedin', note: null, event: null, at: at(3) });
    expect(stored(bob)).toMatchObject({ last: null, online: 0, offline: 0 });
    expect(stored(cy)).toMatchObject({ last: ms(at(3)), online: 1, offline: 0 });
    expect(stored(ada)).toMatchObject({ last: ms(at(9)), online: 3, offline: 0 });

    // Deleting the newest moves Ada's last touch back; restoring moves it forward again.
    const deleted = await call(env.core, 'touchpoints:delete', { id: dm.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect(stored(ada)).toMatchObject({ last: ms(at(3)), online: 2, offline: 0 });
    await call(env.core, 'touchpoints:delete', { id: dm.id }); // idempotent
    expect(stored(ada)).toMatchObject({ last: ms(at(3)), online: 2, offline: 0 });
    // Editing a deleted touchpoint changes it, not the counts.
    await call(env.core, 'touchpoints:update', { id: dm.id, patch: { at: at(20), personIds: [bob] } });
    expect(stored(bob)).toMatchObject({ last: null, online: 0, offline: 0 });
    expect((await call(env.core, 'touchpoints:restore', { id: dm.id })).deletedAt).toBeNull();
    expect(stored(bob)).toMatchObject({ last: ms(at(20)), online: 1, offline: 0 });
    expect(stored(ada)).toMatchObject({ last: ms(at(3)), online: 2, offline: 0 });
    for (const id of [ada, bob, cy]) expect(stored(id)).toEqual(recomputed(id));
  });

  it('stays equal to a recomputation over a random sequence of edits', async () => {
    const people = [await person('P0'), await person('P1'), await person('P2'), await person('P3')];
    const channels: TouchpointChannel[] = ['in_person', 'email', 'x_mention', 'call', 'letter', 'x_dm'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const some = () => people.filter(() => rand(2) === 0).concat(people[rand(4)]!);
    const made: string[] = [];
    for (let step = 0; step < 120; step++) {
      const op = made.length === 0 ? 0 : rand(5);
      if (op <= 1) {
        made.push((await call(env.core, 'touchpoints:create', { at: at(1 + rand(28), rand(24)), channel: channels[rand(6)]!, initiatedBy: rand(2) ? 'me' : 'them', personIds: some() })).id);
      } else if (op === 2) {
        const patch = [{ at: at(1 + rand(28)) }, { personIds: some() }, { channel: channels[rand(6)]! }, { initiatedBy: rand(2) ? ('me' as const) : ('them' as const) }][rand(4)]!;
        await call(env.core, 'touchpoints:update', { id: made[rand(made.length)]!, patch });
      } else {
        await call(env.core, op === 3 ? 'touchpoints:delete' : 'touchpoints:restore', { id: made[rand(made.length)]! });
      }
    }
    for (const id of people) expect(stored(id), id).toEqual(recomputed(id));
  });

  it('answers NOT_FOUND naming the unknown person or event, changing nothing', async () => {
    const ada = await person('Ada');
    const tp = await call(env.core, 'touchpoints:create', { at: at(1), channel: 'call', initiatedBy: 'me', personIds: [ada] });
    const before = dbDigest(env.sqlite);
    const cases: [string, unknown, object][] = [
      ['touchpoints:create', { at: at(2), channel: 'call', initiatedBy: 'me', personIds: [ada, SOME_ID] }, { personId: SOME_ID }],
      ['touchpoints:create', { at: at(2), channel: 'call', initiatedBy: 'me', personIds: [ada], eventId: SOME_ID }, { eventId: SOME_ID }],
      ['touchpoints:update', { id: tp.id, patch: { personIds: [SOME_ID] } }, { personId: SOME_ID }],
      ['touchpoints:update', { id: tp.id, patch: { eventId: SOME_ID } }, { eventId: SOME_ID }],
      ['touchpoints:update', { id: SOME_ID, patch: { note: 'x' } }, { id: SOME_ID }],
      ['touchpoints:get', { id: SOME_ID }, { id: SOME_ID }],
      ['touchpoints:delete', { id: SOME_ID }, { id: SOME_ID }],
      ['touchpoints:restore', { id: SOME_ID }, { id: SOME_ID }],
    ];
    for (const [channel, payload, details] of cases) {
      expect(await env.core.dispatch(channel, payload), channel).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining(SOME_ID), details } });
    }
    expect(dbDigest(env.sqlite)).toBe(before);
  });

  it('a bulk insert (the import and seed path) moves each person’s figures once and right, or writes nothing', async () => {
    const [ada, bo] = [await person('Ada'), await person('Bo')];
    const repo = env.core.context().touchpoints;
    const input = (hour: number, channel: TouchpointChannel, personIds: string[], note?: string) =>
      ({ at: at(hour), channel, initiatedBy: 'them', kind: 'conversation', personIds, note }) as const;
    const ids = repo.insertMany(
      [input(5, 'x_dm', [ada]), input(2, 'in_person', [ada, bo], 'Lunch at the harbour'), input(9, 'email', [bo, bo]), input(1, 'call', [ada])],
      Date.now(),
    );
    expect(new Set(ids).size).toBe(4);
    for (const id of [ada, bo]) expect(stored(id), id).toEqual(recomputed(id));
    expect(stored(ada)).toMatchObject({ online: 1, offline: 2, last: ms(at(5)) });
    expect((await call(env.core, 'search:all', { query: 'harbour' })).touchpoints.map((t) => t.id)).toEqual([ids[1]]);

    const before = dbDigest(env.sqlite);
    expect(() => repo.insertMany([input(3, 'call', [ada]), input(4, 'call', [SOME_ID])], Date.now())).toThrow(SOME_ID);
    expect(dbDigest(env.sqlite)).toBe(before);
  });
});

describe('the global timeline (touchpoints:recent)', () => {
  it('pages newest first through equal times, by channel and by online/offline', async () => {
    const [ada, bob] = [await person('Ada'), await person('Bob')];
    const channels: TouchpointChannel[] = ['in_person', 'email', 'x_mention', 'call', 'x_dm', 'letter', 'linkedin'];
    const made: Touchpoint[] = [];
    for (let i = 0; i < 40; i++) {
      // Every time appears three times, so the id must break ties.
      made.push(await call(env.core, 'touchpoints:create', { at: at(1 + Math.floor(i / 3)), channel: channels[i % channels.length]!, initiatedBy: 'me', personIds: [i % 2 ? ada : bob] }));
    }
    await call(env.core, 'touchpoints:delete', { id: made[10]!.id });
    const live = made.filter((_, i) => i !== 10).sort((a, b) => ms(b.at) - ms(a.at) || (a.id < b.id ? 1 : -1));
    const walk = async (query: { channels?: TouchpointChannel[]; mode?: 'online' | 'offline' }, limit: number) =>
      (await allPages(limit, (cursor) => call(env.core, 'touchpoints:recent', { ...query, limit, cursor }))).map((t) => t.id);
    for (const limit of [1, 4, 7, 100]) expect(await walk({}, limit)).toEqual(live.map((t) => t.id));
    const online = live.filter((t) => ONLINE_CHANNELS.includes(t.channel));
    expect(await walk({ mode: 'online' }, 5)).toEqual(online.map((t) => t.id));
    expect(await walk({ mode: 'offline' }, 5)).toEqual(live.filter((t) => !ONLINE_CHANNELS.includes(t.channel)).map((t) => t.id));
    expect(await walk({ channels: ['x_dm', 'call'] }, 3)).toEqual(live.filter((t) => ['x_dm', 'call'].includes(t.channel)).map((t) => t.id));
    expect(await walk({ channels: ['x_dm', 'call'], mode: 'online' }, 3)).toEqual(live.filter((t) => t.channel === 'x_dm').map((t) => t.id));
    expect(await walk({ channels: ['call'], mode: 'online' }, 3)).toEqual([]);
    expect((await call(env.core, 'touchpoints:recent', { limit: 1 })).items[0]!.participants).toHaveLength(1);
    expect(await env.core.dispatch('touchpoints:recent', { cursor: 'nope' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
