import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/core';
import { listPeople } from '../../electron/db/repositories/peopleList';
import { forgetStatements } from '../../electron/db/client';
import { type CircleId, PeopleListQuery, type PeopleListQueryParsed, type PersonSummary } from '../../shared/domain/person';
import type { TouchpointChannel } from '../../shared/domain/touchpoint';
import { decodeCursor, encodeCursor } from '../../shared/util/cursor';
import { sortKeyForName } from '../../shared/util/text';
import { allPages, call, openTestCore, tickingClock } from '../support/core';
import { suiteTempDir } from '../support/tmp';

// A few hundred people with every kind of filterable fact, built through the handlers, and a
// model of who should match each filter. Every sort and filter is paged to the end in small
// pages three ways: through the dispatcher (the planner's choice), forcing the plan that
// walks the sort index, and forcing the plan that starts from the filter's members.

const N = 300;
const FIRST = ['José', 'Jose', 'Émile', 'Emma', 'Zoë', 'Ødegaard', 'Ana', 'Łukasz', 'Ada'];
const CIRCLES: (CircleId | null)[] = ['inner', 'close', 'network', 'keep_warm', 'dormant', null];

interface Model {
  id: string;
  name: string;
  circle: CircleId | null;
  tags: string[];
  interests: string[];
  orgs: string[];
  metAt: string[];
  online: number;
  offline: number;
  archived: boolean;
  createdAt: number;
  lastTouch: number | null;
}

let core: Core;
const people: Model[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ core } = await openTestCore(suiteTempDir(), { now: tickingClock() }));
  const summit = await call(core, 'events:create', { name: 'Web Summit' });
  const dinner = await call(core, 'events:create', { name: 'Charity dinner' });
  for (let i = 0; i < N; i++) {
    const tags = [...(i % 3 === 0 ? ['alpha'] : []), ...(i % 7 === 0 ? ['rare'] : []), ...(i === 5 ? ['solo'] : [])];
    const interests = [...(i % 4 === 0 ? ['chess'] : []), ...(i % 10 === 1 ? ['go'] : [])];
    const name = `${FIRST[i % FIRST.length]} ${String.fromCharCode(65 + ((i * 7) % 26))}${i % 4 === 0 ? '' : i % 5}`;
    const person = await call(core, 'people:create', {
      displayName: name,
      circle: CIRCLES[i % CIRCLES.length],
      tags,
      interests,
      ...(i % 5 === 0 ? { position: { organisation: 'Acme', title: 'Engineer' } } : {}),
    });
    const m: Model = {
      id: person.id,
      name,
      circle: CIRCLES[i % CIRCLES.length]!,
      tags,
      interests,
      orgs: i % 5 === 0 ? ['Acme'] : [],
      metAt: [],
      online: 0,
      offline: 0,
      archived: false,
      createdAt: Date.parse(person.createdAt),
      lastTouch: null,
    };
    if (i % 11 === 0) {
      // A past job at Acme, a current one at Globex.
      await call(core, 'positions:add', { personId: person.id, organisation: 'ACME', startOn: '2001', endOn: '2003' });
      await call(core, 'positions:add', { personId: person.id, organisation: 'Globex', startOn: '2004' });
      m.orgs = [...new Set([...m.orgs, 'Acme', 'Globex'])];
    }
    if (i % 13 === 0 && i % 5 !== 0 && i % 11 !== 0) {
      const job = (await call(core, 'positions:add', { personId: person.id, organisation: 'Acme' })).positions[0]!;
      await call(core, 'positions:remove', { id: job.id }); // a removed job does not count
    }
    if (i % 6 === 0) {
      await call(core, 'attendance:add', { eventId: summit.id, personId: person.id, met: true });
      m.metAt.push(summit.id);
    } else if (i % 9 === 0) {
      await call(core, 'attendance:add', { eventId: summit.id, personId: person.id, met: false }); // there, not met
    }
    if (i % 17 === 0) {
      await call(core, 'attendance:add', { eventId: dinner.id, personId: person.id });
      m.metAt.push(dinner.id);
    }
    const touch = async (channel: TouchpointChannel, at: number) => {
      await call(core, 'touchpoints:create', { at: new Date(at).toISOString(), channel, initiatedBy: 'me', personIds: [person.id] });
      m.lastTouch = Math.max(m.lastTouch ?? 0, at);
    };
    // Touch times repeat (every 40 people), so the last-touch sort has ties the id must break.
    if (i % 8 === 0) {
      await touch('x_dm', Date.UTC(2026, 0, 1 + (i % 40)));
      m.online++;
    }
    if (i % 12 === 0) {
      await touch('call', Date.UTC(2025, 5, 1 + (i % 40)));
      m.offline++;
    }
    people.push(m);
  }
  for (const m of people.filter((_, i) => i % 23 === 0)) {
    await call(core, 'people:archive', { id: m.id });
    m.archived = true;
  }
  const find = async (channel: 'tags:list' | 'interests:list' | 'organisations:list', name: string) =>
    (await call(core, channel, { query: name })).find((l) => l.name.toLowerCase() === name.toLowerCase())!.id;
  for (const t of ['alpha', 'rare', 'solo']) ids[`tag:${t}`] = await find('tags:list', t);
  for (const t of ['chess', 'go']) ids[`interest:${t}`] = await find('interests:list', t);
  for (const t of ['Acme', 'Globex']) ids[`org:${t}`] = await find('organisations:list', t);
  ids['event:summit'] = summit.id;
  ids['event:dinner'] = dinner.id;
});
afterAll(async () => {
  await core.close();
});

