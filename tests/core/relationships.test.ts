import { describe, expect, it } from 'vitest';
import { SOME_ID } from '../support/contractCases';
import { call, dbDigest, recordChanges, useTestCore } from '../support/core';

const env = useTestCore();

const person = (displayName: string) => call(env.core, 'people:create', { displayName });

describe('relationships', () => {
  it('shows on both people with their direction, and tells both people changed', async () => {
    const [ada, bob] = [await person('Ada'), await person('Bob')];
    const changes = recordChanges(env.core);
    const first = await call(env.core, 'relationships:add', { personId: ada.id, otherPersonId: bob.id, kind: 'introduced_by', note: 'at the meetup' });
    expect(first.id).toBe(ada.id);
    expect(first.relationships).toEqual([{ id: expect.any(String), kind: 'introduced_by', other: { id: bob.id, name: 'Bob' }, direction: 'outgoing', note: 'at the meetup' }]);
    const other = await call(env.core, 'people:get', { id: bob.id });
    expect(other.relationships).toEqual([{ id: first.relationships[0]!.id, kind: 'introduced_by', other: { id: ada.id, name: 'Ada' }, direction: 'incoming', note: 'at the meetup' }]);
    expect(changes).toEqual([{ entity: 'person', ids: [ada.id, bob.id] }]);
    expect(Date.parse(other.updatedAt)).toBeGreaterThan(Date.parse(bob.updatedAt));
  });

  it('lists several links oldest first, and keeps them when a person is archived', async () => {
    const [ada, bob, cy] = [await person('Ada'), await person('Bob'), await person('Cy')];
    await call(env.core, 'relationships:add', { personId: ada.id, otherPersonId: bob.id, kind: 'colleague' });
    await call(env.core, 'relationships:add', { personId: cy.id, otherPersonId: ada.id, kind: 'friend' });
    await call(env.core, 'relationships:add', { personId: ada.id, otherPersonId: cy.id, kind: 'introduced_by' });
    await call(env.core, 'people:archive', { id: cy.id });
    const links = (await call(env.core, 'people:get', { id: ada.id })).relationships.map((r) => [r.kind, r.other.name, r.direction]);
    expect(links).toEqual([
      ['colleague', 'Bob', 'outgoing'],
      ['friend', 'Cy', 'incoming'],
      ['introduced_by', 'Cy', 'outgoing'],
    ]);
  });

  it('refuses the same link twice (either way round, except introduced_by) and unknown people, writing nothing', async () => {
    const [ada, bob] = [await person('Ada'), await person('Bob')];
    await call(env.core, 'relationships:add', { personId: ada.id, otherPersonId: bob.id, kind: 'friend' });
    await call(env.core, 'relationships:add', { personId: ada.id, otherPersonId: bob.id, kind: 'introduced_by' });
    const before = dbDigest(env.sqlite);
    expect(await env.core.dispatch('relationships:add', { personId: bob.id, otherPersonId: ada.id, kind: 'friend' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Bob and Ada are already linked as friend' },
    });
    expect(await env.core.dispatch('relationships:add', { personId: ada.id, otherPersonId: bob.id, kind: 'introduced_by' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const [personId, otherPersonId] of [[ada.id, SOME_ID], [SOME_ID, ada.id]]) {
      expect(await env.core.dispatch('relationships:add', { personId, otherPersonId, kind: 'colleague' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', details: { id: SOME_ID } },
      });
    }
    expect(dbDigest(env.sqlite)).toBe(before);
    // Bob introduced by Ada is a different statement from Ada introduced by Bob.
    expect((await call(env.core, 'relationships:add', { personId: bob.id, otherPersonId: ada.id, kind: 'introduced_by' })).relationships).toHaveLength(3);
  });

  it('remove is soft, returns the first person, and lets the link be made again', async () => {
    const [ada, bob] = [await person('Ada'), await person('Bob')];
    const link = (await call(env.core, 'relationships:add', { personId: ada.id, otherPersonId: bob.id, kind: 'partner' })).relationships[0]!;
    const after = await call(env.core, 'relationships:remove', { id: link.id });
    expect(after.id).toBe(ada.id);
    expect(after.relationships).toEqual([]);
    expect((await call(env.core, 'people:get', { id: bob.id })).relationships).toEqual([]);
    expect(env.sqlite.prepare(`SELECT deleted_at IS NOT NULL FROM relationships WHERE id = ?`).pluck().get(link.id)).toBe(1);
    expect(await env.core.dispatch('relationships:remove', { id: link.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await call(env.core, 'relationships:add', { personId: bob.id, otherPersonId: ada.id, kind: 'partner' })).relationships).toHaveLength(1);
  });
});
