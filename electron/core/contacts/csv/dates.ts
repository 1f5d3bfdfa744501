/**
 * The date forms the exporters write, read into `YYYY-MM-DD` (or `--MM-DD` without a year).
 * Every reader takes a trimmed, non-empty string and answers null when it is not a real date
 * (month 13, 30 February…): the caller decides what an unreadable date means for the row.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD`, or `--MM-DD` when `year` is null; null when the day does not exist. */
export function makeDate(year: number | null, month: number, day: number): string | null {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return null;
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 9999)) return null;
  if (day > daysIn(month, year)) return null;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** A two-digit year: the latest century that does not put it in the future (90 → 1990, 18 → 2018). */
function fullYear(yy: number, now = new Date()): number {
  const year = 2000 + yy;
  return year > now.getFullYear() ? year - 100 : year;
}

/** ISO forms: `1990-05-17` (a time after it is ignored), `--05-17` / `--0517`, `19900517`; Apple's year 1604 means none. */
export function readIsoDate(text: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    return makeDate(year === 1604 ? null : year, Number(m[2]), Number(m[3]));
  }
  m = /^--(\d{2})-?(\d{2})$/.exec(text);
  return m ? makeDate(null, Number(m[1]), Number(m[2])) : null;
}

/** `09 Oct 2024`, `1 Jan 2026`, `Oct 9, 2024`, `9 October 2024` (English month names). */
function readNamedMonth(text: string): string | null {
  const dmy = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/.exec(text);
  const mdy = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text);
  const [day, name, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  if (!day || !name || !year) return null;
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  // "Sept", "Octob" and full names are fine (prefixes of the name); "Octx" is not a month.
  if (month === 0 || (name.length > 3 && !FULL_MONTHS[month - 1]!.startsWith(name.toLowerCase()))) return null;
  return makeDate(Number(year), month, Number(day));
}

export type DayOrder = 'mdy' | 'dmy';

/** `5/17/1990`, `17/05/1990`, `1/8/18`, optionally followed by `, 6:14 PM` or ` 18:14`, in the given order. */
export function readSlashDate(text: string, order: DayOrder): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const year = m[3]!.length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
  return order === 'mdy' ? makeDate(year, a, b) : makeDate(year, b, a);
}

/** `17.05.1990` (day first, as German and French exports write it). */
function readDottedDate(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** LinkedIn's `Connected On`: `09 Oct 2024` (current), `"1/8/18, 6:14 PM"` (2018, month first), or ISO. */
export function readLinkedInDate(text: string): string | null {
  return readNamedMonth(text) ?? readSlashDate(text, 'mdy') ?? readIsoDate(text);
}

/** Google's Birthday / Event values: `1990-05-17`, `--05-17`, and the named-month forms. */
export function readGoogleDate(text: string): string | null {
  return readIsoDate(text) ?? readNamedMonth(text);
}

/** Outlook's Birthday: `5/17/1990` (month first; `0/0/00` means none and is handled by the caller), or ISO. */
export function readOutlookDate(text: string): string | null {
  return readSlashDate(text, 'mdy') ?? readIsoDate(text) ?? readNamedMonth(text) ?? readDottedDate(text);
}

/** Any date a hand-made file may hold; slashed dates follow `order` (see guessDayOrder). */
export function readAnyDate(text: string, order: DayOrder): string | null {
  return readIsoDate(text) ?? readSlashDate(text, order) ?? readDottedDate(text) ?? readNamedMonth(text);
}

/**
 * Day or month first for a column of slashed dates: a first number over 12 means day first, a
 * second number over 12 means month first; with no such evidence (or both), day first, as most of
 * the world writes dates (Outlook, whose US export is month first, has its own reader).
 */
export function guessDayOrder(values: Iterable<string>): DayOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = /^(\d{1,2})\/(\d{1,2})\//.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}
