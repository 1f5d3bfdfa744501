import type { Page } from '../../../shared/domain/common';
import { ONLINE_CHANNELS } from '../../../shared/domain/touchpoint';
import type { XAccount } from '../../../shared/domain/xArchive';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';
import { escapeLike } from './nameMatch';
import { TWO_WAY_SQL, type XAccountRow, toXAccount } from './xAccountRows';

const FILTERS = {
  all: '1',
  unmatched: 'a.person_id IS NULL',
  matched: 'a.person_id IS NOT NULL',
  mutual_unlinked: 'a.person_id IS NULL AND a.following = 1 AND a.follower = 1',
  unresolved: 'a.handle IS NULL',
} as const;

export interface PersonViewRow {
  id: string;
  name: string;
  sort_name: string;
  handle: string | null;
  sent: number;
  received: number;
  replies: number;
  mentions: number;
  last_at: number | null;
  met_event: string | null;
}

const ONLINE = ONLINE_CHANNELS.map((c) => `'${c}'`).join(', ');

function badCursor(cursor: string): AppError {
  return new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor });
}

/**
 * Read-only lists over the archive accounts: the accounts list with its filters, and the
 * two people views where online meets offline. Pages are keyset on their sort order.
 */
export function createXViewsReader(db: Db) {
  const sqlite = db.$client;

  return {
    /** Accounts, most recent interaction first (accounts never interacted with after them, by id). */
    accounts(query: { filter: keyof typeof FILTERS; text?: string | undefined; limit: number; cursor?: string | undefined }): Page<XAccount> {
      const key = query.cursor ? decodeCursor(query.cursor, 2) : null;
      if (query.cursor && !key) throw badCursor(query.cursor);
      const text = query.text?.trim().replace(/^@/, '').toLowerCase();
      const like = text ? `%${escapeLike(text)}%` : null;
      const rows = sqlite
        .prepare(
          `SELECT a.*, p.display_name AS person_name, coalesce(a.last_at, -1) AS recent FROM x_accounts a LEFT JOIN people p ON p.id = a.person_id
           WHERE a.is_owner = 0 AND ${FILTERS[query.filter]}
             AND (@like IS NULL OR a.handle_key LIKE @like ESCAPE '\\' OR lower(a.name) LIKE @like ESCAPE '\\' OR a.account_id = @text)
             AND (@hasKey = 0 OR (coalesce(a.last_at, -1), a.account_id) < (@k0, @k1))
           ORDER BY coalesce(a.last_at, -1) DESC, a.account_id DESC LIMIT @limit`,
        )
        .all({ like, text: text ?? null, hasKey: key ? 1 : 0, k0: key?.[0] ?? 0, k1: key?.[1] ?? '', limit: query.limit + 1 }) as (XAccountRow & { recent: number })[];
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return { items: page.map(toXAccount), nextCursor: rows.length > query.limit && last ? encodeCursor([last.recent, last.account_id]) : null };
    },

    /**
     * `talk_never_met`: people with a two-way X exchange and no offline touchpoint.
     * `met_not_connected`: people met offline with no X account they follow or that follows them.
     * By name.
     */
    people(query: { view: 'talk_never_met' | 'met_not_connected'; limit: number; cursor?: string | undefined }): Page<PersonViewRow> {
      const key = query.cursor ? decodeCursor(query.cursor, 2) : null;
      if (query.cursor && !key) throw badCursor(query.cursor);
      const where =
        query.view === 'talk_never_met'
          ? `p.offline_touches = 0 AND EXISTS (SELECT 1 FROM x_accounts a WHERE a.person_id = p.id AND ${TWO_WAY_SQL('a')})`
          : `(p.offline_touches > 0 OR p.met_mode = 'offline' OR p.met_event_id IS NOT NULL)
             AND NOT EXISTS (SELECT 1 FROM x_accounts a WHERE a.person_id = p.id AND (a.following = 1 OR a.follower = 1))`;
      const rows = sqlite
        .prepare(
          `SELECT p.id, p.display_name AS name, p.sort_name,
             coalesce((SELECT a.handle FROM x_accounts a WHERE a.person_id = p.id AND a.handle IS NOT NULL ORDER BY a.last_at DESC LIMIT 1),
               (SELECT ltrim(i.display, '@') FROM identities i WHERE i.person_id = p.id AND i.kind = 'x' AND i.deleted_at IS NULL LIMIT 1)) AS handle,
             coalesce((SELECT sum(messages_sent) FROM x_accounts a WHERE a.person_id = p.id), 0) AS sent,
             coalesce((SELECT sum(messages_received) FROM x_accounts a WHERE a.person_id = p.id), 0) AS received,
             coalesce((SELECT sum(replies_by_me) FROM x_accounts a WHERE a.person_id = p.id), 0) AS replies,
             coalesce((SELECT sum(mentions_by_me) FROM x_accounts a WHERE a.person_id = p.id), 0) AS mentions,
             (SELECT max(last_at) FROM x_accounts a WHERE a.person_id = p.id) AS last_at,
             coalesce((SELECT e.name FROM events e WHERE e.id = p.met_event_id),
               (SELECT e.name FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id JOIN events e ON e.id = t.event_id
                WHERE tp.person_id = p.id AND t.deleted_at IS NULL ORDER BY tp.at LIMIT 1),
               (SELECT e.name FROM attendances at JOIN events e ON e.id = at.event_id
                WHERE at.person_id = p.id AND at.met = 1 AND at.deleted_at IS NULL ORDER BY e.start_at LIMIT 1)) AS met_event
           FROM people p
           WHERE p.deleted_at IS NULL AND ${where} AND (@hasKey = 0 OR (p.sort_name, p.id) > (@k0, @k1))
           ORDER BY p.sort_name, p.id LIMIT @limit`,
        )
        .all({ hasKey: key ? 1 : 0, k0: key?.[0] ?? '', k1: key?.[1] ?? '', limit: query.limit + 1 }) as PersonViewRow[];
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return { items: page, nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_name, last.id]) : null };
    },

    /** The first online and first offline touchpoint of a person (the oldest of each). */
    firsts(personId: string): { online: { at: number; channel: string } | null; offline: { at: number; channel: string; eventName: string | null } | null } {
      const first = (online: boolean) =>
        sqlite
          .prepare(
            `SELECT t.at, t.channel, e.name AS eventName FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
             LEFT JOIN events e ON e.id = t.event_id
             WHERE tp.person_id = ? AND t.deleted_at IS NULL AND (t.channel IN (${ONLINE})) = ?
             ORDER BY tp.at LIMIT 1`,
          )
          .get(personId, online ? 1 : 0) as { at: number; channel: string; eventName: string | null } | undefined;
      const online = first(true);
      return { online: online ? { at: online.at, channel: online.channel } : null, offline: first(false) ?? null };
    },
  };
}

export type XViewsReader = ReturnType<typeof createXViewsReader>;
