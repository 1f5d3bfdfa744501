import { describe, expect, test } from 'vitest';
import { journeyText } from '../../shared/xArchive/journeyText';
import { call, useTestCore } from '../support/core';
import { crmIn, stdoutJson } from '../support/processes';
import { tempDir } from '../support/tmp';
import { ADA, GRACE, QUIET, writeStory } from '../support/xStory';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));
const DAY = 86_400_000;

describe('online meets offline', () => {
  test('talk on X never met; met but not connected; mutuals not yet people', async () => {
    const ada = await call(t.core, 'people:create', { displayName: 'Ada Lovelace' });
    const grace = await call(t.core, 'people:create', { displayName: 'Grace Hopper' });
    const met = await call(t.core, 'people:create', { displayName: 'Alan Turing' });
    await call(t.core, 'touchpoints:create', { at: '2025-06-01T12:00:00Z', channel: 'in_person', initiatedBy: 'me', personIds: [met.id] });
    await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    await call(t.core, 'x:link', { accountId: ADA, personId: ada.id });
    await call(t.core, 'x:link', { accountId: GRACE, personId: grace.id });

    const talk = await call(t.core, 'x:people', { view: 'talk_never_met' });
    expect(talk.items).toEqual([{ person: { id: ada.id, name: 'Ada Lovelace' }, handle: 'ada_l', detail: '3 DMs (1 from them), 1 reply' }]);
    const notConnected = await call(t.core, 'x:people', { view: 'met_not_connected' });
    expect(notConnected.items.map((r) => r.person.name)).toEqual(['Alan Turing']);

    // Meeting Ada in person takes her off "never met"; Grace is followed, so she is connected.
    await call(t.core, 'touchpoints:create', { at: '2025-07-01T12:00:00Z', channel: 'in_person', initiatedBy: 'me', personIds: [ada.id] });
    expect((await call(t.core, 'x:people', { view: 'talk_never_met' })).items).toEqual([]);
    expect((await call(t.core, 'x:people', { view: 'met_not_connected' })).items.map((r) => r.person.name)).toEqual(['Alan Turing']);

    const mutuals = await call(t.core, 'x:accounts', { filter: 'mutual_unlinked' });
    expect(mutuals.items).toEqual([]);
    await call(t.core, 'x:unlink', { accountId: ADA });
    expect((await call(t.core, 'x:accounts', { filter: 'mutual_unlinked' })).items.map((a) => a.accountId)).toEqual([ADA]);
  });

  test('the journey: where the relationship lives and how it began on each side', async () => {
    const ada = await call(t.core, 'people:create', { displayName: 'Ada Lovelace' });
    expect(await call(t.core, 'journey:person', { id: ada.id })).toMatchObject({ lives: 'none', text: 'No touchpoints yet.', accounts: [] });
    await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    await call(t.core, 'x:link', { accountId: ADA, personId: ada.id });
    const online = await call(t.core, 'journey:person', { id: ada.id });
    expect(online).toMatchObject({ lives: 'online', firstOnline: { at: '2022-01-01T12:00:00.000Z', channel: 'x_mention' }, firstOffline: null });
    expect(online.text).toBe('Online only: first on X in January 2022; you have not met.');
    expect(online.accounts.map((a) => a.accountId)).toEqual([ADA]);

    const event = await call(t.core, 'events:create', { name: 'Config', kind: 'conference', startsOn: '2024-03-01' });
    await call(t.core, 'touchpoints:create', { at: '2024-03-01T15:00:00Z', channel: 'in_person', initiatedBy: 'me', personIds: [ada.id], eventId: event.id });
    const both = await call(t.core, 'journey:person', { id: ada.id });
    expect(both).toMatchObject({ lives: 'both', firstOffline: { channel: 'in_person', eventName: 'Config' } });
    expect(both.text).toBe('Talked on X for 2 years, then met at Config in March 2024.');
  });

  test('journey sentences for every order', () => {
    const on = { at: Date.UTC(2025, 2, 1), channel: 'x_dm' };
    const off = { at: Date.UTC(2023, 4, 1), channel: 'in_person', eventName: null };
    expect(journeyText(on, off, 'UTC').text).toBe('Met in person in May 2023, then in touch on X from March 2025.');
    expect(journeyText(null, off, 'UTC').text).toBe('Offline only: met in person in May 2023; not in touch online.');
    expect(journeyText({ at: off.at - 5 * DAY, channel: 'email' }, off, 'UTC').text).toBe('Talked by email for a few days, then met in person in May 2023.');
  });
});

describe('crm import x-archive and crm x', () => {
  test('import, accounts, matches, link and unlink from the command line', async () => {
    const dir = tempDir();
    const crm = crmIn(dir);
    const json = async <T>(...args: string[]) => stdoutJson(await crm(null, '--json', ...args)) as T;
    const archive = await writeStory(dir);
    const created = await json<{ id: string }>('people', 'add', '--name', 'Ada Lovelace');
    const dry = await json<Record<string, unknown>>('import', 'x-archive', archive, '--dry-run');
    expect(dry).toMatchObject({ dryRun: true, importId: null });
    const report = await json<Record<string, unknown>>('import', 'x-archive', archive);
    expect(Object.keys(report)).toEqual([
      'owner', 'accounts', 'resolved', 'following', 'followers', 'mutuals', 'dmConversations', 'dmMessages', 'tweets', 'mentions', 'replies',
      'touchpointsCreated', 'identitiesCreated', 'matchesSuggested', 'errors', 'importId', 'dryRun',
    ]);
    expect(report).toMatchObject({ owner: { handle: 'rapport_me' }, accounts: 5, matchesSuggested: 1, errors: [] });
    const unmatched = await json<{ accountId: string; handle: string | null }[]>('x', 'accounts', '--unmatched');
    expect(unmatched).toHaveLength(5);
    expect(unmatched.find((a) => a.accountId === QUIET)).toMatchObject({ handle: null, profileUrl: `https://x.com/i/user/${QUIET}` });
    const queue = await json<{ account: { accountId: string }; candidates: { person: { id: string } }[] }[]>('x', 'matches');
    expect(queue.map((m) => [m.account.accountId, m.candidates[0]?.person.id])).toEqual([[ADA, created.id]]);
    expect(await json('x', 'link', ADA, created.id)).toEqual({ accountId: ADA, personId: created.id, touchpoints: 5 });
    expect(await json('x', 'unlink', ADA)).toEqual({ accountId: ADA, personId: created.id, touchpoints: 5 });
    const history = await json<{ id: string; kind: string; status: string }[]>('imports', 'list');
    expect(history.map((i) => [i.id, i.kind, i.status])).toEqual([[report.importId, 'x_archive', 'done']]);
    expect(await json('imports', 'undo', report.importId as string)).toMatchObject({ id: report.importId, status: 'undone' });
    expect(await json('x', 'accounts')).toEqual([]);
    const bad = await crm(null, 'import', 'x-archive', `${dir}/missing.zip`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('No file or folder at');
  });
});
