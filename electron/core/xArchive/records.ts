import { z } from 'zod';

/**
 * The shapes of the archive records the import reads (formats.md §1.4–1.7), as loose as the
 * files are: unknown fields pass, ids stay strings, and only what the import uses is named.
 * A record that does not fit is skipped and reported with its file and index.
 */
const IdString = z.string().regex(/^-?\d{1,20}$/);

export const AccountRecord = z.object({
  account: z.object({ accountId: IdString, username: z.string(), accountDisplayName: z.string().optional() }),
});

export const ScreenNameChangeRecord = z.object({
  screenNameChange: z.object({
    accountId: IdString.optional(),
    screenNameChange: z.object({ changedAt: z.string(), changedFrom: z.string(), changedTo: z.string() }),
  }),
});

export const FollowingRecord = z.object({ following: z.object({ accountId: IdString }) });
export const FollowerRecord = z.object({ follower: z.object({ accountId: IdString }) });

const Mention = z.object({
  id_str: IdString.optional(),
  id: IdString.optional(),
  screen_name: z.string().optional(),
  name: z.string().optional(),
  indices: z.array(z.string()).optional(),
});

const Tweet = z.object({
  id_str: IdString.optional(),
  id: IdString.optional(),
  created_at: z.string(),
  full_text: z.string().optional(),
  text: z.string().optional(),
  in_reply_to_user_id_str: IdString.nullable().optional(),
  in_reply_to_user_id: IdString.nullable().optional(),
  in_reply_to_screen_name: z.string().nullable().optional(),
  entities: z.object({ user_mentions: z.array(Mention).optional() }).optional(),
  /** Where the text proper starts: the @-prefixes X adds to a reply come before it. */
  display_text_range: z.array(z.string()).optional(),
});
export type Tweet = z.infer<typeof Tweet>;

/** Newer archives wrap each tweet in `{tweet: …}`; the oldest ones do not. */
export const TweetRecord = z.union([z.object({ tweet: Tweet }).transform((r) => r.tweet), Tweet]);

const MessageCreate = z.object({
  id: IdString.optional(),
  senderId: IdString,
  recipientId: IdString.optional(),
  text: z.string().optional(),
  createdAt: z.string(),
});
export type MessageCreate = z.infer<typeof MessageCreate>;

/** Other events in a conversation; only who took part matters here. */
const ConversationEvent = z.object({
  messageCreate: MessageCreate.optional(),
  joinConversation: z.object({ initiatingUserId: IdString.optional(), participantsSnapshot: z.array(IdString).optional() }).optional(),
  participantsJoin: z.object({ initiatingUserId: IdString.optional(), userIds: z.array(IdString).optional() }).optional(),
  participantsLeave: z.object({ userIds: z.array(IdString).optional() }).optional(),
  conversationNameUpdate: z.object({ initiatingUserId: IdString.optional(), name: z.string().optional() }).optional(),
});

export const ConversationRecord = z.object({
  dmConversation: z.object({ conversationId: z.string().min(1).max(200), messages: z.array(ConversationEvent) }),
});
export type ConversationRecord = z.infer<typeof ConversationRecord>;

const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };
const TWEET_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** `Sat Feb 18 12:33:11 +0000 2023` → epoch ms, or null; `new Date(str)` is not reliable for this form. */
export function parseTweetDate(text: string): number | null {
  const m = TWEET_DATE.exec(text);
  if (!m) return null;
  const month = MONTHS[m[1]!];
  if (month === undefined) return null;
  const utc = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  const offset = (Number(m[7]) * 60 + Number(m[8])) * 60_000 * (m[6] === '-' ? -1 : 1);
  return Number.isFinite(utc) ? utc - offset : null;
}

/** ISO date-time of DMs and screen-name changes → epoch ms, or null. */
export function parseIsoDate(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isFinite(at) ? at : null;
}

/** Why a record was skipped, in one line. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not the expected shape';
  const path = issue.path.map(String).join('.');
  return `${path ? `${path}: ` : ''}${issue.message}`;
}
