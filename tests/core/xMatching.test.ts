import { describe, expect, test } from 'vitest';
import type { Core } from '../../electron/core/core';
import { afterEach } from 'vitest';
import { allPages, call, figureDrift, useTestCore } from '../support/core';
import { tempDir } from '../support/tmp';
import { ADA, BOB, GRACE, QUIET, writeStory } from '../support/xStory';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

// Whatever a test linked, unlinked or accepted, people's figures still match their touchpoints.
afterEach(() => expect(figureDrift(t.sqlite)).toBe(0));

const importStory = async (core: Core) => call(core, 'x:import', { path: await writeStory(tempDir()) });
const matches = (scope: 'talk' | 'all' = 'all', withoutCandidates = false) =>
  allPages(50, (cursor) => call(t.core, 'x:matches', { scope, withoutCandidates, limit: 50, cursor }));
const person = (displayName: string, identities: { kind: 'x' | 'mastodon' | 'email'; value: string }[] = []) =>
  call(t.core, 'people:create', { displayName, identities });
const timeline = async (id: string) => (await call(t.core, 'timeline:person', { personId: id, limit: 100 })).items.filter((e) => e.type === 'touchpoint');

describe('matching archive accounts to people', () => {
  test('candidates with confidence and reasons: handle, other handle, name, nickname', async () => {
    const ada = await person('Ada Lovelace');
    const grace = await person('Grace B. Hopper', [{ kind: 'mastodon', value: '@gracehopper@hachyderm.io' }]);
    const robert = await person('Robert Smith');
    const ana = await person('Anaïs Nin', [{ kind: 'x', value: 'bobsmith' }]);
    const report = await importStory(t.core);
    expect(report.matchesSuggested).toBe(3);
    const byAccount = new Map((await matches()).map((m) => [m.account.accountId, m.candidates]));
    expect(byAccount.get(ADA)).toEqual([{ person: { id: ada.id, name: 'Ada Lovelace' }, confidence: 0.8, reasons: [{ code: 'name', text: 'Same name: Ada Lovelace' }] }]);
    expect(byAccount.get(GRACE)?.[0]).toMatchObject({ person: { id: grace.id }, reasons: expect.arrayContaining([{ code: 'other_handle', text: 'Same handle elsewhere (gracehopper)' }]) });
    // "Bob Smith 🚀": the handle is on Anaïs (95%), the nickname points at Robert (60%); best first.
    expect(byAccount.get(BOB)?.map((c) => [c.person.id, c.confidence, c.reasons[0]!.code])).toEqual([
      [ana.id, 0.95, 'handle'],
      [robert.id, 0.6, 'nickname'],
    ]);
  });

  test('the default queue holds only accounts with a two-way exchange', async () => {
    await person('Ada Lovelace');
    await person('Grace Hopper');
    await importStory(t.core);
    expect((await matches('talk')).map((m) => m.account.accountId)).toEqual([ADA]);
    expect((await matches('all')).map((m) => m.account.accountId).sort()).toEqual([ADA, GRACE].sort());
    // On request: every unlinked account, with or without a candidate.
    expect((await matches('all', true)).length).toBe(5);
  });

  test('accepting links the account: its interactions become touchpoints on the person, counted like any other', async () => {
    const ada = await person('Ada Lovelace');
    await importStory(t.core);
    const linked = await call(t.core, 'x:link', { accountId: ADA, personId: ada.id });
    expect(linked.touchpoints).toBe(5);
    const entries = await timeline(ada.id);
    expect(entries.map((e) => e.type === 'touchpoint' && [e.touchpoint.channel, e.touchpoint.initiatedBy, e.at.slice(0, 10)])).toEqual([
      ['x_dm', 'them', '2024-05-03'],
      ['x_dm', 'them', '2024-03-02'],
      ['x_dm', 'me', '2024-01-10'],
      ['x_mention', 'me', '2023-02-18'],
      ['x_mention', 'me', '2022-01-01'],
    ]);
    const shown = await call(t.core, 'people:get', { id: ada.id });
    expect(shown.identities).toEqual([expect.objectContaining({ kind: 'x', display: '@ada_l', xAccountId: ADA })]);
    expect(shown.lastTouchAt).toBe('2024-05-03T18:00:00.000Z');
    const health = await call(t.core, 'health:person', { id: ada.id });
    expect(health.total).toBe(5);
    expect((await matches('all')).some((m) => m.account.accountId === ADA)).toBe(false);
  });

  test('a group DM is one touchpoint with every linked member', async () => {
    const ada = await person('Ada Lovelace');
    const grace = await person('Grace Hopper');
    await importStory(t.core);
    await call(t.core, 'x:link', { accountId: ADA, personId: ada.id });
    await call(t.core, 'x:link', { accountId: GRACE, personId: grace.id });
    const group = (await timeline(grace.id)).find((e) => e.type === 'touchpoint' && e.at.startsWith('2024-05-03'));
    expect(group?.type === 'touchpoint' && group.touchpoint.participants.map((p) => p.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    const retweet = (await timeline(grace.id)).find((e) => e.type === 'touchpoint' && e.touchpoint.kind === 'share');
    expect(retweet).toBeDefined();
  });

  test('unlinking moves the touchpoints back to the account and is remembered; relinking brings them back', async () => {
    const ada = await person('Ada Lovelace');
    await importStory(t.core);
    await call(t.core, 'x:link', { accountId: ADA, personId: ada.id });
    const unlinked = await call(t.core, 'x:unlink', { accountId: ADA });
    expect(unlinked).toEqual({ accountId: ADA, personId: ada.id, touchpoints: 5 });
    expect(await timeline(ada.id)).toEqual([]);
    expect((await call(t.core, 'people:get', { id: ada.id })).identities).toEqual([]);
    const account = (await call(t.core, 'x:accounts', { filter: 'unmatched', limit: 50 })).items.find((a) => a.accountId === ADA);
    expect(account?.person).toBeNull();
    // Not suggested again, even after a re-import.
    await importStory(t.core);
    expect((await matches('all')).find((m) => m.account.accountId === ADA)).toBeUndefined();
    // Linked by hand again, the same touchpoints come back (revived, not duplicated).
    expect((await call(t.core, 'x:link', { accountId: ADA, personId: ada.id })).touchpoints).toBe(5);
    expect(await timeline(ada.id)).toHaveLength(5);
  });

  test('undoing an accept unlinks without remembering the pair: the suggestion comes back', async () => {
    const ada = await person('Ada Lovelace');
    await importStory(t.core);
    await call(t.core, 'x:link', { accountId: ADA, personId: ada.id });
    expect(await call(t.core, 'x:unlink', { accountId: ADA, undo: true })).toMatchObject({ personId: ada.id, touchpoints: 5 });
    expect(await timeline(ada.id)).toEqual([]);
    const back = (await matches('talk')).find((m) => m.account.accountId === ADA);
    expect(back?.candidates.map((c) => c.person.id)).toEqual([ada.id]);
  });

  test('reject is remembered across imports; link refuses an account linked to someone else', async () => {
    const ada = await person('Ada Lovelace');
    const other = await person('Ada Byron');
    await importStory(t.core);
    await call(t.core, 'x:reject', { accountId: ADA, personId: ada.id });
    expect((await matches('all')).find((m) => m.account.accountId === ADA)).toBeUndefined();
    await importStory(t.core);
    expect((await matches('all')).find((m) => m.account.accountId === ADA)).toBeUndefined();
    await call(t.core, 'x:link', { accountId: ADA, personId: other.id });
    const refused = await t.core.dispatch('x:link', { accountId: ADA, personId: ada.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('is linked to Ada Byron') } });
    expect(await t.core.dispatch('x:link', { accountId: '12345', personId: ada.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('bulk accept takes the clear best candidate at or above the threshold', async () => {
    const ada = await person('Ada Lovelace');
    await person('Grace Hopper');
    await person('Robert Smith');
    await importStory(t.core);
    expect(await call(t.core, 'x:accept-above', { minConfidence: 0.9, scope: 'all' })).toEqual({ linked: 1, touchpoints: 3 });
    const byId = new Map((await call(t.core, 'x:accounts', { filter: 'matched', limit: 50 })).items.map((a) => [a.accountId, a]));
    expect([...byId.keys()]).toEqual([GRACE]);
    expect(await call(t.core, 'x:accept-above', { minConfidence: 0.75, scope: 'talk' })).toEqual({ linked: 1, touchpoints: 5 });
    expect((await call(t.core, 'people:get', { id: ada.id })).identities[0]?.xAccountId).toBe(ADA);
  });

  test('create a person from an account; name an unresolved account by hand', async () => {
    await importStory(t.core);
    const created = await call(t.core, 'x:create-person', { accountId: ADA });
    expect(created.touchpoints).toBe(5);
    expect((await call(t.core, 'people:get', { id: created.personId })).displayName).toBe('Ada Lovelace');
    const named = await call(t.core, 'x:name-account', { accountId: QUIET, handle: '@quiet_one', name: 'Quinn Quiet' });
    expect(named).toMatchObject({ handle: 'quiet_one', name: 'Quinn Quiet', profileUrl: 'https://x.com/quiet_one' });
    // A later import keeps the name given by hand.
    await importStory(t.core);
    expect((await call(t.core, 'x:accounts', { filter: 'all', text: 'quinn', limit: 5 })).items[0]).toMatchObject({ accountId: QUIET, handle: 'quiet_one' });
  });

  test('pasting a handle on a person links the known account; removing that identity unlinks it', async () => {
    await importStory(t.core);
    const ada = await person('Ada');
    const withHandle = await call(t.core, 'identities:add', { personId: ada.id, identity: { kind: 'x', value: 'https://x.com/ada_l' } });
    expect(withHandle.identities[0]).toMatchObject({ display: '@ada_l', xAccountId: ADA });
    expect(await timeline(ada.id)).toHaveLength(5);
    await call(t.core, 'identities:remove', { id: withHandle.identities[0]!.id });
    expect(await timeline(ada.id)).toEqual([]);
    // Created with the handle: linked on creation.
    const again = await person('Ada Again', [{ kind: 'x', value: '@ADA_L' }]);
    expect(await timeline(again.id)).toHaveLength(5);
  });

  test('a follow-up from an event is settled by a later X conversation', async () => {
    const event = await call(t.core, 'events:create', { name: 'Config', kind: 'conference', startsOn: '2024-03-01' });
    const captured = await call(t.core, 'events:capture', { eventId: event.id, displayName: 'Ada Lovelace' });
    const adaId = captured.person.id;
    await importStory(t.core);
    await call(t.core, 'x:link', { accountId: ADA, personId: adaId });
    const attendees = await call(t.core, 'events:attendees', { eventId: event.id, limit: 10 });
    expect(attendees.items[0]?.followUp).toBe('done');
  });

  test('changing the account id on an X identity moves the link with it', async () => {
    await importStory(t.core);
    const ada = await person('Ada', [{ kind: 'x', value: 'ada_l' }]);
    expect(await timeline(ada.id)).toHaveLength(5);
    const identity = (await call(t.core, 'people:get', { id: ada.id })).identities[0]!;
    await call(t.core, 'identities:update', { id: identity.id, patch: { xAccountId: GRACE } });
    const byId = new Map((await call(t.core, 'x:accounts', { filter: 'all', limit: 50 })).items.map((a) => [a.accountId, a.person?.id ?? null]));
    expect([byId.get(ADA), byId.get(GRACE)]).toEqual([null, ada.id]);
    expect(await timeline(ada.id)).toHaveLength(3);
    await call(t.core, 'identities:remove', { id: identity.id });
    expect(await timeline(ada.id)).toEqual([]);
  });
});

describe('the matcher stays quiet on thin evidence', () => {
  test('initials only when a name is written with one; nicknames both ways', async () => {
    const { findCandidates } = await import('../../electron/core/xArchive/matcher');
    const people = [
      { id: 'jane', name: 'Jane Smith', given: null, family: null, nickname: null },
      { id: 'lopez', name: 'Ada Lopez', given: null, family: null, nickname: null },
      { id: 'william', name: 'William Brown', given: null, family: null, nickname: null },
      { id: 'alexandra', name: 'Alexandra Chen', given: null, family: null, nickname: null },
      { id: 'priya', name: 'Priya V.', given: null, family: null, nickname: null },
    ];
    const best = (name: string) => findCandidates([{ accountId: '1', handle: null, name }], people, [], new Set()).map((c) => [c.personId, c.confidence]);
    expect(best('John Smith')).toEqual([]);
    expect(best('Ada Lovelace')).toEqual([]);
    expect(best('Liam Brown')).toEqual([]);
    expect(best('Alex Chen')).toEqual([['alexandra', 0.6]]);
    expect(best('J. Smith')).toEqual([['jane', 0.4]]);
    expect(best('Priya Venkataraman')).toEqual([['priya', 0.4]]);
  });
});
