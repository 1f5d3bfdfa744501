// Dates as the user means them: calendar days in their own time zone, not UTC midnights.

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a Date in local time. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `YYYY-MM-DDTHH:mm` for <input type="datetime-local">. */
export function localDateTime(d: Date): string {
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function daysAgo(days: number, from = new Date()): Date {
  const d = new Date(from);
  d.setDate(d.getDate() - days);
  return d;
}

export type QuickDay = 'today' | 'yesterday' | 'last_week';
export const QUICK_DAYS: { id: QuickDay; label: string; days: number }[] = [
  { id: 'today', label: 'Today', days: 0 },
  { id: 'yesterday', label: 'Yesterday', days: 1 },
  { id: 'last_week', label: 'Last week', days: 7 },
];

const monthYear = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const dayFull = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayShort = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** `2024`, `May 2024` or `17 May 2024` for an exact or approximate date. */
export function formatApproxDate(on: string): string {
  const [y, m, d] = on.split('-').map(Number);
  if (!y) return on;
  if (!m) return String(y);
  if (!d) return monthYear.format(new Date(y, m - 1, 1));
  return dayShort.format(new Date(y, m - 1, d));
}

/** A date-only event day or a date-time, for event headers and rows. */
export function formatEventWhen(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatApproxDate(value);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${dayShort.format(d)}, ${time.format(d)}`;
}

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "27 Feb": under a month heading the year is already said. */
export function formatDayMonth(iso: string): string {
  return dayMonth.format(new Date(iso));
}

export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}

/** Group keys and their headings, in local time. */
export function monthKey(iso: string): string {
  return localDate(new Date(iso)).slice(0, 7);
}

export function monthHeading(key: string): string {
  const [y, m] = key.split('-').map(Number);
  return monthYear.format(new Date(y!, (m ?? 1) - 1, 1));
}

export function dayKey(iso: string): string {
  return localDate(new Date(iso));
}

export function dayHeading(key: string, today = new Date()): string {
  if (key === localDate(today)) return 'Today';
  if (key === localDate(daysAgo(1, today))) return 'Yesterday';
  const [y, m, d] = key.split('-').map(Number);
  return dayFull.format(new Date(y!, (m ?? 1) - 1, d ?? 1));
}

/** "3 days ago", "5 months ago": how long since, for last-touch hints. */
export function ago(iso: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 31) return `${days} days ago`;
  const months = Math.floor(days / 30.4);
  if (months < 12) return `${months} month${months === 1 ? '' : 's'} ago`;
  const years = Math.floor(days / 365);
  return `${years} year${years === 1 ? '' : 's'} ago`;
}
