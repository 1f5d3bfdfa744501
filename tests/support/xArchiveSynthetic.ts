/**
 * A realistic, large X archive for speed and memory checks, streamed to disk (never whole in
 * memory) and deterministic from a seed. ~8,000 accounts: the owner follows and is followed by
 * overlapping sets, replies to and mentions a skewed subset (so some people recur), and DMs mostly
 * people who also appear in tweets (so their handles resolve) and a few who do not. ~5% of DM
 * conversations are groups. Tweets are split into `tweets.js` + `tweets-part1.js`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Zip, ZipDeflate } from 'fflate';
import { FIXTURE_MTIME, manifestText, xJson } from './xArchiveFixture';
import { account, dmConversation, follower, following, profile, tweet, tweetPhoto, type DmEventSpec, type DmMessageSpec } from './xArchiveRecords';

export interface SyntheticSize {
  following: number;
  followers: number;
  tweets: number;
  dms: number;
  seed: number;
}

/** What the archive holds, counted while writing it, for a test or bench to check against. */
export interface SyntheticCounts {
  /** Distinct account ids other than the owner, anywhere (follows, tweets, DMs). */
  accounts: number;
  following: number;
  followers: number;
  mutuals: number;
  tweets: number;
  /** `messageCreate` events (not reactions or group events). */
  dmMessages: number;
  conversations: number;
  groupConversations: number;
  /** Accounts whose handle appears in tweets (replies or mentions). */
  resolvable: number;
  /** Distinct DM participants other than the owner, and how many of them never appear in tweets. */
  dmPartners: number;
  dmPartnersUnresolved: number;
  /** Bytes of the two tweet files together (uncompressed). */
  tweetBytes: number;
}

const OWNER = { accountId: '1139858422302748672', username: 'rapport_owner', displayName: 'Robin Owner' };
const WORDS = (
  'the a and to of in that is for it on with as was at by this we you be are have not but from or they an will one all would there their ' +
  'what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see ' +
  'other than then now look only come its over think also back after use two how our work first well way even new want because any these give ' +
  'day most us meeting coffee conference talk launch demo startup design product team hiring founder investor panel podcast thread idea'
).split(' ');
const NAME_PARTS = ['Ana', 'Bo', 'Chloé', 'Dmitri', 'Ésa', 'Farah', 'Gus', 'Hana', 'Iñigo', 'Jun', 'Kofi', 'Lena', 'Mårten', 'Noor', 'Olu', 'Priya'];
const SURNAMES = ['Silva', 'Okafor', 'Müller', 'Tanaka', 'Nguyễn', 'Kowalski', 'García', 'Smith', 'Rossi', 'Haddad', 'Larsen', 'Chen'];
const FLAIR = ['', '', '', ' 🇵🇹', ' ✨', ' (she/her)', ' 日本', ' 🚀'];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(xs.length)]! };
}

interface Person {
  id: string;
  handle: string;
  name: string;
}

/** A zip written entry by entry through fflate, waiting for the disk so memory stays flat. */
class StreamingZip {
  private readonly out;
  private readonly zip: Zip;
  private readonly finished: Promise<unknown>;
  constructor(path: string) {
    this.out = createWriteStream(path);
    this.finished = once(this.out, 'finish');
    this.zip = new Zip((err, data, final) => {
      if (err) this.out.destroy(err);
      else {
        this.out.write(data);
        if (final) this.out.end();
      }
    });
  }
  async add(name: string, parts: Iterable<string>): Promise<number> {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = FIXTURE_MTIME;
    this.zip.add(file);
    let pending: string[] = [];
    let size = 0;
    let bytes = 0;
    for (const part of parts) {
      pending.push(part);
      size += part.length;
      if (size < 1 << 20) continue;
      const chunk = Buffer.from(pending.join(''));
      bytes += chunk.length;
      file.push(chunk);
      pending = [];
      size = 0;
      if (this.out.writableLength > 8 << 20) await once(this.out, 'drain');
    }
    const last = Buffer.from(pending.join(''));
    file.push(last, true);
    return bytes + last.length;
  }
  async end(): Promise<void> {
    this.zip.end();
    await this.finished;
  }
}

/** `window.YTD.<global>.part<N> = [ … ]` from a record generator, a piece at a time. */
function* ytd(global: string, part: number, records: Iterable<unknown>): Generator<string> {
  yield `window.YTD.${global}.part${part} = [ `;
  let first = true;
  for (const r of records) {
    yield (first ? '' : ', ') + xJson(r);
    first = false;
  }
  yield first ? ']' : ' ]';
}

