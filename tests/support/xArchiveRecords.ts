/**
 * Record builders in the exact shapes of X's data files (formats.md §1.4–1.7). Ids stay strings
 * everywhere, as in the real files (snowflakes exceed 2^53). Re-exported by xArchiveFixture.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A tweet's `created_at`: `EEE MMM dd HH:mm:ss +0000 yyyy`, in UTC (e.g. `Sat Feb 18 12:33:11 +0000 2023`). */
export function xDate(d: Date): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} +0000 ${d.getUTCFullYear()}`;
}

const userLink = (id: string) => `https://twitter.com/intent/user?user_id=${id}`;

export const following = (id: string) => ({ following: { accountId: id, userLink: userLink(id) } });
export const follower = (id: string) => ({ follower: { accountId: id, userLink: userLink(id) } });

export function account(a: { accountId: string; username: string; displayName?: string; email?: string; createdAt?: Date }) {
  return {
    account: {
      email: a.email ?? `${a.username.toLowerCase()}@example.com`,
      createdVia: 'web',
      username: a.username,
      accountId: a.accountId,
      createdAt: (a.createdAt ?? new Date('2019-06-15T08:30:00Z')).toISOString(),
      accountDisplayName: a.displayName ?? a.username,
    },
  };
}

export function profile(p: { bio?: string; website?: string; location?: string; avatar?: string; header?: string } = {}) {
  return {
    profile: {
      description: { bio: p.bio ?? 'Building things. Opinions my own.', website: p.website ?? 'https://t.co/6VtgySlriu', location: p.location ?? '' },
      avatarMediaUrl: p.avatar ?? 'https://pbs.twimg.com/profile_images/1/HSLiX96Z.jpeg',
      ...(p.header ? { headerMediaUrl: p.header } : {}),
    },
  };
}

export function screenNameChange(c: { accountId: string; changedAt: Date; from: string; to: string }) {
  return { screenNameChange: { accountId: c.accountId, screenNameChange: { changedAt: c.changedAt.toISOString(), changedFrom: c.from, changedTo: c.to } } };
}

export interface MentionSpec {
  id: string;
  handle: string;
  name: string;
}

/**
 * A tweet as in `tweets.js` (§1.7). A reply names the replied-to user (`replyTo.id` is their
 * account id; `statusId` the tweet replied to) and starts with their handle, as X writes replies;
 * mentions get indices found in the text (as strings), or `["0","0"]` when the handle is absent.
 */
