import type { Ref } from '../../../../shared/domain/common';
import type { ReminderCreate } from '../../../../shared/domain/reminder';
import type { ErrorInfo } from '../../lib/api';
import { daysAgo, localDate } from '../../lib/dates';
import { type PlacedErrors, placeErrors, sentence } from '../../lib/fieldErrors';

export type ReminderField = 'person' | 'title' | 'due' | 'rrule' | 'note';
export type RepeatChoice = 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'custom';

export interface ReminderValues {
  person: Ref[];
  title: string;
  date: string;
  /** Empty for an all-day reminder (it falls on the morning hour). */
  time: string;
  repeat: RepeatChoice;
  rrule: string;
  note: string;
}

export const QUICK_DUE: { label: string; days: number }[] = [
  { label: 'Today', days: 0 },
  { label: 'Tomorrow', days: 1 },
  { label: 'Next week', days: 7 },
  { label: 'In a month', days: 30 },
];

export function initialReminderValues(person: Ref | null, now = new Date()): ReminderValues {
  return { person: person ? [person] : [], title: '', date: localDate(daysAgo(-1, now)), time: '', repeat: 'none', rrule: '', note: '' };
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

function dueDate(values: Pick<ReminderValues, 'date'>): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return null;
  const d = new Date(`${values.date}T12:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The labels of the repeat presets; "weekly" names the weekday of the chosen date. */
export function repeatOptions(values: Pick<ReminderValues, 'date'>): { id: RepeatChoice; label: string }[] {
  const d = dueDate(values);
  return [
    { id: 'none', label: 'Does not repeat' },
    { id: 'daily', label: 'Every day' },
    { id: 'weekly', label: d ? `Every week on ${WEEKDAY.format(d)}` : 'Every week' },
    { id: 'monthly', label: d ? `Every month on the ${d.getDate()}${ordinal(d.getDate())}` : 'Every month' },
    { id: 'yearly', label: 'Every year' },
    { id: 'custom', label: 'Custom rule (RRULE)…' },
  ];
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function rruleOf(values: ReminderValues): string | undefined {
  const d = dueDate(values);
  switch (values.repeat) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly':
      return d ? `FREQ=WEEKLY;BYDAY=${BYDAY[d.getDay()]}` : 'FREQ=WEEKLY';
    case 'monthly':
      return 'FREQ=MONTHLY';
    case 'yearly':
      return 'FREQ=YEARLY';
    case 'custom':
      return values.rrule.trim();
    default:
      return undefined;
  }
}

type Prepared = { ok: true; body: ReminderCreate } | { ok: false; errors: PlacedErrors<ReminderField> };

/** The request, or the field that stops it from being sent; the core checks the rest. */
export function toReminderRequest(values: ReminderValues): Prepared {
  const refuse = (field: ReminderField, message: string): Prepared => ({ ok: false, errors: { fields: { [field]: message }, form: null } });
  const person = values.person[0];
  const title = values.title.trim();
  if (!person && !title) return refuse('title', 'Give it a title, or pick a person.');
  if (!dueDate(values)) return refuse('due', 'Pick a day.');
  let due = values.date;
  if (values.time) {
    const at = new Date(`${values.date}T${values.time}`);
    if (Number.isNaN(at.getTime())) return refuse('due', 'Enter a time such as 09:30, or leave it empty for all day.');
    due = at.toISOString();
  }
  const rrule = rruleOf(values);
  if (values.repeat === 'custom' && !rrule) return refuse('rrule', 'Enter a rule such as FREQ=WEEKLY;BYDAY=MO.');
  const note = values.note.trim();
  return {
    ok: true,
    body: { ...(person ? { personId: person.id } : {}), ...(title ? { title } : {}), due, ...(rrule ? { rrule } : {}), ...(note ? { note } : {}) },
  };
}

const FIELDS: Record<string, ReminderField> = { personId: 'person', title: 'title', due: 'due', rrule: 'rrule', note: 'note' };

/**
 * The core's errors under their fields: contract issues and the reminder service's own
 * refusals (a bad RRULE) both carry `[{ path, message }]`; an unknown person is NOT_FOUND.
 */
export function reminderErrors(error: ErrorInfo): PlacedErrors<ReminderField> {
  if (error.code === 'NOT_FOUND' && /person/i.test(error.message)) return { fields: { person: sentence(error.message) }, form: null };
  return placeErrors(error, (path) => FIELDS[path.split('.')[0]!] ?? null);
}
