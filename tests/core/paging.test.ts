import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { PersonSummary } from '../../shared/domain/person';
import { encodeCursor } from '../../shared/util/cursor';
import { sortKeyForName } from '../../shared/util/text';
import { allPages, call, openTestCore } from '../support/core';
import { suiteTempDir } from '../support/tmp';

const FIRST = ['José', 'Jose', 'Joseph', 'Émile', 'Emile', 'Emma', 'Zoë', 'Zoe', 'Ángel', 'Ana', 'Çelik', 'Carla', 'Ødegaard', 'Otto', 'Ada', 'Łukasz'];
const LAST = ['García', 'Garcia', 'Müller', 'Muller', 'Ng', 'Smith', 'Ólafsson', 'Abe'];

interface Made {
  id: string;
  name: string;
  createdAt: number;
}

let core: Core;
let dir: string;
const made: Made[] = [];
const archived = new Set<string>();

beforeAll(async () => {
  dir = suiteTempDir();
  // Three people per millisecond, so the created sort has ties that the id must break.
  let reads = 0;
  const base = Date.UTC(2026, 2, 1);
  ({ core } = await openTestCore(dir, { now: () => base + Math.floor(reads++ / 3) }));
  for (let i = 0; i < 250; i++) {
    // Some names repeat exactly, so the name sort has ties too.
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const p = await call(core, 'people:create', { displayName: i % 50 === 7 ? `  ${name.toUpperCase()}  ` : name });
    made.push({ id: p.id, name: p.displayName, createdAt: Date.parse(p.createdAt) });
  }
  for (const p of made.filter((_, i) => i % 9 === 4)) {
    await call(core, 'people:archive', { id: p.id });
    archived.add(p.id);
  }
});
afterAll(async () => {
  await core.close();
});

const bytes = (s: string) => Buffer.from(s, 'utf8');
const byName = (a: Made, b: Made) => Buffer.compare(bytes(sortKeyForName(a.name)), bytes(sortKeyForName(b.name))) || Buffer.compare(bytes(a.id), bytes(b.id));
const byCreated = (a: Made, b: Made) => b.createdAt - a.createdAt || Buffer.compare(bytes(b.id), bytes(a.id));

function pageThrough(query: { sort?: 'name' | 'created'; includeArchived?: boolean; query?: string }, limit: number): Promise<PersonSummary[]> {
  return allPages(limit, (cursor) => call(core, 'people:list', { ...query, limit, cursor }));
}

describe('people:list keyset paging over 250 people', () => {
  it.each([1, 37, 100, 250, 500])('by name returns every live person exactly once, in folded-name order (limit %i)', async (limit) => {
    const items = await pageThrough({ sort: 'name' }, limit);
    const expected = made.filter((p) => !archived.has(p.id)).sort(byName);
    expect(items.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    expect(items.every((p) => p.archivedAt === null)).toBe(true);
  });

  it('by created returns everyone exactly once, newest first, ties broken by id', async () => {
    const items = await pageThrough({ sort: 'created', includeArchived: true }, 23);
    expect(items.map((p) => p.id)).toEqual([...made].sort(byCreated).map((p) => p.id));
    expect(new Set(items.map((p) => p.id)).size).toBe(250);
  });

  it('includeArchived adds the archived people in their places, marked', async () => {
    const items = await pageThrough({ sort: 'name', includeArchived: true }, 41);
    expect(items.map((p) => p.id)).toEqual([...made].sort(byName).map((p) => p.id));
    expect(items.filter((p) => p.archivedAt !== null).map((p) => p.id).sort()).toEqual([...archived].sort());
  });

  it('sorts accented names by their folded form, next to the plain spelling', async () => {
    const names = (await pageThrough({ sort: 'name' }, 500)).map((p) => p.displayName);
    const folded = names.map(sortKeyForName);
    expect(folded).toEqual([...folded].sort((a, b) => Buffer.compare(bytes(a), bytes(b))));
    const firstOf = (prefix: string) => names.findIndex((n) => n.startsWith(prefix));
    // "Émile" and "Emile" interleave by surname; both come after "Ada" and before "Emma".
    expect(firstOf('Émile')).toBeGreaterThan(firstOf('Ada'));
    expect(Math.abs(firstOf('Émile') - firstOf('Emile'))).toBeLessThan(20);
    expect(names.findLastIndex((n) => /^[ÉE]mile/.test(n))).toBeLessThan(firstOf('Emma'));
    expect(firstOf('Ángel')).toBeLessThan(firstOf('Carla'));
    // Ø folds to o (tests/unit/util): Ødegaard sorts with the O names, before Otto's "t".
    expect(firstOf('Ødegaard')).toBeLessThan(firstOf('Otto'));
    expect(firstOf('Ødegaard')).toBeLessThan(firstOf('Zoë'));
  });

  it('pages a search result the same way', async () => {
    const items = await pageThrough({ query: 'jose', sort: 'name' }, 4);
    const expected = made.filter((p) => !archived.has(p.id) && /^jos[eé]/i.test(p.name.trim())).sort(byName);
    expect(expected.length).toBeGreaterThan(10);
    expect(items.map((p) => p.id)).toEqual(expected.map((p) => p.id));
  });

  it('does not repeat or skip anyone when people are added mid-way', async () => {
    const first = await call(core, 'people:list', { limit: 50 });
    const early = await call(core, 'people:create', { displayName: 'Aaron Aardvark' }); // sorts before the cursor
    let cursor = first.nextCursor;
    const rest: string[] = [];
    while (cursor) {
      const page = await call(core, 'people:list', { limit: 50, cursor });
      rest.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    }
    const all = [...first.items.map((p) => p.id), ...rest];
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain(early.id);
    expect(all).toHaveLength(made.length - archived.size);
    await call(core, 'people:archive', { id: early.id });
    made.push({ id: early.id, name: early.displayName, createdAt: Date.parse(early.createdAt) });
    archived.add(early.id);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['the wrong arity', encodeCursor(['jose garcia'])],
    ['an object inside', encodeCursor([{} as unknown as string, 'x'])],
  ])('refuses a cursor that is %s with INVALID_INPUT', async (_label, cursor) => {
    expect(await core.dispatch('people:list', { cursor })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('cursor') } });
  });
});
