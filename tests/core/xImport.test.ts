import { describe, expect, test } from 'vitest';
import { allPages, call, dbDigest, figureDrift, rowCounts, useTestCore } from '../support/core';
import { tempDir } from '../support/tmp';
import { ADA, BOB, GRACE, LIN, ME, QUIET, storyFiles, tweet, writeStory } from '../support/xStory';
import { account, dmConversation, writeArchive } from '../support/xArchiveFixture';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

async function accounts(filter: 'all' | 'unmatched' | 'unresolved' | 'mutual_unlinked' = 'all') {
  return allPages(50, (cursor) => call(t.core, 'x:accounts', { filter, limit: 50, cursor }));
}

describe('importing an X archive', () => {
  test('reports what the archive holds and keeps every id as a string', async () => {
    const report = await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    expect(report).toMatchObject({
      dryRun: false,
      owner: { accountId: ME, handle: 'rapport_me' },
      accounts: 5,
      resolved: 3,
      following: 2,
      followers: 2,
      mutuals: 1,
      dmConversations: 3,
      dmMessages: 5,
      tweets: 5,
      replies: 1,
      mentions: 2,
      identitiesCreated: 5,
      touchpointsCreated: 0,
      errors: [],
    });
    const ids = (await accounts()).map((a) => a.accountId).sort();
    expect(ids).toEqual([ADA, BOB, GRACE, LIN, QUIET].sort());
  });

  test('resolves handles from mentions and replies, newest first, with the history', async () => {
    await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    const byId = new Map((await accounts()).map((a) => [a.accountId, a]));
    const ada = byId.get(ADA)!;
    expect(ada).toMatchObject({ handle: 'ada_l', name: 'Ada Lovelace', following: true, follower: true, profileUrl: 'https://x.com/ada_l' });
    expect(ada.handles.map((h) => h.handle)).toEqual(['ada_old', 'ada_l']);
    expect(byId.get(BOB)).toMatchObject({ handle: 'bobsmith', name: 'Bob Smith 🚀', mentionsByMe: 1 });
    // A DM partner who never appears in a tweet stays an id with an "open profile" link.
    expect(byId.get(QUIET)).toMatchObject({ handle: null, name: null, follower: true, profileUrl: `https://x.com/i/user/${QUIET}`, messagesReceived: 1 });
    expect((await accounts('unresolved')).map((a) => a.accountId).sort()).toEqual([LIN, QUIET].sort());
  });

  test('one interaction per DM conversation-day, started by whoever wrote first that day', async () => {
    await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    const rows = t.sqlite
      .prepare(`SELECT id, kind, initiated_by AS by, sent, received, note FROM x_interactions WHERE kind IN ('dm', 'group_dm') ORDER BY at`)
      .all();
    expect(rows).toEqual([
      { id: `x:dm:${ME}-${ADA}:2024-01-10`, kind: 'dm', by: 'me', sent: 1, received: 0, note: '“Loved your talk”' },
      { id: `x:dm:${ME}-${ADA}:2024-03-02`, kind: 'dm', by: 'them', sent: 1, received: 1, note: '2 messages: “Coming to Config?”' },
      { id: `x:dm:${ME}-${QUIET}:2024-04-01`, kind: 'dm', by: 'them', sent: 0, received: 1, note: '“hey, remember me?”' },
      { id: 'x:dm:1500000000000000001:2024-05-03', kind: 'group_dm', by: 'them', sent: 0, received: 1, note: '“Dinner on Friday?”' },
    ]);
    const members = t.sqlite.prepare(`SELECT account_id FROM x_interaction_accounts WHERE interaction_id = ? ORDER BY account_id`).pluck().all('x:dm:1500000000000000001:2024-05-03');
    expect(members).toEqual([ADA, GRACE, LIN].sort());
    const retweet = t.sqlite.prepare(`SELECT kind FROM x_interactions WHERE id = 'x:tweet:1700000000000000003'`).pluck().get();
    expect(retweet).toBe('retweet');
    // A tweet that reaches no one is counted but is no interaction.
    expect(t.sqlite.prepare(`SELECT count(*) FROM x_interactions WHERE id = 'x:tweet:1700000000000000004'`).pluck().get()).toBe(0);
  });

  test('importing the same archive again adds nothing; a newer one adds only what is new', async () => {
    const dir = tempDir();
    await call(t.core, 'x:import', { path: await writeStory(dir) });
    const before = rowCounts(t.sqlite);
    const again = await call(t.core, 'x:import', { path: await writeStory(dir) });
    expect(again).toMatchObject({ identitiesCreated: 0, interactionsCreated: 0, touchpointsCreated: 0 });
    const after = rowCounts(t.sqlite);
    expect({ ...after, imports: 0 }).toEqual({ ...before, imports: 0 });

    const newer = await writeArchive(tempDir(), {
      layout: 'folder',
      files: { ...storyFiles([tweet({ id: '1800000000000000001', text: 'welcome @newface', createdAt: new Date('2025-01-01T10:00:00Z'), mentions: [{ id: '4242', handle: 'newface', name: 'New Face' }] })]) },
    });
    const third = await call(t.core, 'x:import', { path: newer });
    expect(third).toMatchObject({ identitiesCreated: 1, interactionsCreated: 1 });
  });

  test('a dry run counts and writes nothing', async () => {
    const digest = dbDigest(t.sqlite);
    const report = await call(t.core, 'x:import', { path: await writeStory(tempDir()), dryRun: true });
    expect(report).toMatchObject({ dryRun: true, importId: null, identitiesCreated: 5, interactionsCreated: 8 });
    expect(dbDigest(t.sqlite)).toBe(digest);
  });

  test('reads older names, split tweet files and a nested top folder in a zip, and an extracted folder without a manifest', async () => {
    const zipped = await call(t.core, 'x:import', {
      path: await writeStory(tempDir(), { older: true, split: { tweets: 3 }, root: 'twitter-2026-09-01-1a2b3c/' }),
      dryRun: true,
    });
    const folder = await call(t.core, 'x:import', { path: await writeStory(tempDir(), { layout: 'folder', manifest: false }), dryRun: true });
    for (const report of [zipped, folder]) expect(report).toMatchObject({ tweets: 5, dmMessages: 5, accounts: 5, following: 2 });
  });

  test('empty data files import as nothing', async () => {
    const path = await writeArchive(tempDir(), {
      layout: 'zip',
      files: { account: storyFiles().account as unknown[], following: 'window.YTD.following.part0 = []', follower: [], tweets: [], directMessages: [] },
    });
    expect(await call(t.core, 'x:import', { path })).toMatchObject({ accounts: 0, following: 0, tweets: 0, errors: [] });
  });

  test('a record of the wrong shape is skipped and named; the rest imports', async () => {
    const files = storyFiles();
    (files.tweets as unknown[]).push({ tweet: { id_str: '1900000000000000001', created_at: 'yesterday', full_text: 'x' } }, { nonsense: true });
    const report = await call(t.core, 'x:import', { path: await writeArchive(tempDir(), { layout: 'zip', files }) });
    expect(report.tweets).toBe(5);
    expect(report.errors).toEqual([
      { file: 'data/tweets.js', index: 5, message: expect.stringContaining('is not a tweet date') },
      { file: 'data/tweets.js', index: 6, message: expect.any(String) },
    ]);
  });

  test('the import is recorded in the history, and undo takes back everything it added', async () => {
    const empty = rowCounts(t.sqlite);
    const person = await call(t.core, 'people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@ada_l', xAccountId: ADA }] });
    const withPerson = rowCounts(t.sqlite);
    const report = await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    // Ada's account id is already on her: linked at once; her two DM days, the group DM, the reply and the mention become her touchpoints.
    expect(report.touchpointsCreated).toBe(5);
    const history = await call(t.core, 'imports:list', {});
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ id: report.importId, kind: 'x_archive', status: 'done', sourceName: 'twitter-2026-09-01-1a2b3c.zip' });

    const undone = await call(t.core, 'imports:undo', { id: report.importId! });
    expect(undone.status).toBe('undone');
    const after = rowCounts(t.sqlite);
    expect(after.x_accounts).toBe(0);
    expect(after.x_interactions).toBe(0);
    expect(after.x_match_candidates).toBe(0);
    const live = t.sqlite.prepare(`SELECT count(*) FROM touchpoints WHERE deleted_at IS NULL`).pluck().get();
    expect(live).toBe(0);
    const figures = t.sqlite.prepare(`SELECT online_touches, touches_by_them, last_touch_at FROM people WHERE id = ?`).get(person.id);
    expect(figures).toEqual({ online_touches: 0, touches_by_them: 0, last_touch_at: null });
    expect(figureDrift(t.sqlite)).toBe(0);
    expect((empty.people ?? 0) + 1).toBe(withPerson.people);
    const again = await call(t.core, 'imports:undo', { id: report.importId! }).catch((e: Error) => e.message);
    expect(again).toContain('CONFLICT');

    // Importing again after the undo brings it all back.
    expect(await call(t.core, 'x:import', { path: await writeStory(tempDir()) })).toMatchObject({ identitiesCreated: 5, touchpointsCreated: 5 });
  });

  test('undo also takes back the touchpoints a later link made, and the same archive imports again cleanly', async () => {
    const person = await call(t.core, 'people:create', { displayName: 'Someone' });
    const report = await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    await call(t.core, 'x:link', { accountId: ADA, personId: person.id });
    await call(t.core, 'x:link', { accountId: GRACE, personId: person.id });
    await call(t.core, 'x:unlink', { accountId: GRACE });
    await call(t.core, 'imports:undo', { id: report.importId! });
    expect(t.sqlite.prepare(`SELECT count(*) FROM touchpoints WHERE deleted_at IS NULL`).pluck().get()).toBe(0);
    expect(figureDrift(t.sqlite)).toBe(0);
    const again = await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    expect(again.interactionsCreated).toBe(8);
  });

  test('only the newest X import can be undone: an older one shares what the newer one saw', async () => {
    const first = await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    const second = await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    const refused = await t.core.dispatch('imports:undo', { id: first.importId! });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Undo the newer import first') } });
    await call(t.core, 'imports:undo', { id: second.importId! });
    expect((await accounts()).length).toBe(5);
    await call(t.core, 'imports:undo', { id: first.importId! });
    expect((await accounts()).length).toBe(0);
  });

  test('conversation-days keep the zone of the first import, so a new zone setting does not duplicate them', async () => {
    await call(t.core, 'reminders:update-settings', { timeZone: 'UTC' });
    const late = storyFiles();
    late.directMessages = [
      dmConversation({ ownerId: ME, participants: [GRACE], messages: [{ id: '9', senderId: GRACE, text: 'late night', createdAt: new Date('2024-06-01T23:30:00Z') }] }),
    ];
    const path = await writeArchive(tempDir(), { layout: 'zip', files: late });
    await call(t.core, 'x:import', { path });
    await call(t.core, 'reminders:update-settings', { timeZone: 'Europe/Berlin' });
    expect(await call(t.core, 'x:import', { path })).toMatchObject({ interactionsCreated: 0 });
  });

  test('a newer archive adds the later messages of a day already imported, and its touchpoint follows', async () => {
    const person = await call(t.core, 'people:create', { displayName: 'Grace', identities: [{ kind: 'x', value: 'gracehopper', xAccountId: GRACE }] });
    const day = (messages: Parameters<typeof dmConversation>[0]['messages']) => {
      const files = storyFiles();
      files.directMessages = [dmConversation({ ownerId: ME, participants: [GRACE], messages })];
      return writeArchive(tempDir(), { layout: 'zip', files });
    };
    const hi = { id: '20', senderId: GRACE, text: 'hi', createdAt: new Date('2024-06-01T09:00:00Z') };
    await call(t.core, 'x:import', { path: await day([hi]) });
    const before = (await call(t.core, 'x:accounts', { filter: 'all', text: 'gracehopper' })).items[0]!;
    expect([before.messagesSent, before.messagesReceived]).toEqual([0, 1]);
    await call(t.core, 'x:import', { path: await day([{ id: '21', senderId: ME, text: 'hello!', createdAt: new Date('2024-06-01T15:00:00Z') }, hi]) });
    const after = (await call(t.core, 'x:accounts', { filter: 'all', text: 'gracehopper' })).items[0]!;
    expect([after.messagesSent, after.messagesReceived]).toEqual([1, 1]);
    const dm = (await call(t.core, 'timeline:person', { personId: person.id, limit: 50 })).items.find((e) => e.type === 'touchpoint' && e.touchpoint.channel === 'x_dm');
    expect(dm?.type === 'touchpoint' && dm.touchpoint.note).toBe('2 messages: “hi”');
    expect(figureDrift(t.sqlite)).toBe(0);
  });

  test("another person's archive is refused: one owner per database", async () => {
    await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    const files = storyFiles();
    files.account = [account({ accountId: ADA, username: 'ada_l' })];
    const digest = dbDigest(t.sqlite);
    const refused = await t.core.dispatch('x:import', { path: await writeArchive(tempDir(), { layout: 'zip', files }) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('@rapport_me') } });
    expect(dbDigest(t.sqlite)).toBe(digest);
  });

  test('a thread of replies to myself is no mention of the people it started by replying to', async () => {
    const files = storyFiles();
    const thread = tweet({ id: '1900000000000000002', text: '@ada_l @gracehopper and another thing', createdAt: new Date('2023-04-01T10:00:00Z'), replyTo: { id: ME, handle: 'rapport_me' } });
    // X writes the automatic @-prefixes before display_text_range.
    Object.assign(thread.tweet, {
      display_text_range: ['34', '51'],
      entities: { ...thread.tweet.entities, user_mentions: [
        { name: 'Robin Me', screen_name: 'rapport_me', indices: ['0', '11'], id_str: ME, id: ME },
        { name: 'Ada Lovelace', screen_name: 'ada_l', indices: ['12', '18'], id_str: ADA, id: ADA },
        { name: 'Grace Hopper', screen_name: 'gracehopper', indices: ['19', '31'], id_str: GRACE, id: GRACE },
      ] },
      full_text: '@rapport_me @ada_l @gracehopper and another thing',
    });
    (files.tweets as unknown[]).push(thread);
    await call(t.core, 'x:import', { path: await writeArchive(tempDir(), { layout: 'zip', files }) });
    expect(t.sqlite.prepare(`SELECT count(*) FROM x_interactions WHERE id = 'x:tweet:1900000000000000002'`).pluck().get()).toBe(0);
  });

  test('a conversation whose days are split over two files counts once', async () => {
    const files = storyFiles();
    const [conversation, ...rest] = files.directMessages as ReturnType<typeof dmConversation>[];
    const part = { dmConversation: { ...conversation!.dmConversation, messages: conversation!.dmConversation.messages.slice(0, 1) } };
    files.directMessages = [conversation!, ...rest, part];
    expect(await call(t.core, 'x:import', { path: await writeArchive(tempDir(), { layout: 'zip', files }), dryRun: true })).toMatchObject({ dmConversations: 3 });
  });
});
