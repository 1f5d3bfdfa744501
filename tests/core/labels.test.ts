import { describe, expect, it } from 'vitest';
import { call, useTestCore } from '../support/core';

const env = useTestCore();

const person = (displayName: string, interests: string[], tags: string[] = []) => call(env.core, 'people:create', { displayName, interests, tags });
const counts = async (channel: 'interests:list' | 'tags:list', query?: string, limit?: number) =>
  (await call(env.core, channel, { ...(query === undefined ? {} : { query }), ...(limit === undefined ? {} : { limit }) })).map((l) => [l.name, l.people]);

describe('interests:list and tags:list', () => {
  it('count live people per label, the most shared first, then by name; archived people do not count', async () => {
    const ada = await person('Ada', ['Poetry', 'mathematics'], ['vip']);
    await person('Bob', ['mathematics', 'Burn Notice'], ['vip', 'investor']);
    await person('Cy', ['MATHEMATICS', 'burn notice']);
    expect(await counts('interests:list')).toEqual([
      ['mathematics', 3],
      ['Burn Notice', 2],
      ['Poetry', 1],
    ]);
    expect(await counts('tags:list')).toEqual([
      ['vip', 2],
      ['investor', 1],
    ]);
    await call(env.core, 'people:archive', { id: ada.id });
    expect(await counts('interests:list')).toEqual([
      ['Burn Notice', 2],
      ['mathematics', 2],
    ]);
    await call(env.core, 'people:unarchive', { id: ada.id });
    expect(await counts('interests:list', undefined, 1)).toEqual([['mathematics', 3]]);
  });

  it('follow every write at once (counts are cached only until the next one)', async () => {
    const ada = await person('Ada', ['chess']);
    expect(await counts('interests:list')).toEqual([['chess', 1]]);
    await call(env.core, 'people:update', { id: ada.id, patch: { interests: ['go'] } });
    expect(await counts('interests:list')).toEqual([['go', 1]]);
    await person('Bob', ['chess']);
    expect(await counts('interests:list')).toEqual([
      ['chess', 1],
      ['go', 1],
    ]);
    // A write straight to the database on the core's connection is seen too.
    env.sqlite.prepare(`DELETE FROM person_interests`).run();
    expect(await counts('interests:list')).toEqual([]);
  });

  it('with a query: folded prefix matches first, then substrings, unused labels included, wildcards literal', async () => {
    const ada = await person('Ada', ['Football', 'College football', 'Fútbol', 'Formula 1', '100% cotton']);
    await person('Bob', ['College football']);
    await call(env.core, 'people:update', { id: ada.id, patch: { interests: ['College football'] } }); // the others are now unused
    expect(await counts('interests:list', 'foot')).toEqual([
      ['Football', 0],
      ['College football', 2],
    ]);
    expect(await counts('interests:list', 'FUT')).toEqual([['Fútbol', 0]]);
    expect(await counts('interests:list', '100%')).toEqual([['100% cotton', 0]]);
    expect(await counts('interests:list', '%')).toEqual([['100% cotton', 0]]);
    expect(await counts('interests:list', '_')).toEqual([]);
    expect(await counts('interests:list', '   ')).toEqual([['College football', 2]]); // blank: the most shared
    expect(await counts('tags:list', 'x')).toEqual([]);
  });

  it('ties at the last place still come in name order', async () => {
    for (const [i, name] of ['d', 'b', 'e', 'a', 'c'].entries()) await person(`P${i}`, [name]);
    expect(await counts('interests:list', undefined, 2)).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('people:list by interest and tag ("who shares interest X")', () => {
  it('finds everyone with a label by its id, and nobody for an unknown id', async () => {
    await person('Ada', ['Burn Notice']);
    await person('Bob', ['burn notice'], ['prospect']);
    await person('Cy', [], ['prospect']);
    const [burn] = await call(env.core, 'interests:list', { query: 'burn' });
    const [prospect] = await call(env.core, 'tags:list', {});
    const names = async (q: { interestId?: string; tagId?: string }) => (await call(env.core, 'people:list', q)).items.map((p) => p.displayName);
    expect(await names({ interestId: burn!.id })).toEqual(['Ada', 'Bob']);
    expect(await names({ tagId: prospect!.id })).toEqual(['Bob', 'Cy']);
    expect(await names({ interestId: burn!.id, tagId: prospect!.id })).toEqual(['Bob']);
    expect(await names({ tagId: burn!.id })).toEqual([]);
  });
});
