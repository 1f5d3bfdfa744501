import ICAL from 'ical.js';
import type { Reminder } from '../../../shared/domain/reminder';
import { localDay } from '../reminders/clock';

const PRODID = '-//Rapport//Rapport reminders//EN';
const MINUTES = 60_000;

const dateOf = (day: string): ICAL.Time => ICAL.Time.fromDateString(day);

/** Birthdays and anniversaries repeat every year; recurring reminders keep their own rule. */
function ruleOf(reminder: Reminder): string | null {
  if (reminder.rrule) return reminder.rrule.replace(/^RRULE:/i, '');
  if (reminder.kind === 'birthday' || reminder.kind === 'anniversary') return 'FREQ=YEARLY';
  return null;
}

function eventOf(reminder: Reminder, zone: string, stamp: ICAL.Time): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', `${reminder.id}@rapport`);
  event.addPropertyWithValue('dtstamp', stamp);
  event.addPropertyWithValue('summary', reminder.title);
  const at = Date.parse(reminder.nextAt);
  if (reminder.allDay) {
    // An all-day reminder is a calendar day in the user's zone, not an instant.
    const day = localDay(at, zone);
    event.addPropertyWithValue('dtstart', dateOf(day));
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    event.addPropertyWithValue('dtend', dateOf(next));
  } else {
    event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(new Date(at), true));
    event.addPropertyWithValue('dtend', ICAL.Time.fromJSDate(new Date(at + 15 * MINUTES), true));
  }
  const rule = ruleOf(reminder);
  if (rule) event.addPropertyWithValue('rrule', ICAL.Recur.fromString(rule));
  const about = [reminder.person ? `About ${reminder.person.name}` : '', reminder.event ? `From ${reminder.event.name}` : '', reminder.note ?? ''].filter(Boolean);
  if (about.length > 0) event.addPropertyWithValue('description', about.join('\n'));
  event.addPropertyWithValue('categories', reminder.kind.replace(/_/g, '-'));
  return event;
}

/**
 * Open reminders as an iCalendar file any calendar can subscribe to or import: one VEVENT
 * each (all-day ones as dates in the user's zone, timed ones as UTC instants lasting 15
 * minutes), repeating by their rule, with a stable UID so importing again updates them.
 */
export function remindersToIcs(reminders: readonly Reminder[], zone: string, now: number): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', 'Rapport reminders');
  const stamp = ICAL.Time.fromJSDate(new Date(now), true);
  for (const reminder of reminders) {
    if (reminder.status === 'open' || reminder.status === 'snoozed') calendar.addSubcomponent(eventOf(reminder, zone, stamp));
  }
  // RFC 5545 wants CRLF line ends; ical.js folds long lines at 75 octets.
  return calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
