import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../electron/core/xArchive/archiveError';
import { openArchive, type ArchiveSource } from '../../electron/core/xArchive/archiveSource';
import { readManifest, streamRecords, type DataFile } from '../../electron/core/xArchive/ytdFiles';
import { account, dmConversation, follower, following, profile, screenNameChange, tweet, writeArchive, type ArchiveSpec } from '../support/xArchiveFixture';
import { tempDir } from '../support/tmp';

// Ids beyond 2^53: a Number would round them (…759235 → …759000-ish), so they must stay strings end to end.
const OWNER = '1139858422302748672';
const BIG = '1626922779105759235';
const at = (iso: string) => new Date(iso);

function sampleFiles(): ArchiveSpec['files'] {
  return {
    account: [account({ accountId: OWNER, username: 'g_leech_', displayName: 'Gavin' })],
    profile: [profile()],
    screenNameChange: [screenNameChange({ accountId: OWNER, changedAt: at('2023-08-12T17:10:37Z'), from: 'old_me', to: 'g_leech_' })],
    following: [following('824308056351735809'), following('1252851')],
    follower: [follower('1252851')],
    tweets: [
      tweet({ id: BIG, text: 'did NOT know', createdAt: at('2023-02-18T12:33:11Z'), replyTo: { id: '732980797985148928', handle: 'empathy2000', name: 'Cameron (🇵🇹)' } }),
      tweet({ id: '1626922779105759236', text: 'with @someone "quoted" \\ and \u2028 odd chars', createdAt: at('2023-02-19T08:00:00Z'), mentions: [{ id: '9007199254740993', handle: 'someone', name: 'Some One' }] }),
      tweet({ id: '1626922779105759237', text: 'plain', createdAt: at('2023-02-20T08:00:00Z') }),
    ],
    directMessages: [
      dmConversation({
        ownerId: OWNER,
        participants: ['222222222'],
        messages: [
          { id: '3333333333333333333', senderId: OWNER, text: 'Salutations!', createdAt: at('2020-01-20T21:42:09.068Z') },
          { id: '3333333333333333334', senderId: '222222222', text: 'hi', createdAt: at('2020-01-21T10:00:00Z'), reaction: { senderId: OWNER, key: 'excited', eventId: '1020304050607080901', createdAt: at('2020-01-21T10:01:00Z') } },
        ],
      }),
    ],
    directMessagesGroup: [
      dmConversation({
        ownerId: OWNER,
        participants: ['222222222', '444444444', '555555555'],
        messages: [{ id: '3333333333333333335', senderId: '444444444', text: 'group hello', createdAt: at('2021-05-01T10:00:00Z') }],
        events: [
          { kind: 'conversationNameUpdate', initiatingUserId: '444444444', name: 'Friends', createdAt: at('2021-05-01T11:00:00Z') },
          { kind: 'participantsJoin', initiatingUserId: '444444444', userIds: ['555555555'], createdAt: at('2021-05-02T11:00:00Z') },
        ],
      }),
    ],
  };
}

async function all(source: ArchiveSource, file: DataFile | string): Promise<unknown[]> {
  const out: unknown[] = [];
  const n = await streamRecords(source, file, (v, i) => {
    expect(i).toBe(out.length);
    out.push(v);
  });
  expect(n).toBe(out.length);
  return out;
}

async function withArchive<T>(spec: ArchiveSpec, fn: (source: ArchiveSource, path: string) => Promise<T>): Promise<T> {
  const path = await writeArchive(tempDir(), spec);
  const source = await openArchive(path);
  try {
    return await fn(source, path);
  } finally {
    await source.close();
  }
}

