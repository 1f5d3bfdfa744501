// One VEVENT block → an IcsEvent. Only the properties the import uses go through ical.js
// (property.ts), one line at a time, so an odd line in a property we ignore (Apple's
// X-APPLE-STRUCTURED-LOCATION, Outlook's X-ALT-DESC) cannot cost the event.
import { Attendees } from './attendees';
import type { IcsEvent } from './parseIcs';
import { LineError, propertyName, readProperty, type JProperty } from './property';
import type { Block, LogicalLine } from './scan';
import { addDays, daysFromCivil, isoDate, isoDateTime, isoOffset, readDuration, readStamp, wallAt, wallSeconds, type Stamp, type Wall } from './when';
import { inZoneYears, UTC, type Zone, type Zones } from './zones';

export const NOTES_CHARS = 20_000;

/** Why one event was left out; becomes a problem on its BEGIN:VEVENT line. */
export class EventError extends Error {}

// C0 controls but tab and newline, and DEL: a form feed pasted from Word is not text to keep.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\x00-\x08\x0B-\x1F\x7F]/g;
const SINGLE = new Set(['SUMMARY', 'DTSTART', 'DTEND', 'DURATION', 'UID', 'LOCATION', 'URL', 'DESCRIPTION']);

/** A text value unescaped by ical.js, cleaned and trimmed; empty → null. */
function text(prop: JProperty | undefined): string | null {
  const value = prop?.[3];
  if (typeof value !== 'string') return null;
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').trim() || null;
}

function capped(value: string | null, chars: number): string | null {
  if (value === null || value.length <= chars) return value;
  const end = /[\uD800-\uDBFF]/.test(value[chars - 1]!) ? chars - 1 : chars; // never half a surrogate pair
  return value.slice(0, end);
}

export interface EventContext {
  file: string;
  zones: Zones;
  /** X-WR-TIMEZONE: the zone whose dates a UTC time falls on (Google writes every time in UTC). */
  calendarZone: Zone | null;
  attendeeCap: number;
}

/** A DTSTART/DTEND read against its zone: the wall time there, and the instant when known. */
interface Moment {
  stamp: Stamp;
  /** The zone the wall time is in; null for a date or a floating (or unknown-zone) time. */
  zone: Zone | null;
  /** Seconds since the epoch; null for a date or a floating time. */
  instant: number | null;
}

function readMoment(prop: JProperty, raw: string, line: number, ctx: EventContext): Moment {
  const tzid = typeof prop[1].tzid === 'string' ? prop[1].tzid : null;
  const stamp = readStamp(raw, tzid);
  if (!stamp) throw new LineError(`Line ${line}: ${prop[0].toUpperCase()} "${raw.slice(0, 40)}" is not a date or date-time`);
  if (stamp.kind === 'date') return { stamp, zone: null, instant: null };
  if (stamp.kind === 'utc') {
    const instant = wallSeconds(stamp.wall);
    return { stamp, zone: ctx.calendarZone && inZoneYears(stamp.wall.year) ? ctx.calendarZone : UTC, instant };
  }
  // A TZID nobody defines (an Outlook Windows name with no VTIMEZONE, a typo) is read as floating:
  // the wall time is what the invitation showed, but its offset is a guess, so no instant is made up.
  const zone = stamp.tzid !== null && inZoneYears(stamp.wall.year) ? ctx.zones.get(stamp.tzid) : null;
  const local = wallSeconds(stamp.wall);
  return { stamp, zone, instant: zone ? local - zone.offsetAtWall(local) : null };
}

const dayOf = (wall: Wall) => daysFromCivil(wall.year, wall.month, wall.day);

/** The wall time of an instant in a zone. */
function wallIn(zone: Zone, instant: number): Wall {
  return wallAt(instant + zone.offsetAt(instant));
}

/** The start's wall time in its own zone (a UTC time on the calendar's dates, when it has a zone). */
function startWall(start: Moment): Wall {
  return start.stamp.kind === 'utc' && start.zone && start.instant !== null ? wallIn(start.zone, start.instant) : start.stamp.wall;
}

