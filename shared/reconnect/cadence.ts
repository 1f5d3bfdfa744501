import type { CadenceStatus } from '../domain/reconnect';

export const DAY_MS = 86_400_000;

/** The cadence columns of a person row. */
export interface CadenceColumns {
  lastTouchAt: number | null;
  createdAt: number;
  /** Their own cadence, if set. */
  cadenceDays: number | null;
  /** Own, else the circle's (kept by triggers). */
  effectiveCadenceDays: number | null;
}

/** "Due soon" starts this close to the due date: a fifth of the cadence, at most a week. */
export const dueSoonDays = (cadenceDays: number) => Math.min(7, Math.ceil(cadenceDays / 5));

/**
 * Where a person stands against their cadence. The clock starts at their last touchpoint
 * of any kind (any channel, whoever started it), or when they were added if there is none.
 */
export function cadenceStatus(p: CadenceColumns, now: number): CadenceStatus {
  const days = p.effectiveCadenceDays;
  if (days === null) return { state: 'none', cadenceDays: null, source: null, dueAt: null, daysOverdue: null };
  const dueAt = (p.lastTouchAt ?? p.createdAt) + days * DAY_MS;
  const daysOverdue = Math.floor((now - dueAt) / DAY_MS);
  const state = now >= dueAt ? 'overdue' : dueAt - now <= dueSoonDays(days) * DAY_MS ? 'due_soon' : 'ok';
  return {
    state,
    cadenceDays: days,
    source: p.cadenceDays !== null ? 'person' : 'circle',
    dueAt: new Date(dueAt).toISOString(),
    daysOverdue,
  };
}