const bytes = (s: string) => Buffer.from(s, 'utf8');
const cmp = (a: string, b: string) => Buffer.compare(bytes(a), bytes(b));
const offlineish = (m: Model) => m.offline > 0 || m.metAt.length > 0;

function expected(q: PeopleListQueryParsed): string[] {
  // ids maps 'tag:alpha', 'org:Acme', … to label ids; the model holds names.
  const labelName = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0].split(':')[1];
  const keep = people.filter(
    (m) =>
      (q.includeArchived || !m.archived) &&
      (q.circle === undefined || m.circle === q.circle) &&
      (q.tagId === undefined || m.tags.includes(labelName(q.tagId)!)) &&
      (q.interestId === undefined || m.interests.includes(labelName(q.interestId)!)) &&
      (q.organisationId === undefined || m.orgs.includes(labelName(q.organisationId)!)) &&
      (q.metAtEventId === undefined || m.metAt.includes(q.metAtEventId)) &&
      (q.mode === undefined ||
        (q.mode === 'online' && m.online > 0 && !offlineish(m)) ||
        (q.mode === 'offline' && m.online === 0 && offlineish(m)) ||
        (q.mode === 'both' && m.online > 0 && offlineish(m))),
  );
  if (q.sort === 'name') keep.sort((a, b) => cmp(sortKeyForName(a.name), sortKeyForName(b.name)) || cmp(a.id, b.id));
  if (q.sort === 'created') keep.sort((a, b) => b.createdAt - a.createdAt || cmp(b.id, a.id));
  if (q.sort === 'last_touch') keep.sort((a, b) => (b.lastTouch ?? -1) - (a.lastTouch ?? -1) || cmp(b.id, a.id));
  return keep.map((m) => m.id);
}

type Path = 'dispatcher' | 'walk' | 'drive';

function pageThrough(input: Record<string, unknown>, path: Path, limit: number): Promise<PersonSummary[]> {
  return allPages(limit, async (cursor) => {
    const request = { ...input, limit, cursor };
    return path === 'dispatcher' ? call(core, 'people:list', request as never) : listPeople(core.session().db, PeopleListQuery.parse(request), path);
  });
}

const FILTERS: [string, () => Record<string, unknown>][] = [
  ['nothing', () => ({})],
  ['circle inner', () => ({ circle: 'inner' })],
  ['tag alpha (common)', () => ({ tagId: ids['tag:alpha'] })],
  ['tag rare', () => ({ tagId: ids['tag:rare'] })],
  ['tag solo (one person)', () => ({ tagId: ids['tag:solo'] })],
  ['interest chess', () => ({ interestId: ids['interest:chess'] })],
  ['organisation Acme (current and past jobs)', () => ({ organisationId: ids['org:Acme'] })],
  ['organisation Globex', () => ({ organisationId: ids['org:Globex'] })],
  ['met at the summit (not those only there)', () => ({ metAtEventId: ids['event:summit'] })],
  ['mode online', () => ({ mode: 'online' })],
  ['mode offline (touches or a met attendance)', () => ({ mode: 'offline' })],
  ['mode both', () => ({ mode: 'both' })],
  ['tag rare + interest chess + circle inner', () => ({ tagId: ids['tag:rare'], interestId: ids['interest:chess'], circle: 'inner' })],
  ['Acme + met at the dinner + mode offline', () => ({ organisationId: ids['org:Acme'], metAtEventId: ids['event:dinner'], mode: 'offline' })],
];