/** The event's last day: DTEND is exclusive, so an all-day event to the 15th, or a meeting to midnight, ends on the 14th. */
function lastDay(start: Moment, end: Moment | null, duration: number | null): Wall | null {
  let wall: Wall;
  if (end) {
    if (end.stamp.kind === 'date') return addDays(end.stamp.wall, -1);
    wall = start.zone && end.instant !== null ? wallIn(start.zone, end.instant) : end.stamp.wall;
  } else if (duration !== null) {
    wall = start.zone && start.instant !== null ? wallIn(start.zone, start.instant + duration) : wallAt(wallSeconds(start.stamp.wall) + duration);
  } else return null;
  const midnight = wall.hour === 0 && wall.minute === 0 && wall.second === 0;
  return midnight ? addDays(wall, -1) : wall;
}

/** A whole block (ended, under the cap) → the event, and how many attendees past the cap were left out of it. */
export function readEvent(block: Block, ctx: EventContext): { event: IcsEvent; leftOut: number } {
  const first = new Map<string, { prop: JProperty; raw: string; line: number }>();
  const people: LogicalLine[] = [];
  let recurring = false;
  for (const line of block.lines) {
    const name = propertyName(line.text);
    if (name === null) continue;
    if (SINGLE.has(name)) {
      if (!first.has(name)) first.set(name, { ...readProperty(line), line: line.line });
    } else if (name === 'ATTENDEE' || name === 'ORGANIZER') people.push(line);
    else if (name === 'RRULE' || name === 'RDATE') recurring = true;
  }

  const summary = text(first.get('SUMMARY')?.prop);
  if (summary === null) throw new EventError('This event has no title (SUMMARY is missing or empty)');
  const dtstart = first.get('DTSTART');
  if (!dtstart) throw new EventError('This event has no start (no DTSTART)');
  const start = readMoment(dtstart.prop, dtstart.raw, dtstart.line, ctx);
  // DTEND and DURATION only give the last day: an unreadable one is dropped, not the event.
  const dtend = first.get('DTEND');
  let end: Moment | null = null;
  try {
    end = dtend ? readMoment(dtend.prop, dtend.raw, dtend.line, ctx) : null;
  } catch (error) {
    if (!(error instanceof LineError)) throw error;
  }
  const duration = end ? null : readDuration(first.get('DURATION')?.raw ?? '');

  const startsWall = startWall(start);
  const last = lastDay(start, end, duration);
  const startsOn = isoDate(startsWall);
  const endsOn = last && last.year <= 9999 && dayOf(last) > dayOf(startsWall) ? isoDate(last) : null;
  let startAt: string | null = null;
  if (start.stamp.kind === 'utc') startAt = `${isoDateTime(start.stamp.wall)}Z`;
  else if (start.stamp.kind === 'local' && start.zone && start.instant !== null) startAt = isoDateTime(start.stamp.wall) + isoOffset(wallSeconds(start.stamp.wall) - start.instant);

  const attendees = new Attendees(ctx.attendeeCap);
  for (const line of people) attendees.read(line);
  const url = text(first.get('URL')?.prop);
  const event: IcsEvent = {
    source: { file: ctx.file, line: block.line },
    uid: text(first.get('UID')?.prop),
    name: summary,
    startsOn,
    endsOn,
    startAt,
    place: text(first.get('LOCATION')?.prop),
    link: url && /^https?:\/\/\S+$/i.test(url) ? url : null,
    notes: capped(text(first.get('DESCRIPTION')?.prop), NOTES_CHARS),
    attendees: attendees.people(),
    // Only the first occurrence of a repeating event (RRULE or RDATE) is imported: it dates when
    // the series began, and expanding a weekly meeting into years of touchpoints would drown the
    // people in it. A moved occurrence (RECURRENCE-ID) is its own VEVENT, with the series' UID.
    recurring,
  };
  return { event, leftOut: attendees.leftOut() };
}
