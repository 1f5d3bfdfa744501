import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { RelationshipHealth } from '../../../shared/domain/reconnect';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../../db/client';
import { DAY_MS } from '../reminders/clock';
import { cadenceStatus } from '../../../shared/reconnect/cadence';
import { balanceText, whoStarts } from '../../../shared/reconnect/healthText';
import { iso } from '../../db/repositories/mappers';

/** Favours are counted among at most this many of a person's newest touchpoints of the last 12 months. */
export const RECIPROCITY_SAMPLE = 2000;

const LIVE = sql`NOT EXISTS (SELECT 1 FROM touchpoints d INDEXED BY touchpoints_deleted_idx WHERE d.id = tp.touchpoint_id AND d.deleted_at IS NOT NULL)`;

/**
 * Relationship health of one person. Someone can have tens of thousands of touchpoints, so
 * the counts are made in SQL from the participants index alone (minus the few deleted
 * touchpoints, through their own small index) rather than by reading every touchpoint row:
 * months are bucketed against the local month starts worked out here, in the user's zone.
 */
export function personHealth(db: Db, personId: string, now: number, zone: string): RelationshipHealth {
  const p = db.get<{ id: string; name: string; last: number | null; created: number; own: number | null; cadence: number | null; total: number }>(sql`
    SELECT id, display_name AS name, last_touch_at AS last, created_at AS created, cadence_days AS own,
      effective_cadence_days AS cadence, online_touches + offline_touches AS total
    FROM people WHERE id = ${personId}`);
  if (!p) throw new AppError('NOT_FOUND', `No person with id ${personId}`, { personId });

  const first = DateTime.fromMillis(now, { zone }).startOf('month').minus({ months: 23 });
  const starts = Array.from({ length: 24 }, (_, i) => first.plus({ months: i }));
  // Month index of each touchpoint: the number of month starts at or before it, minus one.
  const bucket = sql.join(
    starts.map((m) => sql`(tp.at >= ${m.toMillis()})`),
    sql` + `,
  );
  const windows = { d90: now - 90 * DAY_MS, d182: now - 182 * DAY_MS, d365: now - 365 * DAY_MS };
  const rows = db.all<{ month: number; n: number; d90: number; d182: number; d365: number }>(sql`
    SELECT ${bucket} - 1 AS month, count(*) AS n, sum(tp.at >= ${windows.d90}) AS d90, sum(tp.at >= ${windows.d182}) AS d182, sum(tp.at >= ${windows.d365}) AS d365
    FROM touchpoint_participants tp
    WHERE tp.person_id = ${personId} AND tp.at >= ${first.toMillis()} AND tp.at <= ${now} AND ${LIVE}
    GROUP BY month`);
  const months = starts.map((m) => ({ month: m.toFormat('yyyy-MM'), count: 0 }));
  let touches90d = 0;
  let last6m = 0;
  let touches12m = 0;
  for (const r of rows) {
    months[r.month]!.count = r.n;
    touches90d += r.d90;
    last6m += r.d182;
    touches12m += r.d365;
  }
  const previous6m = touches12m - last6m;

  const lastTen = db.all<{ by: string }>(sql`
    SELECT t.initiated_by AS by FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
    WHERE tp.person_id = ${personId} AND t.deleted_at IS NULL AND tp.at <= ${now} ORDER BY tp.at DESC LIMIT 10`);
  const byMe = lastTen.filter((r) => r.by === 'me').length;
  const byThem = lastTen.length - byMe;

  const favours = db.get<{ given: number | null; received: number | null }>(sql`
    SELECT sum(t.kind IN ('help_given', 'intro_made') OR (t.kind IN ('compliment', 'gift') AND t.initiated_by = 'me')) AS given,
      sum(t.kind IN ('help_received', 'intro_received') OR (t.kind IN ('compliment', 'gift') AND t.initiated_by = 'them')) AS received
    FROM (SELECT tp.touchpoint_id FROM touchpoint_participants tp WHERE tp.person_id = ${personId} AND tp.at >= ${windows.d365} AND tp.at <= ${now}
          ORDER BY tp.at DESC LIMIT ${RECIPROCITY_SAMPLE}) recent
    JOIN touchpoints t ON t.id = recent.touchpoint_id WHERE t.deleted_at IS NULL`);
  const given = favours?.given ?? 0;
  const received = favours?.received ?? 0;

  const direction =
    last6m === 0 && previous6m === 0 ? 'none' : last6m >= previous6m * 1.25 + 1 ? 'warming' : last6m <= previous6m * 0.75 - 1 ? 'cooling' : 'steady';
  return {
    person: { id: p.id, name: p.name },
    lastTouchAt: iso(p.last),
    touches90d,
    touches12m,
    total: p.total,
    recent: { byMe, byThem, text: whoStarts(byMe, byThem) },
    reciprocity: { given, received, balance: given - received, text: balanceText(given, received) },
    trend: { direction, last6m, previous6m },
    months,
    cadence: cadenceStatus({ lastTouchAt: p.last, createdAt: p.created, cadenceDays: p.own, effectiveCadenceDays: p.cadence }, now),
  };
}
