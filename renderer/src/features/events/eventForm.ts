import type { Event, EventCreate, EventKind } from '../../../../shared/domain/event';
import type { ErrorInfo } from '../../lib/api';
import { localDateTime } from '../../lib/dates';
import { type PlacedErrors, placeErrors } from '../../lib/fieldErrors';

export type EventField = 'name' | 'kind' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'place' | 'link' | 'notes' | 'followUp';

export interface EventValues {
  name: string;
  kind: EventKind;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  link: string;
  notes: string;
  /** Follow-up reminders for people met here: 'default' (the setting), 'off', or a number of days. */
  followUp: string;
}

export const EMPTY_EVENT: EventValues = { name: '', kind: 'conference', startDate: '', startTime: '', endDate: '', endTime: '', place: '', link: '', notes: '', followUp: 'default' };

/** A stored start/end back into the date and time boxes (local time for date-times). */
function split(value: string | null): [string, string] {
  if (!value) return ['', ''];
  if (value.length === 10) return [value, ''];
  const [date = '', time = ''] = localDateTime(new Date(value)).split('T');
  return [date, time];
}

export function valuesOf(e: Event): EventValues {
  const [startDate, startTime] = split(e.startsOn);
  const [endDate, endTime] = split(e.endsOn);
  return { name: e.name, kind: e.kind, startDate, startTime, endDate, endTime, place: e.place ?? '', link: e.link ?? '', notes: e.notes ?? '', followUp: followUpValue(e.followUpDays) };
}

/** A day alone is an all-day date; a day and a time is a moment, sent as UTC. */
function joined(date: string, time: string): string | null {
  if (!date) return null;
  if (!time) return date;
  const d = new Date(`${date}T${time}`);
  return Number.isNaN(d.getTime()) ? `${date}T${time}` : d.toISOString();
}

/** "websummit.com" is meant as https://websummit.com; anything else goes as typed, for the core to judge. */
function linkOf(text: string): string | null {
  const link = text.trim();
  if (!link) return null;
  return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(link) ? `https://${link}` : link;
}

const followUpValue = (days: number | null) => (days === null ? 'default' : days === 0 ? 'off' : String(days));

/** null uses the setting, 0 turns follow-up reminders off for this event. */
export const followUpDaysOf = (value: string): number | null => (value === 'default' ? null : value === 'off' ? 0 : Number(value));

export function toEventRequest(v: EventValues): EventCreate {
  return {
    name: v.name.trim(),
    kind: v.kind,
    startsOn: joined(v.startDate, v.startTime),
    endsOn: joined(v.endDate, v.endTime),
    place: v.place.trim() || null,
    link: linkOf(v.link),
    notes: v.notes.trim() || null,
    followUpDays: followUpDaysOf(v.followUp),
  };
}

export function checkEvent(v: EventValues): PlacedErrors<EventField> | null {
  const fields: PlacedErrors<EventField>['fields'] = {};
  if (!v.name.trim()) fields.name = 'Give the event a name, e.g. “Web Summit 2026”.';
  if (v.startTime && !v.startDate) fields.startDate = 'A time needs a day.';
  if (v.endTime && !v.endDate) fields.endDate = 'A time needs a day.';
  if (v.startDate && v.endDate && v.endDate < v.startDate) fields.endDate = 'The end is before the start.';
  return Object.keys(fields).length > 0 ? { fields, form: null } : null;
}

const FIELDS: Record<string, EventField> = { name: 'name', kind: 'kind', startsOn: 'startDate', endsOn: 'endDate', place: 'place', link: 'link', notes: 'notes', followUpDays: 'followUp' };

export function eventErrors(error: ErrorInfo): PlacedErrors<EventField> {
  return placeErrors(error, (path) => FIELDS[path.replace(/^patch\./, '')] ?? null);
}
