// BDAY, ANNIVERSARY and vendor dates (formats.md §4.5) in our two forms: `YYYY-MM-DD`, or
// `--MM-DD` when the year is unknown.

/** Years that mean "no year": Apple writes 1604 (with X-APPLE-OMIT-YEAR=1604), some tools 0000. */
const NO_YEAR = new Set(['1604', '0000']);
const FULL = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const YEARLESS = /^--(\d{2})-?(\d{2})$/;

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * `1990-05-17`, `19900517`, `--0517`, `--05-17`, with any time part (`T10:22:00Z`) dropped;
 * a year that means "none" (1604, 0000, or the one X-APPLE-OMIT-YEAR names) gives `--MM-DD`.
 * Anything else (`circa 1800`, a month without a day, an impossible date) is null.
 */
export function calendarDay(raw: string, omitYear: string | null = null): string | null {
  const text = raw.trim();
  const datePart = text.length > 64 ? '' : text.split('T')[0]!;
  let year: string | null = null;
  let month: string;
  let day: string;
  const full = FULL.exec(datePart);
  if (full) [, year, month, day] = full as unknown as [string, string, string, string];
  else {
    const yearless = YEARLESS.exec(datePart);
    if (!yearless) return null;
    [, month, day] = yearless as unknown as [string, string, string];
  }
  if (year !== null && (NO_YEAR.has(year) || year === omitYear?.trim())) year = null;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(m, year === null ? null : Number(year))) return null;
  return year === null ? `--${month}-${day}` : `${year}-${month}-${day}`;
}
