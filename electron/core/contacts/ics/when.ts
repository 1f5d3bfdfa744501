// DTSTART/DTEND/DURATION values and the calendar arithmetic on them. ical.js does not check
// dates (it turns `DTSTART:tomorrow` into "tomo-rr-owT::" and `20241340` into month 13), so
// values are read here from the raw text, strictly, and all arithmetic is on plain numbers (no
// Date, whose years 0–99 mean 1900–1999).

/** A wall-clock reading: no zone, months and days 1-based. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * A DTSTART or DTEND as written: a date (all day), a UTC date-time (`Z`), or a local date-time,
 * in `tzid` when the property names one and floating (the reader's own time) when not.
 */
export type Stamp = { kind: 'date'; wall: Wall } | { kind: 'utc'; wall: Wall } | { kind: 'local'; wall: Wall; tzid: string | null };

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's algorithms).
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Seconds since the epoch of a wall-clock reading taken as UTC. */
export function wallSeconds(w: Wall): number {
  return daysFromCivil(w.year, w.month, w.day) * 86400 + w.hour * 3600 + w.minute * 60 + w.second;
}

export function wallAt(seconds: number): Wall {
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  return { ...civilFromDays(days), hour: Math.floor(rest / 3600), minute: Math.floor((rest % 3600) / 60), second: rest % 60 };
}

export function addDays(w: Wall, days: number): Wall {
  return wallAt(wallSeconds(w) + days * 86400);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(w: Wall): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

export function isoDateTime(w: Wall): string {
  return `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** `Z` for UTC, else `±HH:MM` (a historical offset's seconds are dropped). */
export function isoOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  const abs = Math.abs(seconds);
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// `20240314`, `20240314T090000`, `20240314T090000Z`; seconds may be missing (some generators write
// `T0900`). Anything else (an ISO form with dashes, a second value after a comma…) is not read.
const STAMP = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/i;

/** Reads a DATE or DATE-TIME value (the raw text after the colon); null when it is not one. */
export function readStamp(raw: string, tzid: string | null): Stamp | null {
  const m = STAMP.exec(raw.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { kind: 'date', wall: { year, month, day, hour: 0, minute: 0, second: 0 } };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Math.min(59, Number(m[6] ?? 0))]; // 60: a leap second
  if (hour > 23 || minute > 59 || Number(m[6] ?? 0) > 60) return null;
  const wall = { year, month, day, hour, minute, second };
  return m[7] ? { kind: 'utc', wall } : { kind: 'local', wall, tzid };
}

const DURATION = /^([+-])?P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,8})H)?(?:(\d{1,8})M)?(?:(\d{1,10})S)?)?$/i;

/** A DURATION value in seconds (a day is 24 hours here); null when unreadable or negative. */
export function readDuration(raw: string): number | null {
  const m = DURATION.exec(raw.trim());
  if (!m || m[1] === '-' || raw.trim().toUpperCase().endsWith('T') || /^[+-]?P$/i.test(raw.trim())) return null;
  const [w, d, h, min, s] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return (w * 7 + d) * 86400 + h * 3600 + min * 60 + s;
}
