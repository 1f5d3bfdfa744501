import { describe, expect, it } from 'vitest';
import { guessDayOrder, makeDate, readAnyDate, readGoogleDate, readIsoDate, readLinkedInDate, readOutlookDate, readSlashDate } from '../../electron/core/contacts/csv/dates';

describe('the date forms exporters write', () => {
  it.each([
    ['1990-05-17', '1990-05-17'],
    ['1990-5-7', '1990-05-07'],
    ['1990-05-17T00:00:00Z', '1990-05-17'],
    ['19900517', '1990-05-17'],
    ['--05-17', '--05-17'],
    ['--0517', '--05-17'],
    // Apple's placeholder year means "no year".
    ['1604-05-17', '--05-17'],
    ['--02-29', '--02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('ISO %s → %s', (text, iso) => {
    expect(readIsoDate(text)).toBe(iso);
  });

  it.each(['1990-13-01', '1990-02-30', '1900-02-29', '2023-02-29', '--13-01', '--04-31', '0990-01-01', '1990/05/17', 'May 1990'])('ISO %s is not a date', (text) => {
    expect(readIsoDate(text)).toBeNull();
  });

  it.each([
    ['5/17/1990', 'mdy', '1990-05-17'],
    ['17/5/1990', 'dmy', '1990-05-17'],
    ['1/8/18, 6:14 PM', 'mdy', '2018-01-08'],
    ['1/8/18 18:14', 'dmy', '2018-08-01'],
    ['12/31/99', 'mdy', '1999-12-31'],
    ['5/17/1990 12:00:00 AM', 'mdy', '1990-05-17'],
  ] as const)('slashed %s (%s) → %s', (text, order, iso) => {
    expect(readSlashDate(text, order)).toBe(iso);
  });

  it('puts a two-digit year in the latest century that is not in the future', () => {
    const yy = (new Date().getFullYear() + 1) % 100;
    expect(readSlashDate(`1/1/${String(yy).padStart(2, '0')}`, 'mdy')).toBe(`${1900 + yy}-01-01`);
    expect(readSlashDate('1/1/05', 'mdy')).toBe('2005-01-01');
  });

  it.each(['17/5/1990', '5/17/1990'])('an impossible order is no date: %s read the other way', (text) => {
    expect(readSlashDate(text, text.startsWith('17') ? 'mdy' : 'dmy')).toBeNull();
  });

  it('reads each exporter’s own forms', () => {
    expect(readLinkedInDate('09 Oct 2024')).toBe('2024-10-09');
    expect(readLinkedInDate('Oct 9, 2024')).toBe('2024-10-09');
    expect(readLinkedInDate('9 October 2024')).toBe('2024-10-09');
    expect(readLinkedInDate('9 Octx 2024')).toBeNull();
    expect(readGoogleDate('--05-17')).toBe('--05-17');
    expect(readOutlookDate('5/17/1990')).toBe('1990-05-17');
    expect(readOutlookDate('17.05.1990')).toBe('1990-05-17');
    expect(readAnyDate('17.05.1990', 'mdy')).toBe('1990-05-17');
    expect(readAnyDate('03/12/1985', 'dmy')).toBe('1985-12-03');
    expect(readAnyDate('03/12/1985', 'mdy')).toBe('1985-03-12');
  });

  it('decides day or month first for a column from the dates that can tell', () => {
    expect(guessDayOrder(['03/12/1985', '17/05/1990'])).toBe('dmy');
    expect(guessDayOrder(['03/12/1985', '05/17/1990'])).toBe('mdy');
    // No evidence, or contradictory evidence: day first.
    expect(guessDayOrder(['03/12/1985', '1990-05-17', ''])).toBe('dmy');
    expect(guessDayOrder(['13/12/1985', '05/17/1990'])).toBe('dmy');
  });

  it('makes only real days', () => {
    expect(makeDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeDate(null, 2, 29)).toBe('--02-29');
    expect(makeDate(2024, 4, 31)).toBeNull();
    expect(makeDate(2024, 0, 1)).toBeNull();
    expect(makeDate(12345, 1, 1)).toBeNull();
  });
});