describe(`people:list filters and sorts over ${N} people, paged to the end`, () => {
  it('the model has people in every filter (and some outside)', () => {
    for (const [label, filter] of FILTERS) {
      const n = expected(PeopleListQuery.parse(filter())).length;
      expect(n, label).toBeGreaterThan(0);
      if (label !== 'nothing') expect(n, label).toBeLessThan(N);
    }
  });

  for (const sort of ['name', 'created', 'last_touch'] as const) {
    it.each(FILTERS)(`${sort}: %s`, async (_label, filter) => {
      const want = expected(PeopleListQuery.parse({ ...filter(), sort }));
      for (const path of ['dispatcher', 'walk', 'drive'] as const) {
        const got = await pageThrough({ ...filter(), sort }, path, 13);
        expect(got.map((p) => p.id), path).toEqual(want);
      }
    });
  }

  it.each(FILTERS.slice(0, 8))('includeArchived adds archived people in their places: %s', async (_label, filter) => {
    const want = expected(PeopleListQuery.parse({ ...filter(), sort: 'last_touch', includeArchived: true }));
    for (const path of ['dispatcher', 'walk', 'drive'] as const) {
      expect((await pageThrough({ ...filter(), sort: 'last_touch', includeArchived: true }, path, 17)).map((p) => p.id), path).toEqual(want);
    }
  });

  it('last_touch puts the most recent first and never-touched people last, their cursor keeping the null', async () => {
    const items = await pageThrough({ sort: 'last_touch' }, 'dispatcher', 500);
    const touched = items.filter((p) => p.lastTouchAt !== null);
    expect(touched.length).toBeGreaterThan(40);
    expect(items.slice(0, touched.length)).toEqual(touched);
    expect(touched.map((p) => p.lastTouchAt)).toEqual(touched.map((p) => p.lastTouchAt).sort().reverse());
    const page = await call(core, 'people:list', { sort: 'last_touch', limit: touched.length + 2 });
    expect(decodeCursor(page.nextCursor!, 2)).toEqual([null, page.items.at(-1)!.id]);
  });

  it('combines a search with filters', async () => {
    const want = expected(PeopleListQuery.parse({ tagId: ids['tag:alpha'] })).filter((id) => /^jos/i.test(people.find((m) => m.id === id)!.name));
    expect(want.length).toBeGreaterThan(3);
    for (const path of ['dispatcher', 'walk', 'drive'] as const) {
      expect((await pageThrough({ query: 'jose', tagId: ids['tag:alpha'] }, path, 3)).map((p) => p.id), path).toEqual(want);
    }
  });

  it.each([
    ['a name cursor on the created sort', { sort: 'created' }, ['jose', '01a209a4-1a60-7446-b578-4901cb4ce0a6']],
    ['a number cursor on the name sort', { sort: 'name' }, [5, '01a209a4-1a60-7446-b578-4901cb4ce0a6']],
    ['a cursor without an id', { sort: 'last_touch' }, [5, null]],
  ])('refuses %s with INVALID_INPUT', async (_label, query, key) => {
    expect(await core.dispatch('people:list', { ...query, cursor: encodeCursor(key) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each(FILTERS)('plans %s on indexes: walking the sort index, or starting from the members', (_label, filter) => {
    const sqlite = core.session().sqlite;
    const plans = (path: 'walk' | 'drive', sort: 'name' | 'last_touch') => {
      const seen: { source: string; params: unknown[] }[] = [];
      forgetStatements(sqlite); // so every statement is prepared (and seen) again
      const prepare = sqlite.prepare.bind(sqlite);
      const spy = vi.spyOn(sqlite, 'prepare').mockImplementation(((source: string) => {
        const statement = prepare(source);
        const all = statement.all.bind(statement);
        return Object.assign(statement, { all: (...params: unknown[]) => (seen.push({ source, params }), all(...params)) });
      }) as never);
      try {
        listPeople(core.session().db, PeopleListQuery.parse({ ...filter(), sort, limit: sort === 'name' ? 5 : 500 }), path);
      } finally {
        spy.mockRestore();
        forgetStatements(sqlite); // the watched statements must not stay cached
      }
      return seen
        .filter((q) => q.source.includes('AS headline'))
        .map((q) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.source}`).all(...q.params) as { detail: string }[]).map((r) => r.detail));
    };
    const walk = plans('walk', 'name');
    expect(walk).toHaveLength(1);
    for (const detail of walk) {
      // By name: the sort index, or for a circle its own index, which holds the circle's people in name order.
      const inOrder = detail.includes('SCAN p USING INDEX people_sort_name_idx') || detail.some((d) => /SEARCH p USING INDEX people_circle_idx \(circle_id=\?/.test(d));
      expect(inOrder, `walk: ${detail.join(' | ')}`).toBe(true);
      if (filter().circle === undefined) expect(detail, 'walk').toContain('SCAN p USING INDEX people_sort_name_idx');
      // Each filter is a lookup per row, never a scan of its table.
      expect(detail.join('\n')).not.toMatch(/SCAN (pt|pi|po|a|person_tags|person_interests|positions|attendances)\b/);
    }
    const byTouch = plans('walk', 'last_touch');
    expect(byTouch).toHaveLength(2); // touched people, then the never-touched
    // By last touch: that index, or for a circle its own index (a range of its members, then sorted).
    for (const detail of byTouch) {
      const indexed = detail.some((d) => d.includes('USING INDEX people_last_touch_idx') || (filter().circle !== undefined && d.includes('USING INDEX people_circle_idx (circle_id=?')));
      expect(indexed, `walk last_touch: ${detail.join(' | ')}`).toBe(true);
    }
    if (Object.keys(filter()).length === 0) return;
    const drive = plans('drive', 'name');
    expect(drive).toHaveLength(1);
    for (const detail of drive) {
      expect(detail, 'drive').toContain('SCAN d');
      expect(detail.some((d) => /SEARCH p USING (INDEX people_id_unique \(id=\?\)|INTEGER PRIMARY KEY \(rowid=\?\))/.test(d)), 'drive').toBe(true);
    }
  });
});