describe.each(['zip', 'folder'] as const)('X archive reader (%s)', (layout) => {
  it('reads the current layout: manifest, owner, files in order, records as written', async () => {
    const files = sampleFiles();
    await withArchive({ layout, files }, async (source) => {
      expect(source.kind).toBe(layout);
      expect(source.names).toContain('data/tweets_media/1626922779105759235-FpT1aBcXgAE9xyz.jpg'); // listed, never opened
      const m = await readManifest(source);
      expect(m.root).toBe('');
      expect(m.manifestName).toBe('data/manifest.js');
      expect(m.owner).toEqual({ accountId: OWNER, userName: 'g_leech_', displayName: 'Gavin' });
      expect(m.generatedAt).toBe('2026-09-01T11:59:00.000Z');
      expect(m.files.map((f) => [f.type, f.name, f.globalName, f.count])).toEqual([
        ['account', 'data/account.js', 'YTD.account.part0', 1],
        ['profile', 'data/profile.js', 'YTD.profile.part0', 1],
        ['screenNameChange', 'data/screen-name-change.js', 'YTD.screen_name_change.part0', 1],
        ['following', 'data/following.js', 'YTD.following.part0', 2],
        ['follower', 'data/follower.js', 'YTD.follower.part0', 1],
        ['tweets', 'data/tweets.js', 'YTD.tweets.part0', 3],
        ['directMessages', 'data/direct-messages.js', 'YTD.direct_messages.part0', 1],
        ['directMessagesGroup', 'data/direct-messages-group.js', 'YTD.direct_messages_group.part0', 1],
      ]);
      for (const file of m.files) expect(await all(source, file)).toEqual(files[file.type]);
    });
  });

  it('keeps ids as the exact strings in the file, beyond 2^53', async () => {
    await withArchive({ layout, files: sampleFiles() }, async (source) => {
      const [first, second] = (await all(source, 'data/tweets.js')) as { tweet: Record<string, unknown> & { entities: { user_mentions: { id: string }[] } } }[];
      expect(first!.tweet.id).toBe(BIG);
      expect(first!.tweet.id_str).toBe(BIG);
      expect(first!.tweet.in_reply_to_user_id).toBe('732980797985148928');
      expect(first!.tweet.created_at).toBe('Sat Feb 18 12:33:11 +0000 2023');
      expect(second!.tweet.entities.user_mentions[0]!.id).toBe('9007199254740993'); // 2^53 + 1
    });
  });

  it('reads older names (tweet.js, direct-message.js) from the manifest and without one', async () => {
    for (const manifest of [true, false]) {
      await withArchive({ layout, files: sampleFiles(), older: true, manifest }, async (source) => {
        const m = await readManifest(source);
        const byType = (t: string) => m.files.filter((f) => f.type === t).map((f) => f.name);
        expect(byType('tweets')).toEqual(['data/tweet.js']);
        expect(byType('directMessages')).toEqual(['data/direct-message.js']);
        expect(byType('directMessagesGroup')).toEqual(['data/direct-message-group.js']);
        expect(await all(source, m.files.find((f) => f.type === 'tweets')!)).toHaveLength(3);
      });
    }
  });

  it('reads split tweet files in part order, with or without a manifest (part10 after part9)', async () => {
    const tweets = Array.from({ length: 24 }, (_, i) => tweet({ id: String(1626922779105759000n + BigInt(i)), text: `t${i}`, createdAt: at('2023-01-01T00:00:00Z') }));
    for (const manifest of [true, false]) {
      await withArchive({ layout, files: { tweets }, split: { tweets: 12 }, manifest }, async (source) => {
        const m = await readManifest(source);
        const parts = m.files.filter((f) => f.type === 'tweets');
        expect(parts.map((f) => f.name)).toEqual(['data/tweets.js', ...Array.from({ length: 11 }, (_, i) => `data/tweets-part${i + 1}.js`)]);
        const read: unknown[] = [];
        for (const part of parts) read.push(...(await all(source, part)));
        expect(read).toEqual(tweets);
      });
    }
  });

  it('finds the archive under a nested top folder', async () => {
    const root = 'twitter-2026-09-01-1a2b3c/';
    await withArchive({ layout, files: sampleFiles(), root }, async (source) => {
      const m = await readManifest(source);
      expect(m.root).toBe(root);
      expect(m.manifestName).toBe(`${root}data/manifest.js`);
      expect(m.files.find((f) => f.type === 'following')!.name).toBe(`${root}data/following.js`);
      expect(await all(source, `${root}data/following.js`)).toHaveLength(2);
    });
  });

  it('falls back to the known names without a manifest, the owner from account.js', async () => {
    await withArchive({ layout, files: sampleFiles(), manifest: false, root: 'top/' }, async (source) => {
      const m = await readManifest(source);
      expect(m).toMatchObject({ root: 'top/', manifestName: null, generatedAt: null, missing: [] });
      expect(m.owner).toEqual({ accountId: OWNER, userName: 'g_leech_', displayName: 'Gavin' });
      expect(m.files.map((f) => f.type)).toEqual(['account', 'profile', 'screenNameChange', 'following', 'follower', 'tweets', 'directMessages', 'directMessagesGroup']);
      expect(m.files.every((f) => f.globalName === null && f.count === null)).toBe(true);
    });
  });

  it('takes what a partial manifest lists and finds the rest by name', async () => {
    await withArchive({ layout, files: sampleFiles(), manifest: 'partial' }, async (source) => {
      const m = await readManifest(source);
      const following = m.files.find((f) => f.type === 'following')!;
      const tweets = m.files.find((f) => f.type === 'tweets')!;
      expect(following.globalName).toBe('YTD.following.part0'); // from the manifest
      expect(tweets).toEqual({ type: 'tweets', name: 'data/tweets.js', globalName: null, count: null }); // by name
      expect(m.files.find((f) => f.type === 'directMessagesGroup')?.name).toBe('data/direct-messages-group.js');
    });
  });

  it('reads an empty file as no records, and tolerates a BOM, a trailing ";" and a bare array', async () => {
    const files = {
      following: 'window.YTD.following.part0 = []',
      follower: '\uFEFF  window.YTD.follower.part0 = [ {\n  "follower" : { "accountId" : "1252851" }\n} ];\n',
      like: '[ { "like" : { "tweetId" : "1" } } ]',
      block: 'window.YTD.block.part0 = [ ]',
    };
    await withArchive({ layout, files }, async (source) => {
      expect(await all(source, 'data/following.js')).toEqual([]);
      expect(await all(source, 'data/follower.js')).toEqual([{ follower: { accountId: '1252851' } }]);
      expect(await all(source, 'data/like.js')).toEqual([{ like: { tweetId: '1' } }]);
      expect(await all(source, 'data/block.js')).toEqual([]);
    });
  });

  it('lists what the manifest names but the archive lacks, and finds that type by name if it can', async () => {
    const manifest = `window.__THAR_CONFIG = ${JSON.stringify({
      userInfo: { accountId: OWNER, userName: 'g_leech_' },
      dataTypes: {
        like: { files: [{ fileName: 'data/like.js', globalName: 'YTD.like.part0', count: '3' }] },
        following: { files: [{ fileName: 'data/following-renamed.js', globalName: 'YTD.following.part0', count: '2' }] },
        tweets: { files: [{ fileName: '../../etc/passwd', globalName: 'YTD.tweets.part0', count: '1' }] },
      },
    })}`;
    await withArchive({ layout, files: { following: [following('1')] }, manifest: false, extra: { 'data/manifest.js': manifest } }, async (source) => {
      const m = await readManifest(source);
      expect(m.owner).toEqual({ accountId: OWNER, userName: 'g_leech_', displayName: null });
      expect(m.missing).toEqual([
        { type: 'following', name: 'data/following-renamed.js' },
        { type: 'tweets', name: '../../etc/passwd' }, // a lookup key only: never a path
        { type: 'like', name: 'data/like.js' },
      ]);
      expect(m.files).toEqual([{ type: 'following', name: 'data/following.js', globalName: null, count: null }]);
    });
  });

  it('reports progress in bytes and cuts records the same whatever the chunking', async () => {
    await withArchive({ layout, files: sampleFiles() }, async (source) => {
      const seen: number[] = [];
      await streamRecords(source, 'data/tweets.js', () => undefined, { onBytes: (n) => seen.push(n) });
      expect(seen.at(-1)).toBe(source.size('data/tweets.js'));
      // The same source served one byte at a time: every string escape and boundary lands across chunks.
      const bytewise: ArchiveSource = { ...source, open: async (name) => Readable.from(bytesOf(await source.open(name)), { objectMode: false }) };
      for (const name of ['data/tweets.js', 'data/direct-messages-group.js']) expect(await all(bytewise, name)).toEqual(await all(source, name));
    });
  });

  it('refuses a folder or zip that is not an X archive', async () => {
    const err = await withArchive({ layout, files: {}, manifest: false }, (source) => readManifest(source)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as ArchiveError).message).toMatch(/this does not look like an X archive/);
  });

  it('refuses two archives side by side rather than mixing two accounts', async () => {
    const spec: ArchiveSpec = { layout, files: { following: [following('1')] }, extra: { 'other/data/manifest.js': 'window.__THAR_CONFIG = {}' } };
    const err = await withArchive(spec, (source) => readManifest(source)).catch((e: unknown) => e);
    expect((err as ArchiveError).message).toMatch(/holds more than one X archive/);
  });

  it('refuses unknown entry names', async () => {
    await withArchive({ layout, files: sampleFiles() }, async (source) => {
      expect(() => source.size('data/nope.js')).toThrow(ArchiveError);
      await expect(source.open('data/nope.js')).rejects.toMatchObject({ file: 'data/nope.js', kind: 'missing' });
    });
  });
});

async function* bytesOf(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer>) for (let i = 0; i < chunk.length; i++) yield chunk.subarray(i, i + 1);
}
