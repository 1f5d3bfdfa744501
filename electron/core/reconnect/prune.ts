import { sql } from 'drizzle-orm';
import type { Page } from '../../../shared/domain/common';
import type { CircleId } from '../../../shared/domain/person';
import type { PruneItem } from '../../../shared/domain/reconnect';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../../db/client';
import { DAY_MS } from '../reminders/clock';
import { iso } from '../../db/repositories/mappers';

/** One-way attempts without a single touchpoint from them before someone is suggested. */
export const PRUNE_ATTEMPTS = 3;
/** Added this long ago with nothing since (no touchpoint, not met at an event): never engaged. */
export const NEVER_ENGAGED_DAYS = 90;

/**
 * The prune view: people with several touchpoints all started by the user and none by
 * them, or never engaged at all. Only suggestions (move to dormant, or archive); nothing
 * here changes anyone. Paged by name.
 */
export function prunePage(db: Db, query: { limit: number; cursor?: string }, now: number): Page<PruneItem> {
  let after = sql``;
  if (query.cursor !== undefined) {
    const key = decodeCursor(query.cursor, 2);
    if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string') {
      throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
    }
    after = sql`AND (p.sort_name, p.id) > (${key[0]}, ${key[1]})`;
  }
  const rows = db.all<{ id: string; name: string; sortName: string; circle: string | null; total: number; last: number | null }>(sql`
    SELECT p.id, p.display_name AS name, p.sort_name AS sortName, p.circle_id AS circle,
      p.online_touches + p.offline_touches AS total, p.last_touch_at AS last
    FROM people p
    WHERE p.deleted_at IS NULL AND p.prune_kept_at IS NULL ${after}
      AND (
        (p.touches_by_them = 0 AND p.online_touches + p.offline_touches >= ${PRUNE_ATTEMPTS})
        OR (p.online_touches + p.offline_touches = 0 AND p.created_at < ${now - NEVER_ENGAGED_DAYS * DAY_MS}
            AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.person_id = p.id AND a.deleted_at IS NULL AND a.met = 1))
      )
    ORDER BY p.sort_name, p.id LIMIT ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => {
      const noReply = r.total > 0;
      const dormant = r.circle === 'dormant';
      return {
        personId: r.id,
        name: r.name,
        circle: r.circle as CircleId | null,
        reason: noReply ? 'no_reply' : 'never_engaged',
        text: noReply ? `You reached out ${r.total} times; they never started a conversation.` : `Added over ${NEVER_ENGAGED_DAYS} days ago; no touchpoint yet.`,
        attempts: r.total,
        lastTouchAt: iso(r.last),
        suggestion: noReply && !dormant ? 'dormant' : 'archive',
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sortName, last.id]) : null,
  };
}

/** Keeps (or stops keeping) someone out of the prune view; NOT_FOUND for an unknown person. */
export function keepFromPrune(db: Db, personId: string, keep: boolean, now: number): { personId: string; keptAt: string | null } {
  const keptAt = keep ? now : null;
  const changed = db.run(sql`UPDATE people SET prune_kept_at = ${keptAt}, updated_at = ${now} WHERE id = ${personId}`);
  if (changed.changes === 0) throw new AppError('NOT_FOUND', `No person with id ${personId}`, { personId });
  return { personId, keptAt: iso(keptAt) };
}
