// iCalendar (.ics) files as Google Calendar, Outlook, Apple Calendar, Zimbra and event sites
// (Eventbrite, Meetup, Luma) write them → events with their people, for the contacts import
// (issue 7). scan.ts decodes, unfolds and cuts the file into VEVENT/VTIMEZONE blocks with their
// line numbers; readEvent.ts reads each block on its own with ical.js (one bad event does not
// stop the others); zones.ts turns TZIDs into offsets. Nothing here reads the network or the disk.
import type { ContactProblem } from '../contactRecord';
import { EventError, readEvent, type EventContext } from './readEvent';
import { LineError, shorten } from './property';
import { decodeIcs, scanIcs } from './scan';
import { Zones } from './zones';

export interface IcsAttendee {
  name: string | null;
  email: string | null;
  /** 1-based line of the ATTENDEE (or ORGANIZER) property */
  line: number;
  role: 'attendee' | 'organizer';
}

export interface IcsEvent {
  /** The file, and the line of BEGIN:VEVENT. */
  source: { file: string; line: number };
  uid: string | null;
  /** SUMMARY, trimmed; a VEVENT without one is a problem (left out). */
  name: string;
  /**
   * `YYYY-MM-DD`: the date of DTSTART in the event's own zone (its TZID; a UTC time falls on the
   * date of the calendar's X-WR-TIMEZONE when it has one, else of UTC). All-day: the date.
   */
  startsOn: string | null;
  /** The event's last day (an all-day DTEND is exclusive); null when it is startsOn. */
  endsOn: string | null;
  /**
   * ISO date-time with offset (`2024-03-14T09:00:00-07:00`; `…Z` when the offset is zero) of a
   * timed event; null for all-day events and for floating times (no TZID, or a TZID that is
   * neither an IANA zone nor defined by a VTIMEZONE in the file).
   */
  startAt: string | null;
  /** LOCATION */
  place: string | null;
  /** URL, when it is http(s). */
  link: string | null;
  /** DESCRIPTION, at most 20,000 characters. */
  notes: string | null;
  /** ATTENDEE and ORGANIZER, de-duplicated by email (case-insensitive), CN unquoted, mailto: stripped. */
  attendees: IcsAttendee[];
  /** It had an RRULE (or RDATE): only the first occurrence is imported. */
  recurring: boolean;
}

export interface ParsedIcs {
  events: IcsEvent[];
  problems: ContactProblem[];
}

export const ICS_LIMITS = {
  /** A whole file over this is refused unread. */
  fileBytes: 50 * 1024 * 1024,
  /** A VEVENT (or VTIMEZONE) over this is one problem, not parsed. */
  eventBytes: 1024 * 1024,
  /** Past this many VEVENTs the file is read no further. */
  events: 100_000,
  /** An event keeps its first this many people; a problem says how many more it named. */
  attendeesPerEvent: 2000,
} as const;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Byte length of a string without encoding it, stopping once past `cap`. */
function byteLengthOver(text: string, cap: number): number | null {
  if (text.length * 3 <= cap) return null;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > cap ? bytes : null;
}

/**
 * Reads an .ics file. Every VEVENT becomes an event, or a problem on its BEGIN:VEVENT line (no
 * END:VEVENT, no SUMMARY, no or an unreadable DTSTART, a property ical.js cannot read, over
 * ICS_LIMITS.eventBytes), and the others still parse; an event with more than
 * ICS_LIMITS.attendeesPerEvent people is kept with the first ones and a problem. A file over
 * ICS_LIMITS.fileBytes, binary (NUL bytes, not UTF-8), with no VCALENDAR or no VEVENT is one
 * problem with line null. Events come in file order; problems by line.
 */
export function parseIcs(input: string | Buffer, file: string): ParsedIcs {
  const whole = (message: string): ParsedIcs => ({ events: [], problems: [{ file, line: null, message }] });
  const tooBig = typeof input === 'string' ? byteLengthOver(input, ICS_LIMITS.fileBytes) : input.length > ICS_LIMITS.fileBytes ? input.length : null;
  if (tooBig !== null) return whole(`The file is ${megabytes(tooBig)}; calendar files over ${megabytes(ICS_LIMITS.fileBytes)} are not read`);
  const decoded = decodeIcs(input);
  if ('binary' in decoded) return whole(`The file is binary data, not an iCalendar text file (${decoded.binary})`);

  const scan = scanIcs(decoded.text, ICS_LIMITS.eventBytes, ICS_LIMITS.events);
  if (scan.calendars === 0) return whole('The file is not an iCalendar file (no BEGIN:VCALENDAR line)');
  if (scan.events.length === 0) return whole('The calendar holds no events (no BEGIN:VEVENT line)');

  const problems: ContactProblem[] = [];
  const zones = new Zones(scan.zones, file, problems, (bytes) => `This time zone (VTIMEZONE) is ${megabytes(bytes)}; time zones over ${megabytes(ICS_LIMITS.eventBytes)} are not read, and times in it are read as wall-clock times with no offset`);
  const ctx: EventContext = {
    file,
    zones,
    calendarZone: scan.calendarZone === null ? null : zones.get(scan.calendarZone),
    attendeeCap: ICS_LIMITS.attendeesPerEvent,
  };
  const events: IcsEvent[] = [];
  for (const block of scan.events) {
    if (block.oversized) {
      problems.push({ file, line: block.line, message: `This event is ${megabytes(block.bytes)}; events over ${megabytes(ICS_LIMITS.eventBytes)} are not read` });
      continue;
    }
    if (!block.ended) {
      problems.push({ file, line: block.line, message: 'This event has no END:VEVENT (the next event or the end of the calendar comes first)' });
      continue;
    }
    try {
      const { event, leftOut } = readEvent(block, ctx);
      events.push(event);
      if (leftOut > 0) {
        const named = (event.attendees.length + leftOut).toLocaleString('en');
        const kept = event.attendees.length.toLocaleString('en');
        problems.push({ file, line: block.line, message: `This event names ${named} people; only the first ${kept} are kept (${leftOut.toLocaleString('en')} left out)` });
      }
    } catch (error) {
      // Whatever a hostile event makes ical.js throw stays this event's problem.
      const known = error instanceof EventError || error instanceof LineError;
      const message = error instanceof LineError ? `This event could not be read: ${error.message}` : known ? error.message : `This event could not be read: ${shorten(String(error))}`;
      problems.push({ file, line: block.line, message });
    }
  }
  if (scan.stoppedAt !== null) {
    problems.push({ file, line: scan.stoppedAt, message: `The file holds more than ${ICS_LIMITS.events.toLocaleString('en')} events; this one and the rest are not read` });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { events, problems };
}
