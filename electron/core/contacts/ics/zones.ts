// TZID → UTC offsets. A TZID that names an IANA zone (Google, Apple, Meetup, Luma:
// "America/Los_Angeles") is read with the system's time-zone database through luxon: it knows
// every past rule, where the VTIMEZONE an exporter writes usually holds only today's. Any other
// TZID (Outlook's Windows names, "Pacific Standard Time"; custom names) is read from the file's own
// VTIMEZONE block with ical.js. A TZID that is neither is unknown: the caller reads those times as
// floating wall-clock times.
//
// The file's zones go into a Map per file, not into ICAL.TimezoneService: that registry is global
// to the process, so one file's zones would leak into the next parse (or another user of ical.js).
import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import type { ContactProblem } from '../contactRecord';
import { LineError, readProperty, shorten, type JProperty } from './property';
import type { Block } from './scan';
import { readStamp, wallAt, wallSeconds } from './when';

export interface Zone {
  /** Offset from UTC, in seconds, of a wall-clock time in this zone (as wallSeconds gives it). */
  offsetAtWall(local: number): number;
  /** Offset from UTC, in seconds, at an instant (seconds since the epoch). */
  offsetAt(seconds: number): number;
}

export const UTC: Zone = { offsetAtWall: () => 0, offsetAt: () => 0 };

/**
 * Caches an offset function by day: when the offsets at both ends of a day agree, the whole day
 * has that offset (no zone changes twice and back within a day). A calendar's events fall on a
 * few hundred days, so most lookups (an Intl call for luxon, a table walk for ical.js) are saved.
 */
function byDay(exact: (seconds: number) => number): (seconds: number) => number {
  const days = new Map<number, number | null>();
  return (seconds) => {
    const day = Math.floor(seconds / 86400);
    let offset = days.get(day);
    if (offset === undefined) {
      const first = exact(day * 86400);
      offset = first === exact(day * 86400 + 86400) ? first : null;
      days.set(day, offset);
    }
    return offset ?? exact(seconds);
  };
}

/**
 * Offsets are looked up only for years 1900–2200. Outside, a time is read as floating: it keeps
 * an Outlook zone (whose rules start in 1601) from expanding ical.js's transition table up to the
 * year 9999 of a hostile DTSTART, and no real meeting is there.
 */
export function inZoneYears(year: number): boolean {
  return year >= 1900 && year <= 2200;
}

/** A file may use this many VTIMEZONE zones; past it, times in others are floating. */
const MAX_FILE_ZONES = 100;
/** A file may name this many different TZIDs (each costs an Intl lookup of ~40–200 µs); past it, the others are floating. */
const MAX_NAMES = 1000;
const UTC_NAMES = /^(?:z|utc|gmt|etc\/utc|etc\/gmt|ut|universal|zulu)$/i;
/** Mozilla and Citadel wrote `/mozilla.org/20070129_1/America/New_York`. */
const PREFIXED = /^\/[^/]+\/[^/]+\/(.+)$/;

function ianaZone(zone: IANAZone): Zone {
  const at = byDay((seconds) => zone.offset(seconds * 1000) * 60);
  return {
    offsetAt: at,
    // luxon's own local → UTC step: guess with the offset at the wall time read as UTC, then settle.
    offsetAtWall(local) {
      const first = at(local);
      const second = at(local - first);
      if (first === second) return first;
      const third = at(local - second);
      return second === third ? second : Math.max(second, third);
    },
  };
}

function icalZone(tz: ICAL.Timezone): Zone {
  const time = (seconds: number, zone?: ICAL.Timezone) => ICAL.Time.fromData({ ...wallAt(seconds), isDate: false }, zone);
  return {
    offsetAtWall: byDay((local) => tz.utcOffset(time(local))),
    offsetAt: byDay((seconds) => {
      const local = time(seconds, ICAL.Timezone.utcTimezone).convertToZone(tz);
      return wallSeconds({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second }) - seconds;
    }),
  };
}

class ZoneError extends Error {}

const RULE_KEYS = new Set(['freq', 'interval', 'count', 'until', 'wkst', 'bymonth', 'byday', 'bymonthday']);
const RULE_COUNTS: Record<string, number> = { bymonth: 1, byday: 1, bymonthday: 7 };
const OFFSET = /^[+-]\d{2}:?\d{2}(?::?\d{2})?$/;
const stampOf = (value: unknown) => (typeof value === 'string' ? readStamp(value.replace(/[-:]/g, ''), null) : null);

/**
 * Checks a STANDARD/DAYLIGHT sub-component before ical.js expands it: real ones hold a YEARLY
 * rule with one month and weekday. A MINUTELY rule would make ical.js walk every minute from the
 * start (27 s for one zone, measured); an open-ended rule starting before 1900 (Outlook writes
 * 1601) is moved to 1900, which gives the same transitions from then on at a fifth of the cost.
 */
