import type { XAccount } from '../../../shared/domain/xArchive';

/** An `x_accounts` row as the repositories read it (snake case), with the linked person's name. */
export interface XAccountRow {
  account_id: string;
  handle: string | null;
  name: string | null;
  handles: string;
  is_owner: number;
  following: number;
  follower: number;
  messages_sent: number;
  messages_received: number;
  mentions_by_me: number;
  replies_by_me: number;
  last_at: number | null;
  person_id: string | null;
  person_name: string | null;
  linked_by: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** They wrote to the user and the user wrote back (a DM, a reply or a mention). */
export function isTwoWay(row: Pick<XAccountRow, 'messages_sent' | 'messages_received' | 'mentions_by_me' | 'replies_by_me'>): boolean {
  return row.messages_received > 0 && (row.messages_sent > 0 || row.replies_by_me + row.mentions_by_me > 0);
}

/** The same condition in SQL, for an `x_accounts` alias. */
export const TWO_WAY_SQL = (a: string) => `(${a}.messages_received > 0 AND (${a}.messages_sent > 0 OR ${a}.replies_by_me + ${a}.mentions_by_me > 0))`;

export function profileUrl(accountId: string, handle: string | null): string {
  return handle ? `https://x.com/${handle}` : `https://x.com/i/user/${accountId}`;
}

export function toXAccount(row: XAccountRow): XAccount {
  let handles: { handle: string; seenAt: number | null; source: string }[] = [];
  try {
    handles = JSON.parse(row.handles) as typeof handles;
  } catch {
    // A hand-edited or damaged history only loses the history, not the account.
  }
  return {
    accountId: row.account_id,
    handle: row.handle,
    name: row.name,
    handles: handles.map((h) => ({ handle: h.handle, seenAt: iso(h.seenAt), source: h.source })),
    isOwner: row.is_owner === 1,
    following: row.following === 1,
    follower: row.follower === 1,
    messagesSent: row.messages_sent,
    messagesReceived: row.messages_received,
    mentionsByMe: row.mentions_by_me,
    repliesByMe: row.replies_by_me,
    twoWay: isTwoWay(row),
    lastAt: iso(row.last_at),
    person: row.person_id && row.person_name !== null ? { id: row.person_id, name: row.person_name } : null,
    linkedBy: (row.linked_by as XAccount['linkedBy']) ?? null,
    profileUrl: profileUrl(row.account_id, row.handle),
  };
}
