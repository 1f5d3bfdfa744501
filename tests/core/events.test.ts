import { describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/event';
import type { Req } from '../../shared/ipc/contract';
import { SOME_ID } from '../support/contractCases';
import { allPages, call, dbDigest, recordChanges, useTestCore } from '../support/core';

const env = useTestCore();

const person = async (displayName: string, x?: string) =>
  call(env.core, 'people:create', { displayName, identities: x ? [{ kind: 'x', value: x }] : [] });

const allEvents = (query: { includeArchived?: boolean; query?: string } = {}, limit = 2): Promise<Event[]> =>
  allPages(limit, (cursor) => call(env.core, 'events:list', { ...query, limit, cursor }));

describe('events', () => {
  it('creates, reads, updates, archives and restores an event', async () => {
    const created = await call(env.core, 'events:create', {
      name: "Gilda's Club lunch",
      kind: 'dinner',
      startsOn: '2026-11-23T12:30:00+01:00',
      endsOn: '2026-11-23T14:00:00+01:00',
      place: 'The Ritz',
      link: 'https://example.com/lunch',
      notes: '  charity  ',
    });
    expect(created).toMatchObject({ kind: 'dinner', place: 'The Ritz', notes: 'charity', attendees: 0, met: 0, pendingFollowUps: 0, archivedAt: null });
    expect(await call(env.core, 'events:get', { id: created.id })).toEqual(created);
    const updated = await call(env.core, 'events:update', { id: created.id, patch: { name: 'Gilda’s lunch', place: null, startsOn: '2026-11-22' } });
    expect(updated).toMatchObject({ name: 'Gilda’s lunch', place: null, startsOn: '2026-11-22', endsOn: '2026-11-23T14:00:00+01:00' });
    // A new start after the kept end is refused.
    expect(await env.core.dispatch('events:update', { id: created.id, patch: { startsOn: '2026-11-24' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await call(env.core, 'events:archive', { id: created.id })).archivedAt).not.toBeNull();
    expect(await allEvents()).toEqual([]);
    expect((await allEvents({ includeArchived: true })).map((e) => e.id)).toEqual([created.id]);
    expect((await call(env.core, 'events:unarchive', { id: created.id })).archivedAt).toBeNull();
    expect(await env.core.dispatch('events:create', { name: 'Backwards', startsOn: '2026-05-02', endsOn: '2026-05-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('lists newest start first, undated last, paging through ties without skips or repeats', async () => {
    const specs = [
      ['A', '2024-05-01'],
      ['B', null],
      ['C', '2026-01-01'],
      ['D', '2024-05-01'],
      ['E', null],
      ['F', '2025-12-31T23:00:00-02:00'],
      ['G', '2024-05-01'],
      ['Café Ørsted meetup', '2023-01-01'],
    ] as const;
    const made = new Map<string, Event>();
    for (const [name, startsOn] of specs) made.set(name, await call(env.core, 'events:create', { name, startsOn }));
    const byId = (a: string, b: string) => (made.get(a)!.id < made.get(b)!.id ? 1 : -1);
    const expected = ['F', 'C', ...['A', 'D', 'G'].sort(byId), 'Café Ørsted meetup', ...['B', 'E'].sort(byId)];
    for (const limit of [1, 2, 3, 50]) expect((await allEvents({}, limit)).map((e) => e.name)).toEqual(expected);
    expect((await allEvents({ query: 'cafe ORSTED' })).map((e) => e.name)).toEqual(['Café Ørsted meetup']);
    expect((await allEvents({ query: '100%' })).map((e) => e.name)).toEqual([]);
    expect(await env.core.dispatch('events:list', { cursor: 'garbage' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('counts attendees, people met and pending follow-ups, without archived people', async () => {
    const event = await call(env.core, 'events:create', { name: 'Web Summit', startsOn: '2026-11-10' });
    const other = await call(env.core, 'events:create', { name: 'Other', startsOn: '2026-11-11' });
    const [ada, bob, cy, dee] = [await person('Ada'), await person('Bob'), await person('Cy'), await person('Dee')];
    const a = await call(env.core, 'attendance:add', { eventId: event.id, personId: ada.id });
    await call(env.core, 'attendance:add', { eventId: event.id, personId: bob.id, met: false });
    const c = await call(env.core, 'attendance:add', { eventId: event.id, personId: cy.id, note: 'talked about jazz' });
    await call(env.core, 'attendance:add', { eventId: event.id, personId: dee.id });
    await call(env.core, 'attendance:add', { eventId: other.id, personId: ada.id });
    expect(await call(env.core, 'events:get', { id: event.id })).toMatchObject({ attendees: 4, met: 3, pendingFollowUps: 3 });

    expect(await call(env.core, 'attendance:update', { id: a.id, patch: { followUp: 'done' } })).toMatchObject({ followUp: 'done', met: true, displayName: 'Ada' });
    await call(env.core, 'attendance:update', { id: c.id, patch: { followUp: 'not_needed', note: null } });
    await call(env.core, 'people:archive', { id: dee.id });
    const listed = (await call(env.core, 'events:list', {})).items.find((e) => e.id === event.id);
    expect(listed).toMatchObject({ attendees: 3, met: 2, pendingFollowUps: 0 });
    expect(await call(env.core, 'attendance:remove', { id: c.id })).toEqual({ id: c.id });
    expect(await call(env.core, 'events:get', { id: event.id })).toMatchObject({ attendees: 2, met: 1, pendingFollowUps: 0 });
    expect(await env.core.dispatch('attendance:remove', { id: c.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Removed is history, so the person can be added again.
    expect(await call(env.core, 'attendance:add', { eventId: event.id, personId: cy.id })).toMatchObject({ met: true, followUp: 'pending', note: null });
  });

  it('lists attendees by name with a follow-up filter, keyset-paged', async () => {
    const event = await call(env.core, 'events:create', { name: 'Dinner' });
    const names = ['Émile', 'zoe', 'Ana', 'Bea', 'Émile', 'Carl', 'Ødegaard'];
    const ids: string[] = [];
    for (const name of names) {
      const p = await person(name);
      const att = await call(env.core, 'attendance:add', { eventId: event.id, personId: p.id });
      ids.push(att.id);
    }
    await call(env.core, 'attendance:update', { id: ids[1]!, patch: { followUp: 'done' } });
    await call(env.core, 'attendance:update', { id: ids[3]!, patch: { followUp: 'done' } });
    const walk = async (followUp?: 'pending' | 'done') =>
      (await allPages(2, (cursor) => call(env.core, 'events:attendees', { eventId: event.id, followUp, limit: 2, cursor }))).map((a) => a.displayName);
    expect(await walk()).toEqual(['Ana', 'Bea', 'Carl', 'Émile', 'Émile', 'Ødegaard', 'zoe']);
    expect(await walk('done')).toEqual(['Bea', 'zoe']);
    expect(await walk('pending')).toEqual(['Ana', 'Carl', 'Émile', 'Émile', 'Ødegaard']);
  });

  it('refuses a person twice at one event', async () => {
    const event = await call(env.core, 'events:create', { name: 'Meetup' });
    const ada = await person('Ada');
    await call(env.core, 'attendance:add', { eventId: event.id, personId: ada.id });
    expect(await env.core.dispatch('attendance:add', { eventId: event.id, personId: ada.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Ada is already at this event' },
    });
  });

  it('answers NOT_FOUND for unknown ids and changes nothing', async () => {
    const event = await call(env.core, 'events:create', { name: 'Meetup' });
    const ada = await person('Ada');
    const before = dbDigest(env.sqlite);
    const notFound: [string, unknown][] = [
      ['events:get', { id: SOME_ID }],
      ['events:update', { id: SOME_ID, patch: { name: 'x' } }],
      ['events:archive', { id: SOME_ID }],
      ['events:unarchive', { id: SOME_ID }],
      ['events:attendees', { eventId: SOME_ID }],
      ['events:capture', { eventId: SOME_ID, displayName: 'New' }],
      ['events:capture', { eventId: event.id, personId: SOME_ID }],
      ['attendance:add', { eventId: SOME_ID, personId: ada.id }],
      ['attendance:add', { eventId: event.id, personId: SOME_ID }],
      ['attendance:update', { id: SOME_ID, patch: { met: false } }],
      ['attendance:remove', { id: SOME_ID }],
    ];
    for (const [channel, payload] of notFound) {
      expect(await env.core.dispatch(channel, payload), channel).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining(SOME_ID) } });
    }
    expect(dbDigest(env.sqlite)).toBe(before);
  });
});

describe('event capture mode', () => {
  it('captures five people in a row, an existing one without a duplicate, linking each as met there', async () => {
    const event = await call(env.core, 'events:create', { name: "Gilda's Club lunch", kind: 'dinner', startsOn: '2026-11-23T12:30:00-05:00' });
    const chuck = await person('Chuck Flagg', '@theflaggagency');
    const changes = recordChanges(env.core);

    const typed: Omit<Req<'events:capture'>, 'eventId'>[] = [
      { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@AdaL' }], interests: ['mathematics', 'poetry'], hook: 'talked about engines; send her the HBR article' },
      { personId: chuck.id, identities: [{ kind: 'x', value: 'TheFlaggAgency' }, { kind: 'email', value: 'chuck@flagg.example' }], interests: ['aviation art'], hook: 'aviation art' },
      { displayName: 'Bob Byte' },
      { displayName: 'Cy Clone', interests: ['college football'], hook: '  ' },
      { displayName: 'Dee Duck', identities: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/deeduck/' }] },
    ];
    const results = [];
    for (const entry of typed) results.push(await call(env.core, 'events:capture', { eventId: event.id, ...entry }));

    expect(results.map((r) => r.created)).toEqual([true, false, true, true, true]);
    expect(results[1]!.person.id).toBe(chuck.id);
    expect((await call(env.core, 'people:list', { limit: 50 })).items.map((p) => p.displayName)).toEqual([
      'Ada Lovelace',
      'Bob Byte',
      'Chuck Flagg',
      'Cy Clone',
      'Dee Duck',
    ]);
    const ada = results[0]!.person;
    expect(ada.howWeMet).toMatchObject({ on: '2026-11-23', event: { id: event.id, name: "Gilda's Club lunch" }, mode: 'offline', note: 'talked about engines; send her the HBR article' });
    expect(ada.interests.map((i) => i.name)).toEqual(['mathematics', 'poetry']);
    expect(ada.identities.map((i) => i.display)).toEqual(['@AdaL']);
    expect(results[0]!.attendance).toMatchObject({ eventId: event.id, personId: ada.id, met: true, followUp: 'pending', note: 'talked about engines; send her the HBR article' });
    expect(results[1]!.person.identities.map((i) => i.value).sort()).toEqual(['chuck@flagg.example', 'theflaggagency']);
    expect(results[1]!.person.interests.map((i) => i.name)).toEqual(['aviation art']);
    expect(results[3]!.attendance.note).toBeNull();
    expect(await call(env.core, 'events:get', { id: event.id })).toMatchObject({ attendees: 5, met: 5, pendingFollowUps: 5 });
    expect(changes).toContainEqual({ entity: 'event', ids: [event.id] });
    expect(changes).toContainEqual({ entity: 'person', ids: [chuck.id] });

    // Captured again: the note is updated, nobody is added twice.
    const again = await call(env.core, 'events:capture', { eventId: event.id, personId: ada.id, hook: 'promised an intro to Sam' });
    expect(again.attendance).toMatchObject({ id: results[0]!.attendance.id, note: 'promised an intro to Sam', met: true });
    expect(await call(env.core, 'events:get', { id: event.id })).toMatchObject({ attendees: 5 });
  });

  it('refuses an identity that belongs to someone else, writing nothing', async () => {
    const event = await call(env.core, 'events:create', { name: 'Meetup' });
    const owner = await person('Sam Owner', '@samo');
    const before = dbDigest(env.sqlite);
    for (const payload of [
      { eventId: event.id, displayName: 'Sam Other', identities: [{ kind: 'x', value: 'SAMO' }] },
      { eventId: event.id, personId: (await person('Third')).id, identities: [{ kind: 'x', value: '@samo' }] },
    ]) {
      const digest = dbDigest(env.sqlite);
      expect(await env.core.dispatch('events:capture', payload)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('Sam Owner'), details: { personId: owner.id } },
      });
      expect(dbDigest(env.sqlite)).toBe(digest);
    }
    expect(before).not.toBe(dbDigest(env.sqlite)); // only 'Third' was added in between
  });
});
