import { DateTime } from 'luxon';

/**
 * When to notify, as a pure function of (reminders due, now, what was done last time).
 * Nothing depends on a timer firing on time: the core calls this every half minute and at
 * start, and the answer only depends on the clock it is given. A long gap since the last
 * check (the machine slept, or the app was closed) turns everything that fell due in the
 * gap into one summary instead of a burst.
 */

/** A check this long after the previous one means the app was not watching in between. */
export const AWAKE_GAP_MS = 5 * 60_000;
/** More reminders than this falling due at once become one summary. */
export const MAX_SEPARATE = 3;

export interface DueReminder {
  id: string;
  title: string;
  personId: string | null;
  personName: string | null;
  nextAt: number;
}

export interface SchedulerState {
  /** When the previous check ran; null before the first one ever. */
  lastCheckAt: number | null;
  /** Local day (`YYYY-MM-DD`) the last digest went out. */
  lastDigestDay: string | null;
}

export interface NotificationDraft {
  kind: 'due' | 'missed' | 'digest';
  title: string;
  body: string;
  reminderIds: string[];
  personId: string | null;
}

export interface SchedulePlan {
  notifications: NotificationDraft[];
  /** Reminders now notified (they will not be notified again until snoozed or re-dated). */
  notified: string[];
  state: SchedulerState;
}

export interface ScheduleOptions {
  timeZone: string;
  digestHour: number | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryBody(due: DueReminder[]): string {
  const titles = due.slice(0, 3).map((r) => r.title);
  return due.length > 3 ? `${titles.join(' · ')} · and ${due.length - 3} more` : titles.join(' · ');
}

export function planNotifications(due: DueReminder[], now: number, state: SchedulerState, options: ScheduleOptions): SchedulePlan {
  const ready = due.filter((r) => r.nextAt <= now).sort((a, b) => a.nextAt - b.nextAt || a.id.localeCompare(b.id));
  const watching = state.lastCheckAt !== null && now - state.lastCheckAt <= AWAKE_GAP_MS;
  // While watching, what fell due since the last check is news; anything older was missed.
  const fresh = watching ? ready.filter((r) => r.nextAt > state.lastCheckAt! - AWAKE_GAP_MS) : [];
  const missed = ready.filter((r) => !fresh.includes(r));
  const notifications: NotificationDraft[] = [];

  if (missed.length > 0) {
    notifications.push({
      kind: 'missed',
      title: `${plural(missed.length, 'reminder')} came due while Rapport was away`,
      body: summaryBody(missed),
      reminderIds: missed.map((r) => r.id),
      personId: missed.length === 1 ? missed[0]!.personId : null,
    });
  }
  if (fresh.length > MAX_SEPARATE) {
    notifications.push({ kind: 'due', title: `${plural(fresh.length, 'reminder')} due now`, body: summaryBody(fresh), reminderIds: fresh.map((r) => r.id), personId: null });
  } else {
    for (const r of fresh) {
      notifications.push({ kind: 'due', title: r.title, body: r.personName ? `About ${r.personName}` : 'Reminder', reminderIds: [r.id], personId: r.personId });
    }
  }

  let lastDigestDay = state.lastDigestDay;
  if (options.digestHour !== null) {
    const local = DateTime.fromMillis(now, { zone: options.timeZone });
    const day = local.toISODate()!;
    if (day !== state.lastDigestDay && local.hour >= options.digestHour) {
      // The body is filled in by the caller, which knows what today holds.
      notifications.push({ kind: 'digest', title: 'Your day in Rapport', body: '', reminderIds: [], personId: null });
      lastDigestDay = day;
    }
  }
  return { notifications, notified: ready.map((r) => r.id), state: { lastCheckAt: now, lastDigestDay } };
}
