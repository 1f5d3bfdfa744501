import { beforeEach, describe, expect, it } from 'vitest';
import { Person } from '../../shared/domain/person';
import type { ChangedEvent } from '../../shared/ipc/events';
import { SOME_ID } from '../support/contractCases';
import { call, dbDigest, recordChanges, useTestCore } from '../support/core';

const env = useTestCore();
let changes: ChangedEvent[];
beforeEach(() => {
  changes = recordChanges(env.core);
});

const rows = (table: string) => env.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('people:create and people:get', () => {
  it('creates a person with how-we-met, identities, interests, tags and a job, all on the Person', async () => {
    const charles = await call(env.core, 'people:create', { displayName: 'Charles Babbage' });
    const lunch = await call(env.core, 'events:create', { name: "Gilda's Club lunch", startsOn: '2026-11-20' });
    const chuck = await call(env.core, 'people:create', {
      displayName: 'Chuck Flagg',
      givenName: 'Chuck',
      nickname: 'The Flagg',
      location: 'Detroit',
      notes: 'talked about aviation art',
      birthday: '--07-04',
      circle: 'network',
      cadenceDays: 45,
      howWeMet: { on: '2026-11', eventId: lunch.id, introducedById: charles.id, mode: 'offline', note: 'same table' },
      identities: [{ kind: 'x', value: 'https://x.com/TheFlaggAgency' }],
      interests: ['Aviation art', 'college football', 'aviation  ART'],
      tags: ['prospect'],
      position: { organisation: 'The Flagg Agency', title: 'Founder', startOn: '2010' },
    });
    expect(Person.parse(chuck)).toEqual(chuck);
    expect(chuck).toMatchObject({
      displayName: 'Chuck Flagg',
      givenName: 'Chuck',
      familyName: null,
      nickname: 'The Flagg',
      birthday: '--07-04',
      circle: 'network',
      cadenceDays: 45,
      hasPhoto: false,
      howWeMet: {
        on: '2026-11',
        event: { id: lunch.id, name: "Gilda's Club lunch" },
        introducedBy: { id: charles.id, name: 'Charles Babbage' },
        mode: 'offline',
        note: 'same table',
      },
      relationships: [],
      lastTouchAt: null,
      archivedAt: null,
    });
    expect(chuck.identities.map((i) => i.display)).toEqual(['@TheFlaggAgency']);
    // Interests by folded name, the same name twice is one interest; sorted by name.
    expect(chuck.interests.map((i) => i.name)).toEqual(['Aviation art', 'college football']);
    expect(chuck.tags.map((t) => t.name)).toEqual(['prospect']);
    expect(chuck.positions).toEqual([
      { id: expect.any(String), organisation: { id: expect.any(String), name: 'The Flagg Agency' }, title: 'Founder', startOn: '2010', endOn: null, current: true },
    ]);
    expect(await call(env.core, 'people:get', { id: chuck.id })).toEqual(chuck);
    expect(changes.at(-1)).toEqual({ entity: 'person', ids: [chuck.id] });
  });

  it('reuses interests and tags by folded name across people', async () => {
    const a = await call(env.core, 'people:create', { displayName: 'A', interests: ['Burn Notice'], tags: ['VIP'] });
    const b = await call(env.core, 'people:create', { displayName: 'B', interests: ['burn   notice', 'Búrn Notice'], tags: ['vip'] });
    expect(b.interests).toEqual(a.interests);
    expect(b.tags).toEqual(a.tags);
    expect([rows('interests'), rows('tags')]).toEqual([1, 1]);
  });

  it.each([
    ['an unknown event', { eventId: SOME_ID }, /No event with id/],
    ['an unknown introducer', { introducedById: SOME_ID }, /No person with id/],
  ])('answers NOT_FOUND for %s and writes nothing', async (_label, howWeMet, message) => {
    const before = dbDigest(env.sqlite);
    const result = await env.core.dispatch('people:create', { displayName: 'Ada', interests: ['poetry'], tags: ['x'], position: { organisation: 'Acme' }, howWeMet });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(message) } });
    expect(dbDigest(env.sqlite)).toBe(before);
    expect(changes).toEqual([]);
  });

  it('rolls back the whole person when an identity is taken (no stray interests, tags or organisations)', async () => {
    await call(env.core, 'people:create', { displayName: 'Owner', identities: [{ kind: 'email', value: 'a@b.co' }] });
    const before = dbDigest(env.sqlite);
    const result = await env.core.dispatch('people:create', {
      displayName: 'Thief',
      interests: ['new interest'],
      tags: ['new tag'],
      position: { organisation: 'New Org' },
      identities: [{ kind: 'email', value: 'A@B.co' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'A@B.co already belongs to Owner' } });
    expect(dbDigest(env.sqlite)).toBe(before);
  });

  it('can be called inside a caller’s transaction, which can still roll it back (capture does this)', async () => {
    const ctx = env.core.context();
    const db = env.core.session().db;
    const before = dbDigest(env.sqlite);
    expect(() =>
      db.transaction(() => {
        ctx.people.create({ displayName: 'Inner', identities: [], interests: ['nested'], position: { organisation: 'Acme' } }, 1);
        throw new Error('caller fails later');
      }),
    ).toThrow('caller fails later');
    expect(dbDigest(env.sqlite)).toBe(before);
  });
});

