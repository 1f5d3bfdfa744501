import { Bell, Cake, CalendarCheck, Heart, type LucideIcon, Repeat } from 'lucide-react';
import type { Reminder, ReminderKind } from '../../../../shared/domain/reminder';
import { daysAgo, localDate } from '../../lib/dates';

export const KIND_ICONS: Record<ReminderKind, LucideIcon> = {
  one_off: Bell,
  recurring: Repeat,
  birthday: Cake,
  anniversary: Heart,
  event_follow_up: CalendarCheck,
};

export const KIND_NAMES: Record<ReminderKind, string> = {
  one_off: 'Reminder',
  recurring: 'Repeating reminder',
  birthday: 'Birthday',
  anniversary: 'Anniversary',
  event_follow_up: 'Event follow-up',
};

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayYear = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Today", "Tomorrow", "Mon 3 Mar" (with the year when not this one), in local time. */
export function dayLabel(d: Date, now = new Date()): string {
  const key = localDate(d);
  if (key === localDate(now)) return 'Today';
  if (key === localDate(daysAgo(-1, now))) return 'Tomorrow';
  if (key === localDate(daysAgo(1, now))) return 'Yesterday';
  return (d.getFullYear() === now.getFullYear() ? day : dayYear).format(d);
}

/** A due or snooze time as the user reads it: the day, and the time unless it is all day. */
export function whenText(iso: string, allDay: boolean, now = new Date()): string {
  const d = new Date(iso);
  return allDay ? dayLabel(d, now) : `${dayLabel(d, now)}, ${time.format(d)}`;
}

/** The same inside a sentence: "due tomorrow, 9:00", "snoozed until today, 16:00". */
export function whenInSentence(iso: string, allDay: boolean, now = new Date()): string {
  return whenText(iso, allDay, now).replace(/^(Today|Tomorrow|Yesterday)/, (w) => w.toLowerCase());
}

const WEEKDAYS: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const UNITS: Record<string, [string, string]> = { DAILY: ['day', 'Daily'], WEEKLY: ['week', 'Weekly'], MONTHLY: ['month', 'Monthly'], YEARLY: ['year', 'Yearly'] };

/** "Weekly on Monday", "Every 2 months", or the rule itself when it says more than that. */
export function repeatText(reminder: Pick<Reminder, 'kind' | 'rrule'>): string | null {
  if (reminder.kind === 'birthday' || reminder.kind === 'anniversary') return 'Every year';
  if (!reminder.rrule) return null;
  const parts = Object.fromEntries(reminder.rrule.split(';').map((p) => p.split('=') as [string, string]));
  const unit = UNITS[parts.FREQ?.toUpperCase() ?? ''];
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY']);
  if (!unit || Object.keys(parts).some((k) => !known.has(k.toUpperCase()))) return `Repeats: ${reminder.rrule}`;
  const interval = Number(parts.INTERVAL ?? 1);
  let text = interval > 1 ? `Every ${interval} ${unit[0]}s` : unit[1];
  if (parts.BYDAY) {
    const days = parts.BYDAY.split(',').map((d) => WEEKDAYS[d.toUpperCase()]);
    if (days.some((d) => !d)) return `Repeats: ${reminder.rrule}`;
    text += ` on ${days.join(', ')}`;
  }
  return text;
}