/** Writes the archive to `path` (a `.zip`) and returns what it holds. */
export async function writeSyntheticArchive(path: string, size: SyntheticSize): Promise<SyntheticCounts> {
  const r = rng(size.seed);
  const overlap = Math.round(Math.min(size.following, size.followers) * 0.6);
  const poolSize = Math.max(8000, size.following + size.followers - overlap + 1000);
  const pool: Person[] = [];
  const seen = new Set<string>([OWNER.accountId]);
  while (pool.length < poolSize) {
    // Most ids are modern snowflakes beyond 2^53; a quarter are short ids from the early years.
    const id = r.next() < 0.75 ? `1${String(r.int(1e9)).padStart(9, '0')}${String(r.int(1e9)).padStart(9, '0')}` : String(10_000 + r.int(3e9));
    if (seen.has(id)) continue;
    seen.add(id);
    const first = r.pick(NAME_PARTS);
    const last = r.pick(SURNAMES);
    pool.push({ id, handle: `${first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}_${pool.length}`, name: `${first} ${last}${r.pick(FLAIR)}` });
  }
  // following = pool[0, F), followers = pool[F - overlap, F - overlap + f): the overlap is the mutuals.
  const followingIds = pool.slice(0, size.following).map((p) => p.id);
  const followerIds = pool.slice(size.following - overlap, size.following - overlap + size.followers).map((p) => p.id);
  const involved = new Set([...followingIds, ...followerIds]);
  const inTweets = new Map<string, Person>();
  // A skewed pick: a small circle gets most replies, as in real timelines.
  const skewed = () => pool[Math.floor(Math.pow(r.next(), 2.2) * pool.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 7, 1) - start;
  let tweetId = 700_000_000_000_000_000n;

  function* tweets(count: number): Generator<unknown> {
    for (let i = 0; i < count; i++) {
      tweetId += BigInt(1 + r.int(5e12));
      const createdAt = new Date(start + Math.floor((span * (i + r.next())) / size.tweets));
      const roll = r.next();
      const replyTo = roll < 0.45 ? skewed() : null;
      const mentions = roll >= 0.45 && roll < 0.7 ? Array.from({ length: 1 + r.int(3) }, skewed) : [];
      for (const p of [...(replyTo ? [replyTo] : []), ...mentions]) {
        inTweets.set(p.id, p);
        involved.add(p.id);
      }
      const text = `${mentions.map((m) => `@${m.handle}`).join(' ')} ${words(14 + r.int(52))}`.trim();
      const t = tweet({
        id: String(tweetId),
        text,
        createdAt,
        replyTo: replyTo ? { id: replyTo.id, handle: replyTo.handle, name: replyTo.name, statusId: String(tweetId - BigInt(1 + r.int(1e15))) } : undefined,
        mentions: mentions.map((m) => ({ id: m.id, handle: m.handle, name: m.name })),
        urls: r.next() < 0.8 ? [{ url: `https://t.co/${r.int(1e9).toString(36)}`, expanded: `https://example.com/${words(3).replace(/ /g, '/')}` }] : [],
      });
      if (r.next() < 0.4) {
        const tag = r.pick(WORDS);
        t.tweet.full_text += ` #${tag}`;
        const end = [...t.tweet.full_text].length;
        Object.assign(t.tweet.entities, { hashtags: [{ text: tag, indices: [String(end - tag.length - 1), String(end)] }] });
        t.tweet.display_text_range = ['0', String(end)];
      }
      if (r.next() < 0.7) {
        // A photo appears twice in real tweets: in entities.media and in extended_entities.media.
        const m = tweetPhoto(String(tweetId), r.int(1e9).toString(36));
        Object.assign(t.tweet.entities, { media: [m] });
        Object.assign(t.tweet, { extended_entities: { media: [m] } });
      }
      yield t;
    }
  }

  const zip = new StreamingZip(path);
  const counts = { tweets: size.tweets, dmMessages: 0, conversations: 0, groupConversations: 0, tweetBytes: 0 };
  await zip.add('Your archive.html', ['<!DOCTYPE html><html><body>Your archive (synthetic)</body></html>\n']);
  await zip.add('data/README.txt', ['Twitter archive README (synthetic)\n']);
  await zip.add('data/account.js', ytd('account', 0, [account(OWNER)]));
  await zip.add('data/profile.js', ytd('profile', 0, [profile({ bio: 'Synthetic archive owner' })]));
  await zip.add('data/following.js', ytd('following', 0, followingIds.map(following)));
  await zip.add('data/follower.js', ytd('follower', 0, followerIds.map(follower)));
  const half = Math.ceil(size.tweets / 2);
  counts.tweetBytes += await zip.add('data/tweets.js', ytd('tweets', 0, tweets(half)));
  counts.tweetBytes += await zip.add('data/tweets-part1.js', ytd('tweets', 1, tweets(size.tweets - half)));

  // DMs: mostly people seen in tweets (so they resolve), about a sixth who never appear there.
  // The conversations (size, group or not) are planned up front so both files draw from one budget.
  const resolved = [...inTweets.values()];
  const unresolved = pool.filter((p) => !inTweets.has(p.id));
  const used = new Set<string>();
  const partnerFor = (): Person => {
    for (let tries = 0; ; tries++) {
      const p = (r.next() < 0.85 && resolved.length) || !unresolved.length ? r.pick(resolved.length ? resolved : pool) : r.pick(unresolved);
      if (!used.has(p.id)) return p; // one 1:1 conversation per partner, as on X
      if (tries > 100) return pool.find((q) => !used.has(q.id)) ?? p;
    }
  };
  const plan: { group: boolean; n: number }[] = [];
  for (let left = size.dms; left > 0; ) {
    const n = Math.min(left, 1 + Math.floor(-Math.log(1 - r.next()) * 15));
    plan.push({ group: r.next() < 0.05, n });
    left -= n;
  }
  const dmPartners = new Set<string>();
  let messageId = 1_500_000_000_000_000_000n;
  function* conversations(group: boolean): Generator<unknown> {
    for (const { n } of plan.filter((c) => c.group === group)) {
      const participants = group ? [...new Set(Array.from({ length: 2 + r.int(4) }, () => partnerFor().id))] : [partnerFor().id];
      if (participants.length < 2 && group) participants.push(pool.find((p) => !participants.includes(p.id))!.id);
      if (!group) used.add(participants[0]!);
      let at = start + r.int(span - 86_400_000 * 30);
      const messages: DmMessageSpec[] = [];
      for (let k = 0; k < n; k++) {
        at += r.int(86_400_000);
        messageId += BigInt(1 + r.int(1e12));
        const senderId = r.next() < 0.5 ? OWNER.accountId : r.pick(participants);
        const other = senderId === OWNER.accountId ? r.pick(participants) : OWNER.accountId;
        const reaction = r.next() < 0.05 ? { senderId: other, key: r.pick(['like', 'funny', 'excited', 'agree']), eventId: String(messageId + 1n), createdAt: new Date(at + 60_000) } : undefined;
        messages.push({ id: String(messageId), senderId, text: words(3 + r.int(25)), createdAt: new Date(at), reaction });
      }
      const events: DmEventSpec[] = [];
      if (group && r.next() < 0.5) events.push({ kind: 'conversationNameUpdate', initiatingUserId: participants[0]!, name: words(2), createdAt: new Date(at + 1000) });
      if (group && participants.length > 2) events.push({ kind: 'participantsJoin', initiatingUserId: participants[0]!, userIds: [participants.at(-1)!], createdAt: new Date(at + 2000) });
      counts.dmMessages += n;
      counts.conversations++;
      if (group) counts.groupConversations++;
      for (const id of participants) {
        dmPartners.add(id);
        involved.add(id);
      }
      yield dmConversation({ ownerId: OWNER.accountId, participants, messages, events, conversationId: group ? String(messageId * 7n) : undefined });
    }
  }
  await zip.add('data/direct-messages.js', ytd('direct_messages', 0, conversations(false)));
  await zip.add('data/direct-messages-group.js', ytd('direct_messages_group', 0, conversations(true)));
  await zip.add('data/tweets_media/1000000000000000000-placeholder.jpg', ['not really a JPEG: media is never opened']);
  await zip.add('data/manifest.js', [manifestText(manifestFiles(counts, size), { manifest: true, owner: { accountId: OWNER.accountId, userName: OWNER.username, displayName: OWNER.displayName }, files: {} })]);
  await zip.end();

  const followerSet = new Set(followerIds);
  return {
    accounts: involved.size,
    following: followingIds.length,
    followers: followerIds.length,
    mutuals: followingIds.filter((id) => followerSet.has(id)).length,
    tweets: counts.tweets,
    dmMessages: counts.dmMessages,
    conversations: counts.conversations,
    groupConversations: counts.groupConversations,
    resolvable: inTweets.size,
    dmPartners: dmPartners.size,
    dmPartnersUnresolved: [...dmPartners].filter((id) => !inTweets.has(id)).length,
    tweetBytes: counts.tweetBytes,
  };
}

function manifestFiles(counts: { dmMessages: number; conversations: number; groupConversations: number }, size: SyntheticSize) {
  const f = (type: string, fileName: string, globalName: string, count: number) => ({ type, fileName, globalName, count, text: '' });
  const half = Math.ceil(size.tweets / 2);
  return [
    f('account', 'data/account.js', 'YTD.account.part0', 1),
    f('profile', 'data/profile.js', 'YTD.profile.part0', 1),
    f('following', 'data/following.js', 'YTD.following.part0', size.following),
    f('follower', 'data/follower.js', 'YTD.follower.part0', size.followers),
    f('tweets', 'data/tweets.js', 'YTD.tweets.part0', half),
    f('tweets', 'data/tweets-part1.js', 'YTD.tweets.part1', size.tweets - half),
    f('directMessages', 'data/direct-messages.js', 'YTD.direct_messages.part0', counts.conversations - counts.groupConversations),
    f('directMessagesGroup', 'data/direct-messages-group.js', 'YTD.direct_messages_group.part0', counts.groupConversations),
  ];
}