export function tweet(t: {
  id: string;
  text: string;
  createdAt: Date;
  replyTo?: { id: string; handle: string; name?: string; statusId?: string };
  mentions?: MentionSpec[];
  urls?: { url: string; expanded: string }[];
}) {
  const reply = t.replyTo;
  const text = reply && !t.text.startsWith(`@${reply.handle}`) ? `@${reply.handle} ${t.text}` : t.text;
  const mentions = [...(reply ? [{ id: reply.id, handle: reply.handle, name: reply.name ?? reply.handle }] : []), ...(t.mentions ?? [])];
  const indices = (needle: string) => {
    const at = text.indexOf(needle);
    return at < 0 ? ['0', '0'] : [String(at), String(at + needle.length)];
  };
  return {
    tweet: {
      edit_info: { initial: { editTweetIds: [t.id], editableUntil: new Date(t.createdAt.getTime() + 3_600_000).toISOString(), editsRemaining: '5', isEditEligible: !reply } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: mentions.map((m) => ({ name: m.name, screen_name: m.handle, indices: indices(`@${m.handle}`), id_str: m.id, id: m.id })),
        urls: (t.urls ?? []).map((u) => ({ url: u.url, expanded_url: u.expanded, display_url: u.expanded.replace(/^https?:\/\//, '').slice(0, 26), indices: indices(u.url) })),
      },
      display_text_range: ['0', String([...text].length)],
      favorite_count: '1',
      retweet_count: '0',
      ...(reply
        ? {
            in_reply_to_status_id_str: reply.statusId ?? '1626916612560281601',
            in_reply_to_status_id: reply.statusId ?? '1626916612560281601',
            in_reply_to_user_id: reply.id,
            in_reply_to_user_id_str: reply.id,
            in_reply_to_screen_name: reply.handle,
          }
        : {}),
      id_str: t.id,
      id: t.id,
      truncated: false,
      favorited: false,
      lang: 'en',
      created_at: xDate(t.createdAt),
      full_text: text,
    },
  };
}

/** A photo as it appears in a tweet's `entities.media` and `extended_entities.media` (key: the t.co/media slug). */
export function tweetPhoto(tweetId: string, key: string) {
  return {
    expanded_url: `https://twitter.com/rapport_owner/status/${tweetId}/photo/1`,
    indices: ['120', '143'],
    url: `https://t.co/${key}`,
    media_url: `http://pbs.twimg.com/media/F${key}.jpg`,
    id_str: String(BigInt(tweetId) + 1n),
    id: String(BigInt(tweetId) + 1n),
    media_url_https: `https://pbs.twimg.com/media/F${key}.jpg`,
    sizes: { small: { w: '680', h: '453', resize: 'fit' }, thumb: { w: '150', h: '150', resize: 'crop' }, large: { w: '2048', h: '1365', resize: 'fit' } },
    type: 'photo',
    display_url: `pic.twitter.com/${key}`,
  };
}

export interface DmMessageSpec {
  id: string;
  senderId: string;
  text: string;
  createdAt: Date;
  /** A reaction by another participant, recorded on the message (`reactions[]`) and as a `reactionCreate` event. */
  reaction?: { senderId: string; key: string; eventId: string; createdAt: Date };
  urls?: { url: string; expanded: string }[];
}

/** Group events other than messages (§1.6). */
export type DmEventSpec =
  | { kind: 'participantsJoin'; initiatingUserId: string; userIds: string[]; createdAt: Date }
  | { kind: 'participantsLeave'; userIds: string[]; createdAt: Date }
  | { kind: 'conversationNameUpdate'; initiatingUserId: string; name: string; createdAt: Date };

/**
 * A DM conversation as in `direct-messages.js` / `direct-messages-group.js` (§1.6), messages newest
 * first. One-to-one: the id is the two account ids joined by `-` (lower first), messages carry
 * `recipientId`. Group (`participants` > 2): a random-looking id, no `recipientId`, and a
 * `joinConversation` (the owner joining, with the snapshot) as the oldest event.
 */
export function dmConversation(c: {
  ownerId: string;
  participants: string[]; // everyone but the owner
  messages: DmMessageSpec[];
  events?: DmEventSpec[];
  conversationId?: string;
  joinedAt?: Date;
}) {
  const group = c.participants.length > 1;
  const partner = c.participants[0]!;
  const byNumber = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : 1);
  // Group ids are opaque numbers on X; any stable number not of the `a-b` form will do here.
  const conversationId = c.conversationId ?? (group ? String(BigInt(c.ownerId) * 1_000_003n + BigInt(partner)) : [c.ownerId, partner].sort(byNumber).join('-'));
  const items: { at: number; item: unknown }[] = [];
  for (const m of c.messages) {
    const recipient = group ? {} : { recipientId: m.senderId === c.ownerId ? partner : c.ownerId };
    const reaction = m.reaction
      ? { senderId: m.reaction.senderId, reactionKey: m.reaction.key, eventId: m.reaction.eventId, createdAt: m.reaction.createdAt.toISOString() }
      : null;
    items.push({
      at: m.createdAt.getTime(),
      item: {
        messageCreate: {
          ...recipient,
          reactions: reaction ? [reaction] : [],
          urls: (m.urls ?? []).map((u) => ({ url: u.url, expanded: u.expanded, display: u.expanded.replace(/^https?:\/\//, '') })),
          text: m.text,
          mediaUrls: [],
          senderId: m.senderId,
          id: m.id,
          createdAt: m.createdAt.toISOString(),
        },
      },
    });
    if (reaction) items.push({ at: m.reaction!.createdAt.getTime(), item: { reactionCreate: { ...reaction, messageId: m.id } } });
  }
  for (const e of c.events ?? []) {
    const { kind, createdAt, ...rest } = e;
    items.push({ at: createdAt.getTime(), item: { [kind]: { ...rest, createdAt: createdAt.toISOString() } } });
  }
  if (group) {
    const joined = c.joinedAt ?? new Date(Math.min(...items.map((i) => i.at)) - 60_000);
    const later = new Set((c.events ?? []).flatMap((e) => (e.kind === 'participantsJoin' ? e.userIds : [])));
    const snapshot = [c.ownerId, ...c.participants.filter((p) => !later.has(p))];
    items.push({ at: joined.getTime(), item: { joinConversation: { initiatingUserId: partner, participantsSnapshot: snapshot, createdAt: joined.toISOString() } } });
  }
  items.sort((a, b) => b.at - a.at); // newest first, as X writes them
  return { dmConversation: { conversationId, messages: items.map((i) => i.item) } };
}