describe('people:update', () => {
  it('changes only the fields present; interests and tags replace the set; how-we-met changes per field', async () => {
    const grace = await call(env.core, 'people:create', { displayName: 'Grace Hopper' });
    const event = await call(env.core, 'events:create', { name: 'Navy dinner' });
    const ada = await call(env.core, 'people:create', {
      displayName: 'Ada',
      notes: 'keep',
      interests: ['poetry', 'math'],
      tags: ['a', 'b'],
      howWeMet: { on: '2020', mode: 'online', note: 'a forum' },
    });
    const updated = await call(env.core, 'people:update', {
      id: ada.id,
      patch: { displayName: 'Ada Lovelace', interests: ['Math', 'engines'], tags: [], howWeMet: { eventId: event.id, introducedById: grace.id, mode: 'offline' } },
    });
    expect(updated).toMatchObject({ displayName: 'Ada Lovelace', notes: 'keep', tags: [] });
    expect(updated.interests.map((i) => i.name)).toEqual(['engines', 'math']);
    expect(updated.howWeMet).toEqual({
      on: '2020',
      event: { id: event.id, name: 'Navy dinner' },
      introducedBy: { id: grace.id, name: 'Grace Hopper' },
      mode: 'offline',
      note: 'a forum',
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(ada.updatedAt));
    const cleared = await call(env.core, 'people:update', { id: ada.id, patch: { howWeMet: { eventId: null, introducedById: null, on: null }, birthday: '1815-12-10', cadenceDays: null } });
    expect(cleared.howWeMet).toEqual({ on: null, event: null, introducedBy: null, mode: 'offline', note: 'a forum' });
    expect(cleared.birthday).toBe('1815-12-10');
    // The interest rows stay for others to reuse; only the links went.
    expect(rows('person_interests')).toBe(2);
  });

  it('refuses a person introducing themselves, and unknown references, writing nothing', async () => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada' });
    const before = dbDigest(env.sqlite);
    expect(await env.core.dispatch('people:update', { id: ada.id, patch: { notes: 'x', howWeMet: { introducedById: ada.id } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'a person cannot introduce themselves' },
    });
    expect(await env.core.dispatch('people:update', { id: ada.id, patch: { interests: ['x'], howWeMet: { eventId: SOME_ID } } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(dbDigest(env.sqlite)).toBe(before);
  });
});

describe('people:archive and people:unarchive', () => {
  it('archive keeps everything and unarchive brings the person back as they were', async () => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada', interests: ['poetry'], identities: [{ kind: 'x', value: 'ada' }] });
    const archived = await call(env.core, 'people:archive', { id: ada.id });
    expect(archived.archivedAt).not.toBeNull();
    expect((await call(env.core, 'people:list', {})).items).toEqual([]);
    expect((await call(env.core, 'interests:list', {})).map((l) => l.people)).toEqual([]);
    // Their identity is still theirs: nobody else can take it while they are archived.
    expect(await env.core.dispatch('people:create', { displayName: 'B', identities: [{ kind: 'x', value: '@ADA' }] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const back = await call(env.core, 'people:unarchive', { id: ada.id });
    expect({ ...back, updatedAt: ada.updatedAt }).toEqual(ada);
    expect(changes.map((c) => c.ids)).toEqual([[ada.id], [ada.id], [ada.id]]);
  });
});
