import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { RelationshipHealth } from '../../../shared/domain/reconnect';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../../db/client';
import { DAY_MS } from '../reminders/clock';
import { cadenceStatus } from './cadence';

const GIVEN_KINDS = new Set(['help_given', 'intro_made']);
const RECEIVED_KINDS = new Set(['help_received', 'intro_received']);
const EITHER_WAY = new Set(['compliment', 'gift']);

/** +1 given, −1 received, 0 neither. */
function favourDirection(kind: string, initiatedBy: string): number {
  if (GIVEN_KINDS.has(kind)) return 1;
  if (RECEIVED_KINDS.has(kind)) return -1;
  if (EITHER_WAY.has(kind)) return initiatedBy === 'me' ? 1 : -1;
  return 0;
}

function whoStarts(byMe: number, byThem: number): string {
  const n = byMe + byThem;
  if (n === 0) return 'No touchpoints yet.';
  if (byMe === byThem) return `Evenly shared: each of you started ${byMe} of the last ${n}.`;
  return byMe > byThem ? `You started ${byMe} of the last ${n}.` : `They started ${byThem} of the last ${n}.`;
}

function balanceText(given: number, received: number): string {
  if (given === 0 && received === 0) return 'No help, intros, compliments or gifts logged in the last 12 months.';
  if (given === received) return `Balanced: ${given} given and ${received} received in 12 months.`;
  return given > received
    ? `You gave ${given} and received ${received} in 12 months.`
    : `They gave ${received} and you gave ${given} in 12 months: your turn.`;
}

/** Relationship health of one person, from their touchpoints of the last two years and their counters. */
export function personHealth(db: Db, personId: string, now: number, zone: string): RelationshipHealth {
  const p = db.get<{ id: string; name: string; last: number | null; created: number; own: number | null; cadence: number | null; total: number }>(sql`
    SELECT id, display_name AS name, last_touch_at AS last, created_at AS created, cadence_days AS own,
      effective_cadence_days AS cadence, online_touches + offline_touches AS total
    FROM people WHERE id = ${personId}`);
  if (!p) throw new AppError('NOT_FOUND', `No person with id ${personId}`, { personId });
  const start = DateTime.fromMillis(now, { zone }).startOf('month').minus({ months: 23 });
  const rows = db.all<{ at: number; by: string; kind: string }>(sql`
    SELECT tp.at AS at, t.initiated_by AS by, t.kind AS kind
    FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
    WHERE tp.person_id = ${personId} AND tp.at >= ${start.toMillis()} AND tp.at <= ${now} AND t.deleted_at IS NULL
    ORDER BY tp.at DESC`);
  const lastTen = db.all<{ by: string }>(sql`
    SELECT t.initiated_by AS by FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
    WHERE tp.person_id = ${personId} AND t.deleted_at IS NULL AND tp.at <= ${now} ORDER BY tp.at DESC LIMIT 10`);

  const months = Array.from({ length: 24 }, (_, i) => ({ month: start.plus({ months: i }).toFormat('yyyy-MM'), count: 0 }));
  const index = new Map(months.map((m, i) => [m.month, i]));
  let touches90d = 0;
  let touches12m = 0;
  let last6m = 0;
  let previous6m = 0;
  let given = 0;
  let received = 0;
  for (const r of rows) {
    const age = now - r.at;
    const month = index.get(DateTime.fromMillis(r.at, { zone }).toFormat('yyyy-MM'));
    if (month !== undefined) months[month]!.count++;
    if (age <= 90 * DAY_MS) touches90d++;
    if (age <= 182 * DAY_MS) last6m++;
    else if (age <= 365 * DAY_MS) previous6m++;
    if (age <= 365 * DAY_MS) {
      touches12m++;
      const d = favourDirection(r.kind, r.by);
      if (d > 0) given++;
      else if (d < 0) received++;
    }
  }
  const byMe = lastTen.filter((r) => r.by === 'me').length;
  const byThem = lastTen.length - byMe;
  const direction =
    last6m === 0 && previous6m === 0 ? 'none' : last6m >= previous6m * 1.25 + 1 ? 'warming' : last6m <= previous6m * 0.75 - 1 ? 'cooling' : 'steady';
  return {
    person: { id: p.id, name: p.name },
    lastTouchAt: p.last === null ? null : new Date(p.last).toISOString(),
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
