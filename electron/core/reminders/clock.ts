import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { SnoozePreset } from '../../../shared/domain/reminder';
import { fieldError } from './fieldError';

/**
 * Calendar arithmetic in the user's time zone. Reminders are stored as instants (epoch ms),
 * but people think in wall-clock time: "every Monday at 9" must stay at 9 across a
 * daylight-saving change, so recurrences are expanded in floating local time (ical.js)
 * and each occurrence is then placed in the zone (luxon).
 */

export const DAY_MS = 86_400_000;

/** The system's zone, used until the user picks one. */
export const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone });

/** `YYYY-MM-DD` of the instant in the zone. */
export const localDay = (ms: number, zone: string): string => local(ms, zone).toISODate()!;

/** Start of the local day containing `ms`. */
export const startOfLocalDay = (ms: number, zone: string): number => local(ms, zone).startOf('day').toMillis();

/** The calendar day `n` days after `day` (`YYYY-MM-DD`), zone-free. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The instant of `day` (`YYYY-MM-DD`) at `hour`:00 local time. */
export function atLocalHour(day: string, hour: number, zone: string): number {
  const dt = DateTime.fromISO(day, { zone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (!dt.isValid) throw fieldError('due', `${day} is not a date`);
  return dt.toMillis();
}

/** A due input (`YYYY-MM-DD` for all day, else an ISO date-time) as an instant. */
export function parseDue(due: string, zone: string, morningHour: number): { at: number; allDay: boolean } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return { at: atLocalHour(due, morningHour, zone), allDay: true };
  return { at: Date.parse(due), allDay: false };
}

/** The wall-clock time of an instant, without zone: a recurrence's anchor. */
export const toFloating = (ms: number, zone: string): string => local(ms, zone).toFormat("yyyy-MM-dd'T'HH:mm:ss");

function floatingToInstant(t: ICAL.Time, zone: string): number {
  return DateTime.fromObject({ year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second }, { zone }).toMillis();
}

const FREQUENCIES = 'HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY';

/** Checks an RRULE with ical.js; INVALID_INPUT naming the problem otherwise. */
export function parseRRule(rrule: string): ICAL.Recur {
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(rrule);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // ical.js lists every frequency; reminders take only the hourly and slower ones.
    throw fieldError('rrule', /frequency/i.test(message) ? `FREQ must be ${FREQUENCIES}` : `is not a valid rule (${message})`);
  }
  if (['SECONDLY', 'MINUTELY'].includes(recur.freq)) throw fieldError('rrule', `repeats too often: FREQ must be ${FREQUENCIES}`);
  return recur;
}

/** Enough steps for an hourly rule over five years; a rule that needs more is treated as ended. */
const MAX_STEPS = 50_000;

/** The first occurrence of the series strictly after `after`, or null when the rule has ended. */
export function nextOccurrence(rrule: string, seriesStart: string, after: number, zone: string): number | null {
  const iterator = parseRRule(rrule).iterator(ICAL.Time.fromDateTimeString(seriesStart));
  for (let step = 0; step < MAX_STEPS; step++) {
    const t = iterator.next();
    if (!t) return null;
    const at = floatingToInstant(t, zone);
    if (at > after) return at;
  }
  return null;
}

/**
 * The next time a yearly date (`YYYY-MM-DD` or `--MM-DD`) comes round at `hour` local,
 * on or after the start of the local day of `from`. 29 February falls on the 28th in
 * other years.
 */
export function nextYearly(dateOn: string, from: number, zone: string, hour: number): { at: number; day: string; year: number } {
  const month = Number(dateOn.slice(-5, -3));
  const day = Number(dateOn.slice(-2));
  const today = local(from, zone).startOf('day');
  for (let year = today.year; ; year++) {
    const d = DateTime.fromObject({ year, month, day: month === 2 && day === 29 && !isLeapYear(year) ? 28 : day, hour }, { zone });
    if (d.startOf('day') >= today) return { at: d.toMillis(), day: d.toISODate()!, year };
  }
}

/** When a snooze preset ends. */
export function snoozeEnd(preset: SnoozePreset, now: number, zone: string, morningHour: number): number {
  const n = local(now, zone);
  switch (preset) {
    case 'later_today':
      return n.plus({ hours: 3 }).toMillis();
    case 'tomorrow_morning':
      return n.plus({ days: 1 }).set({ hour: morningHour, minute: 0, second: 0, millisecond: 0 }).toMillis();
    case 'next_week':
      // Next Monday morning (a week on, if today is Monday).
      return n
        .plus({ days: 8 - n.weekday })
        .set({ hour: morningHour, minute: 0, second: 0, millisecond: 0 })
        .toMillis();
  }
}