function checkObservance(sub: [string, JProperty[], unknown[]]): void {
  const props = sub[1];
  const dtstart = props.find((p) => p[0] === 'dtstart');
  const stamp = dtstart ? stampOf(dtstart[3]) : null;
  if (!dtstart || !stamp || stamp.kind === 'date') throw new ZoneError(`its ${sub[0].toUpperCase()} has no readable DTSTART`);
  const to = props.find((p) => p[0] === 'tzoffsetto');
  if (!to || typeof to[3] !== 'string' || !OFFSET.test(to[3])) throw new ZoneError(`its ${sub[0].toUpperCase()} has no readable TZOFFSETTO`);
  const rules = props.filter((p) => p[0] === 'rrule');
  if (rules.length > 1) throw new ZoneError('an observance has more than one RRULE');
  for (const rdate of props.filter((p) => p[0] === 'rdate')) {
    if (!rdate.slice(3).every((v) => typeof v === 'string' && stampOf(v))) throw new ZoneError('an RDATE is not a date-time');
  }
  const rule = rules[0]?.[3];
  if (rule === undefined) return;
  if (typeof rule !== 'object' || rule === null || (rule as { freq?: unknown }).freq !== 'YEARLY') throw new ZoneError('an RRULE is not yearly');
  for (const [key, value] of Object.entries(rule)) {
    if (!RULE_KEYS.has(key)) throw new ZoneError(`an RRULE has ${key.toUpperCase()}`);
    if (key in RULE_COUNTS && Array.isArray(value) && value.length > RULE_COUNTS[key]!) throw new ZoneError(`an RRULE has too many ${key.toUpperCase()} values`);
  }
  const bounded = 'until' in rule || 'count' in rule; // a past rule: moving its start would revive it
  if (stamp.wall.year < 1900 && !bounded) dtstart[3] = `1900${(dtstart[3] as string).slice(4)}`;
}

function readZone(block: Block): ICAL.Timezone {
  if (!block.ended) throw new ZoneError('it has no END:VTIMEZONE');
  const props: JProperty[] = [];
  const subs: [string, JProperty[], unknown[]][] = [];
  let current: [string, JProperty[], unknown[]] | null = null;
  for (const line of block.lines) {
    const m = /^(BEGIN|END):(STANDARD|DAYLIGHT)$/i.exec(line.text.trim());
    if (m) {
      if (m[1]!.toUpperCase() === 'BEGIN') subs.push((current = [m[2]!.toLowerCase(), [], []]));
      else current = null;
      continue;
    }
    (current ? current[1] : props).push(readProperty(line).prop);
  }
  if (subs.length === 0) throw new ZoneError('it has no STANDARD or DAYLIGHT part');
  if (subs.length > 500) throw new ZoneError('it has more than 500 STANDARD and DAYLIGHT parts');
  subs.forEach(checkObservance);
  if (subs.filter((s) => s[1].some((p) => p[0] === 'rrule')).length > 20) throw new ZoneError('it has more than 20 yearly rules');
  const tz = new ICAL.Timezone(new ICAL.Component(['vtimezone', props, subs]));
  tz.utcOffset(ICAL.Time.fromData({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false })); // fails here, not once per event
  return tz;
}

const TZID_LINE = /^TZID(?:;[^:]*)?:(.*)$/i;

/** The zones one file can use, each resolved once. */
export class Zones {
  private readonly blocks = new Map<string, Block>();
  private readonly cache = new Map<string, Zone | null>();
  private built = 0;
  private tooManyNames = false;

  constructor(
    blocks: Block[],
    private readonly file: string,
    private readonly problems: ContactProblem[],
    oversized: (bytes: number) => string,
  ) {
    for (const block of blocks) {
      if (block.oversized) {
        problems.push({ file, line: block.line, message: oversized(block.bytes) });
        continue;
      }
      const tzid = block.lines.map((l) => TZID_LINE.exec(l.text)?.[1]?.trim()).find((t) => t);
      if (tzid && !this.blocks.has(tzid)) this.blocks.set(tzid, block);
    }
  }

  /** The zone a TZID names, or null when it is unknown (or its VTIMEZONE cannot be read). */
  get(tzid: string): Zone | null {
    const name = tzid.trim();
    let zone = this.cache.get(name);
    if (zone === undefined) {
      if (this.cache.size >= MAX_NAMES) {
        if (!this.tooManyNames) {
          const message = `The file names more than ${MAX_NAMES.toLocaleString('en')} time zones; times in the others are read as wall-clock times with no offset`;
          this.problems.push({ file: this.file, line: null, message });
          this.tooManyNames = true;
        }
        return null;
      }
      zone = this.resolve(name);
      this.cache.set(name, zone);
    }
    return zone;
  }

  private resolve(name: string): Zone | null {
    if (name.length === 0 || name.length > 200) return null;
    if (UTC_NAMES.test(name)) return UTC;
    const iana = [name, PREFIXED.exec(name)?.[1]].find((n) => n !== undefined && IANAZone.isValidZone(n));
    if (iana) return ianaZone(IANAZone.create(iana));
    const block = this.blocks.get(name);
    if (!block) return null;
    const fail = (why: string) => {
      this.problems.push({ file: this.file, line: block.line, message: `The time zone "${shorten(name)}" could not be read (${why}); times in it are read as wall-clock times with no offset` });
      return null;
    };
    if (++this.built > MAX_FILE_ZONES) return fail(`the file defines more than ${MAX_FILE_ZONES} time zones`);
    try {
      return icalZone(readZone(block));
    } catch (error) {
      if (error instanceof ZoneError) return fail(error.message);
      if (error instanceof LineError) return fail(error.message.replace(/^Line/, 'line'));
      return fail(shorten(error instanceof Error ? error.message : String(error)));
    }
  }
}
