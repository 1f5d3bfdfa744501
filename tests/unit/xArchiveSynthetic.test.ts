import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/core/xArchive/archiveSource';
import { readManifest, streamRecords } from '../../electron/core/xArchive/ytdFiles';
import { tempDir } from '../support/tmp';
import { writeSyntheticArchive } from '../support/xArchiveSynthetic';

// The synthetic archive is what the speed check (tests/support/xArchiveBench.ts) and the import
// layer's tests lean on, so its counts must be true: they are recounted here from the records the
// reader streams, on a small one.

type Rec = Record<string, Record<string, unknown>>;
const OWNER = '1139858422302748672';

describe('synthetic X archive', () => {
  it('holds what it says it holds, read back through the reader', async () => {
    const path = join(tempDir(), 'synthetic.zip');
    const counts = await writeSyntheticArchive(path, { following: 300, followers: 200, tweets: 2000, dms: 1500, seed: 7 });
    const source = await openArchive(path);
    const manifest = await readManifest(source);
    expect(manifest.owner?.accountId).toBe(OWNER);
    expect(manifest.files.filter((f) => f.type === 'tweets').map((f) => f.name)).toEqual(['data/tweets.js', 'data/tweets-part1.js']);

    const ids = { following: new Set<string>(), follower: new Set<string>(), tweeted: new Set<string>(), dm: new Set<string>() };
    let tweets = 0;
    let messages = 0;
    let conversations = 0;
    let groups = 0;
    for (const file of manifest.files) {
      await streamRecords(source, file, (value) => {
        const r = value as Rec;
        if (file.type === 'following') ids.following.add(r.following!.accountId as string);
        if (file.type === 'follower') ids.follower.add(r.follower!.accountId as string);
        if (file.type === 'tweets') {
          tweets++;
          const t = r.tweet as { in_reply_to_user_id?: string; entities: { user_mentions: { id: string }[] } };
          for (const id of [t.in_reply_to_user_id, ...t.entities.user_mentions.map((m) => m.id)]) if (id && id !== OWNER) ids.tweeted.add(id);
        }
        if (file.type === 'directMessages' || file.type === 'directMessagesGroup') {
          conversations++;
          if (file.type === 'directMessagesGroup') groups++;
          const events = (r.dmConversation as { messages: Rec[] }).messages;
          for (const e of events) {
            if (e.messageCreate) messages++;
            const who = [e.messageCreate?.senderId, e.messageCreate?.recipientId, ...((e.joinConversation?.participantsSnapshot as string[]) ?? []), ...((e.participantsJoin?.userIds as string[]) ?? [])];
            for (const id of who) if (typeof id === 'string' && id !== OWNER) ids.dm.add(id);
          }
        }
      });
    }
    await source.close();
    const all = new Set([...ids.following, ...ids.follower, ...ids.tweeted, ...ids.dm]);
    expect({
      accounts: all.size,
      following: ids.following.size,
      followers: ids.follower.size,
      mutuals: [...ids.following].filter((id) => ids.follower.has(id)).length,
      tweets,
      dmMessages: messages,
      conversations,
      groupConversations: groups,
      resolvable: ids.tweeted.size,
      dmPartners: ids.dm.size,
      dmPartnersUnresolved: [...ids.dm].filter((id) => !ids.tweeted.has(id)).length,
    }).toEqual({ ...counts, tweetBytes: undefined });
    expect(counts).toMatchObject({ following: 300, followers: 200, tweets: 2000, dmMessages: 1500 });
    expect(counts.groupConversations).toBeGreaterThan(0);
    expect(counts.dmPartnersUnresolved).toBeGreaterThan(0);
    expect(counts.dmPartnersUnresolved).toBeLessThan(counts.dmPartners / 2);
  });

  it('is the same bytes for the same seed', async () => {
    const dir = tempDir();
    const size = { following: 20, followers: 20, tweets: 50, dms: 40, seed: 3 };
    await writeSyntheticArchive(join(dir, 'a.zip'), size);
    await writeSyntheticArchive(join(dir, 'b.zip'), size);
    const hash = (name: string) => createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
    expect(hash('a.zip')).toBe(hash('b.zip'));
  });
});
