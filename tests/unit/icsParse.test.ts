import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICS_LIMITS, parseIcs, type IcsEvent, type ParsedIcs } from '../../electron/core/contacts/ics/parseIcs';
import { escapeText, foldLine } from '../../electron/core/contacts/vcard/text';
import {
  APPLE_EXPORT,
  calendar,
  EVENT_SITE_INVITES,
  garbage,
  GOOGLE_EXPORT,
  LOS_ANGELES_VTIMEZONE,
  oneEvent,
  OUTLOOK_EXPORT,
  PACIFIC_WINDOWS_VTIMEZONE,
  realisticIcs,
  vevent,
  windowsVtimezone,
  ZIMBRA_INVITE,
} from '../support/icsFixtures';

// The .ics reader for the contacts import (issue 7): exporters' quirks, dates and zones, people,
// every problem, and hostile or huge input.

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** 1-based line of the first physical line (after `after`) that contains `needle`. */
function lineOf(text: string, needle: string, after = 0): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((l, i) => i >= after && l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

/** Lines of every BEGIN:VEVENT. */
function eventLines(text: string): number[] {
  return text.split('\r\n').flatMap((l, i) => (l === 'BEGIN:VEVENT' ? [i + 1] : []));
}

function only(parsed: ParsedIcs): IcsEvent {
  expect(parsed.problems).toEqual([]);
  expect(parsed.events).toHaveLength(1);
  return parsed.events[0]!;
}

/** The one event of a calendar holding `properties`. */
function event(properties: string[], extra: string[] = []): IcsEvent {
  return only(parseIcs(calendar([...extra, ...vevent(properties)]), 't.ics'));
}

const timedAt = (dtstart: string, more: string[] = [], extra: string[] = []) => event(['SUMMARY:Meeting', dtstart, ...more], extra);

describe('iCalendar exports', () => {
  it('Google Calendar: UTC times on the dates of X-WR-TIMEZONE, the owner once, CN = address is no name, rooms and @virtual left out', () => {
    const { events, problems } = parseIcs(GOOGLE_EXPORT, 'google.ics');
    expect(problems).toEqual([]);
    expect(events.map((e) => e.source)).toEqual(eventLines(GOOGLE_EXPORT).map((line) => ({ file: 'google.ics', line })));
    const [dinner, oneOnOne, birthday] = events as [IcsEvent, IcsEvent, IcsEvent];
    expect(dinner).toMatchObject({
      uid: '7kukuqrfedlm2f9t0vbe7d5oj4@google.com',
      name: 'Dinner with Priya',
      // 01:30 UTC on the 15th is 18:30 on the 14th in Los Angeles.
      startsOn: '2024-03-14',
      endsOn: null,
      startAt: '2024-03-15T01:30:00Z',
      place: 'Zuni Café, 1658 Market St, San Francisco',
      link: null,
      recurring: false,
    });
    expect(dinner.notes).toMatch(/^Catch up on the partnership, and the intro to Sam\.\n\n-::~:~::~:~:~/);
    expect(dinner.notes).toMatch(/\nJoin with Google Meet: https:\/\/meet\.google\.com\/abc-defg-hij$/);
    expect(dinner.attendees).toEqual([
      { name: 'Alex Rivera', email: 'alex@example.com', line: lineOf(GOOGLE_EXPORT, 'ORGANIZER;CN=Alex Rivera'), role: 'organizer' },
      { name: null, email: 'priya.shah@example.org', line: lineOf(GOOGLE_EXPORT, 'CN=pri'), role: 'attendee' },
    ]);
    expect(oneOnOne).toMatchObject({ name: 'Alex / Sam 1:1', startsOn: '2024-01-09', startAt: '2024-01-09T10:00:00-08:00', recurring: true });
    expect(oneOnOne.attendees.map((a) => [a.name, a.email, a.role])).toEqual([
      ['Alex Rivera', 'alex@example.com', 'organizer'],
      ['Sam Lee', 'sam@example.net', 'attendee'],
    ]);
    expect(birthday).toMatchObject({ name: "Person #2's birthday", startsOn: '2014-12-10', endsOn: null, startAt: null, attendees: [] });
  });

  it('Outlook: Windows zone names through their own VTIMEZONE (rules from 1601), quoted CNs, a fold inside RSVP=TRUE, no VALARM text', () => {
    const { events, problems } = parseIcs(OUTLOOK_EXPORT, 'outlook.ics');
    expect(problems).toEqual([]);
    expect(events.map((e) => e.source.line)).toEqual(eventLines(OUTLOOK_EXPORT));
    const [planning, board, offsite] = events as [IcsEvent, IcsEvent, IcsEvent];
    expect(planning).toMatchObject({
      name: 'Q2 planning',
      uid: '040000008200E00074C5B7101A82E00800000000D0E1C8B2F0D5DA010000000000000000100000006C5B47A2BD2A9F4D8C1C0F2A7E9A3E11',
      startsOn: '2024-03-14',
      startAt: '2024-03-14T09:00:00-07:00', // daylight time began on 10 March
      endsOn: null,
      place: 'Conf Room 4 / Microsoft Teams Meeting',
      notes: 'Agenda:\n1. Intro\n2. Budget; headcount',
      link: null,
    });
    expect(planning.attendees).toEqual([
      { name: 'Doe, John', email: 'john.doe@contoso.com', line: lineOf(OUTLOOK_EXPORT, 'john.doe@contoso.com'), role: 'attendee' },
      { name: 'Kim Ng', email: 'kim.ng@fabrikam.com', line: lineOf(OUTLOOK_EXPORT, 'CN=Kim Ng'), role: 'attendee' },
      // Listed as a guest first, then as ORGANIZER: one person, the organizer, on the first line.
      { name: 'Rivera, Alex', email: 'alex@contoso.com', line: lineOf(OUTLOOK_EXPORT, 'ROLE=OPT-PARTICIPANT'), role: 'organizer' },
    ]);
    expect(board).toMatchObject({ name: 'Board call', startsOn: '2024-07-01', startAt: '2024-07-01T14:00:00-04:00' });
    expect(board.attendees).toEqual([{ name: null, email: 'board@contoso.com', line: lineOf(OUTLOOK_EXPORT, 'mailto:board@'), role: 'organizer' }]);
    expect(offsite).toMatchObject({ name: 'Offsite', startsOn: '2024-03-20', endsOn: null, startAt: null });
  });

  it('Outlook zones keep their rules in winter, and after the November change', () => {
    const winter = timedAt('DTSTART;TZID=Pacific Standard Time:20240115T090000', [], PACIFIC_WINDOWS_VTIMEZONE);
    expect(winter.startAt).toBe('2024-01-15T09:00:00-08:00');
    expect(timedAt('DTSTART;TZID="Pacific Standard Time":20241104T090000', [], PACIFIC_WINDOWS_VTIMEZONE).startAt).toBe('2024-11-04T09:00:00-08:00');
    expect(timedAt('DTSTART;TZID="Pacific Standard Time":20241102T090000', [], PACIFIC_WINDOWS_VTIMEZONE).startAt).toBe('2024-11-02T09:00:00-07:00');
  });

  it('Apple Calendar: EMAIL parameters, a urn:uuid attendee, quoted ; and : in X-APPLE-STRUCTURED-LOCATION, URL;VALUE=URI, a VALARM UID', () => {
    const { events, problems } = parseIcs(Buffer.from(APPLE_EXPORT, 'utf8'), 'apple.ics');
    expect(problems).toEqual([]);
    const [lunch, birthday] = events as [IcsEvent, IcsEvent];
    expect(lunch).toMatchObject({
      uid: '5A3E1B52-7C1D-4F0E-9D57-2B8F0C3A6E11',
      name: 'Lunch with Sam',
      startsOn: '2024-06-12',
      startAt: '2024-06-12T10:00:00+01:00',
      endsOn: null,
      place: 'The Ivy\n1-5 West Street, London',
      link: 'https://theivy.example/bookings/4411',
      notes: null,
    });
    expect(lunch.attendees).toEqual([
      { name: 'Sam Lee', email: 'sam@example.net', line: lineOf(APPLE_EXPORT, 'ORGANIZER;CN="Sam Lee"'), role: 'organizer' },
      { name: 'Jo Park', email: 'jo@park.example', line: lineOf(APPLE_EXPORT, 'CN="Jo Park"'), role: 'attendee' },
    ]);
    expect(birthday).toMatchObject({ name: 'Jo Park’s Birthday', startsOn: '1985-05-17', endsOn: null, recurring: true });
  });

  it('Zimbra: a fold inside CN keeps its second space; the address as CN is no name; the first of a monthly series', () => {
    const parsed = only(parseIcs(ZIMBRA_INVITE, 'zimbra.ics'));
    expect(parsed).toMatchObject({ name: 'Monthly Meeting', startsOn: '2012-10-02', startAt: '2012-10-02T10:00:00-07:00', recurring: true });
    expect(parsed.attendees).toEqual([
      { name: 'Sahaja Lal', email: 'calmozilla1@gmail.com', line: lineOf(ZIMBRA_INVITE, 'CN=Sahaja'), role: 'attendee' },
      { name: null, email: 'james@lightsofapollo.com', line: lineOf(ZIMBRA_INVITE, 'CN=ja'), role: 'attendee' },
      { name: 'James Lal', email: 'jlal@mozilla.com', line: lineOf(ZIMBRA_INVITE, 'ORGANIZER'), role: 'organizer' },
    ]);
  });

  it('event sites: Eventbrite in UTC, Meetup with an IANA TZID and no VTIMEZONE, Luma, a four-day conference', () => {
    const { events, problems } = parseIcs(EVENT_SITE_INVITES, 'events.ics');
    expect(problems).toEqual([]);
    const [eventbrite, meetup, luma, conference] = events as [IcsEvent, IcsEvent, IcsEvent, IcsEvent];
    expect(eventbrite).toMatchObject({
      name: 'SaaS Founders Meetup',
      startsOn: '2024-09-18',
      startAt: '2024-09-18T16:00:00Z',
      endsOn: null,
      place: 'WeWork, 600 California St, San Francisco, CA 94108',
      link: 'https://www.eventbrite.com/e/saas-founders-1234',
      notes: 'For details, link here: https://www.eventbrite.com/e/saas-founders-1234',
      attendees: [],
    });
    expect(meetup).toMatchObject({ name: 'NYC TypeScript: May talks', startAt: '2024-05-10T18:30:00-04:00', link: 'https://www.meetup.com/nyc-typescript/events/300000001/' });
    expect(luma).toMatchObject({ name: 'AI Tinkerers Lisbon', startAt: '2024-03-14T02:00:00Z', place: 'https://lu.ma/ai-lisbon', link: 'https://lu.ma/ai-lisbon' });
    expect(luma.attendees.map((a) => [a.name, a.email, a.role])).toEqual([
      ['Luma', 'calendar-invite@lu.ma', 'organizer'],
      ['Alex Rivera', 'alex@example.com', 'attendee'], // MAILTO: in capitals
    ]);
    // DTEND;VALUE=DATE:20241115 is exclusive; webcal: is not a web link.
    expect(conference).toMatchObject({ name: 'Web Summit 2024', startsOn: '2024-11-11', endsOn: '2024-11-14', startAt: null, link: null, place: 'Altice Arena, Lisbon' });
  });
});

describe('iCalendar dates and zones', () => {
  it('all day: DTEND exclusive, DURATION in days, no end at all, a date without VALUE=DATE', () => {
    expect(timedAt('DTSTART;VALUE=DATE:20240301', ['DTEND;VALUE=DATE:20240302'])).toMatchObject({ startsOn: '2024-03-01', endsOn: null, startAt: null });
    expect(timedAt('DTSTART;VALUE=DATE:20240228', ['DTEND;VALUE=DATE:20240302'])).toMatchObject({ startsOn: '2024-02-28', endsOn: '2024-03-01' });
    expect(timedAt('DTSTART;VALUE=DATE:20241230', ['DURATION:P3D'])).toMatchObject({ startsOn: '2024-12-30', endsOn: '2025-01-01' });
    expect(timedAt('DTSTART;VALUE=DATE:20240301', ['DURATION:P1W'])).toMatchObject({ endsOn: '2024-03-07' });
    expect(timedAt('DTSTART;VALUE=DATE:20240301')).toMatchObject({ startsOn: '2024-03-01', endsOn: null });
    expect(timedAt('DTSTART:20240301', ['DTEND:20240303'])).toMatchObject({ startsOn: '2024-03-01', endsOn: '2024-03-02', startAt: null });
  });

  it('timed: the last day in the start zone, a meeting to midnight ends the day before, DURATION, an end before the start', () => {
    expect(timedAt('DTSTART:20240101T090000Z', ['DTEND:20240103T170000Z'])).toMatchObject({ startsOn: '2024-01-01', endsOn: '2024-01-03' });
    expect(timedAt('DTSTART;TZID=Europe/Berlin:20240101T220000', ['DTEND;TZID=Europe/Berlin:20240102T000000']).endsOn).toBeNull();
    expect(timedAt('DTSTART;TZID=America/New_York:20240310T233000', ['DURATION:PT2H'])).toMatchObject({ startsOn: '2024-03-10', endsOn: '2024-03-11' });
    expect(timedAt('DTSTART;TZID=America/New_York:20240310T090000', ['DURATION:PT1H30M']).endsOn).toBeNull();
    expect(timedAt('DTSTART:20240301T090000Z', ['DTEND:20240229T090000Z']).endsOn).toBeNull();
    // The end in another zone is read in the start's: 01:00 in London is still the 1st in New York.
    expect(timedAt('DTSTART;TZID=America/New_York:20240301T120000', ['DTEND;TZID=Europe/London:20240302T010000']).endsOn).toBeNull();
  });

  it('RRULE or RDATE: the first occurrence, marked recurring; a moved occurrence (RECURRENCE-ID) is an event of its own', () => {
    const { events } = parseIcs(
      calendar([
        ...vevent(['UID:series', 'SUMMARY:Standup', 'DTSTART;TZID=Europe/Berlin:20240102T093000', 'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'EXDATE;TZID=Europe/Berlin:20240103T093000']),
        ...vevent(['UID:series', 'RECURRENCE-ID;TZID=Europe/Berlin:20240105T093000', 'SUMMARY:Standup (moved)', 'DTSTART;TZID=Europe/Berlin:20240105T110000']),
        ...vevent(['UID:dates', 'SUMMARY:Office hours', 'DTSTART:20240102T150000Z', 'RDATE:20240109T150000Z,20240116T150000Z']),
      ]),
      'r.ics',
    );
    expect(events.map((e) => [e.uid, e.name, e.startAt, e.recurring])).toEqual([
      ['series', 'Standup', '2024-01-02T09:30:00+01:00', true],
      ['series', 'Standup (moved)', '2024-01-05T11:00:00+01:00', false],
      ['dates', 'Office hours', '2024-01-02T15:00:00Z', true],
    ]);
  });

  it('an unreadable DTEND or DURATION costs the end, not the event', () => {
    expect(timedAt('DTSTART:20240301T090000Z', ['DTEND:soon'])).toMatchObject({ startsOn: '2024-03-01', endsOn: null });
    expect(timedAt('DTSTART:20240301T090000Z', ['DURATION:a while'])).toMatchObject({ startsOn: '2024-03-01', endsOn: null });
  });

  it('floating times and unknown zones: the wall-clock date, no startAt', () => {
    // With no zone, any offset would be a guess: the date is what the invitation showed.
    expect(timedAt('DTSTART:20240314T233000')).toMatchObject({ startsOn: '2024-03-14', startAt: null });
    expect(timedAt('DTSTART;TZID=Mars/Olympus_Mons:20240314T233000')).toMatchObject({ startsOn: '2024-03-14', startAt: null });
    // A Windows name with no VTIMEZONE in the file.
    expect(timedAt('DTSTART;TZID=Eastern Standard Time:20240314T090000')).toMatchObject({ startsOn: '2024-03-14', startAt: null });
    // Offsets are looked up for 1900–2200 only.
    expect(timedAt('DTSTART;TZID=Pacific Standard Time:18500314T090000', [], PACIFIC_WINDOWS_VTIMEZONE)).toMatchObject({ startsOn: '1850-03-14', startAt: null });
  });

  it('IANA TZIDs with or without a VTIMEZONE, Mozilla-prefixed ones, UTC aliases; daylight saving both sides of the change', () => {
    expect(timedAt('DTSTART;TZID=America/Los_Angeles:20240309T120000').startAt).toBe('2024-03-09T12:00:00-08:00');
    expect(timedAt('DTSTART;TZID=America/Los_Angeles:20240310T120000', [], LOS_ANGELES_VTIMEZONE).startAt).toBe('2024-03-10T12:00:00-07:00');
    expect(timedAt('DTSTART;TZID=/mozilla.org/20070129_1/America/New_York:20240701T090000').startAt).toBe('2024-07-01T09:00:00-04:00');
    expect(timedAt('DTSTART;TZID=Asia/Kolkata:20240701T090000').startAt).toBe('2024-07-01T09:00:00+05:30');
    expect(timedAt('DTSTART;TZID=UTC:20240701T090000').startAt).toBe('2024-07-01T09:00:00Z');
    expect(timedAt('DTSTART;TZID=Europe/London:20240101T090000').startAt).toBe('2024-01-01T09:00:00Z');
  });

  it('a custom zone name is read from its VTIMEZONE', () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Office time', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0930', 'TZOFFSETTO:+0930', 'END:STANDARD', 'END:VTIMEZONE'];
    expect(timedAt('DTSTART;TZID=Office time:20240701T090000', [], zone).startAt).toBe('2024-07-01T09:00:00+09:30');
  });

  it('X-WR-TIMEZONE decides the date of a UTC time, whether an IANA name or Outlook.com’s Windows name with its VTIMEZONE', () => {
    expect(timedAt('DTSTART:20240315T013000Z', [], ['X-WR-TIMEZONE:America/Los_Angeles'])).toMatchObject({ startsOn: '2024-03-14', startAt: '2024-03-15T01:30:00Z' });
    expect(timedAt('DTSTART:20240315T013000Z', [], ['X-WR-TIMEZONE:Pacific Standard Time', ...PACIFIC_WINDOWS_VTIMEZONE]).startsOn).toBe('2024-03-14');
    expect(timedAt('DTSTART:20240315T013000Z').startsOn).toBe('2024-03-15');
    expect(timedAt('DTSTART:20240315T013000Z', ['DTEND:20240316T013000Z'], ['X-WR-TIMEZONE:America/Los_Angeles']).endsOn).toBe('2024-03-15');
  });
});

describe('iCalendar attendees', () => {
  it('CN quoted, caret- or backslash-escaped, missing, the address, in quotes; email from mailto:, EMAIL=, or a bare address', () => {
    const people = event([
      'SUMMARY:Kick-off',
      'DTSTART:20240301T090000Z',
      'ORGANIZER;CN="Doe, John":mailto:john@x.example',
      'ATTENDEE;CN=John Doe:MAILTO:JOHN@X.EXAMPLE',
      'ATTENDEE:mailto:nocn@x.example',
      'ATTENDEE;CN=Only Name:urn:uuid:1',
      'ATTENDEE;CN=Ann;EMAIL=ann@x.example:urn:uuid:2',
      "ATTENDEE;CN=A ^'Q^' B:mailto:q@x.example",
      'ATTENDEE;CN=Doe\\, Jane:mailto:jane@x.example',
      'ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:a@x.example","mailto:b@x.example";CN=Lenny:mailto:lenny@x.example',
      "ATTENDEE;CN='kim@x.example':mailto:kim@x.example",
      'ATTENDEE;CN=:mailto:empty@x.example',
      'ATTENDEE;CN=Bare:bare@x.example',
      'ATTENDEE;CN=Nobody:mailto:not-an-address',
      'ATTENDEE:urn:uuid:3',
      'ATTENDEE;CN=Percent:mailto:pct%40x.example',
      'ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@x.example',
    ]).attendees;
    expect(people.map(({ name, email, role }) => [name, email, role])).toEqual([
      ['Doe, John', 'john@x.example', 'organizer'],
      [null, 'nocn@x.example', 'attendee'],
      ['Only Name', null, 'attendee'],
      ['Ann', 'ann@x.example', 'attendee'],
      ['A "Q" B', 'q@x.example', 'attendee'],
      ['Doe, Jane', 'jane@x.example', 'attendee'],
      ['Lenny', 'lenny@x.example', 'attendee'],
      [null, 'kim@x.example', 'attendee'],
      [null, 'empty@x.example', 'attendee'],
      ['Bare', 'bare@x.example', 'attendee'],
      ['Nobody', null, 'attendee'],
      ['Percent', 'pct@x.example', 'attendee'],
    ]);
  });

  it('duplicates by email, case-insensitive: the first line, a name from whichever has one, organizer if either is', () => {
    const text = oneEvent(['SUMMARY:x', 'DTSTART:20240301T090000Z', 'ATTENDEE:mailto:Owner@x.example', 'ATTENDEE;CN=Guest:mailto:guest@x.example', 'ORGANIZER;CN=The Owner:mailto:owner@X.example', 'ATTENDEE;CN=Other Name:mailto:OWNER@x.example']);
    expect(only(parseIcs(text, 't.ics')).attendees).toEqual([
      { name: 'The Owner', email: 'Owner@x.example', line: 7, role: 'organizer' },
      { name: 'Guest', email: 'guest@x.example', line: 8, role: 'attendee' },
    ]);
  });

  it(`an event with more than ${ICS_LIMITS.attendeesPerEvent} people keeps the first ones, with a problem saying how many were left out`, () => {
    const guests = Array.from({ length: 2500 }, (_, i) => `ATTENDEE;CN=Guest ${i}:mailto:guest${i}@x.example`);
    const text = oneEvent(['SUMMARY:All hands', 'DTSTART:20240301T170000Z', ...guests, ...guests.slice(-100)]);
    const { value, ms } = timed(() => parseIcs(text, 'big.ics'));
    expect(value.events).toHaveLength(1);
    expect(value.events[0]!.attendees).toHaveLength(2000);
    expect(value.events[0]!.attendees.at(-1)!.email).toBe('guest1999@x.example');
    expect(value.problems).toEqual([{ file: 'big.ics', line: 4, message: 'This event names 2,500 people; only the first 2,000 are kept (500 left out)' }]);
    expect(ms).toBeLessThan(1000);
  });
});

describe('iCalendar line syntax', () => {
  const props = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'SUMMARY:Line', ' s of text', 'DTSTART:20240301T090000Z', 'ATTENDEE;CN=Kim;RSVP=TRU', '\tE:mailto:kim@x.example', 'END:VEVENT', 'END:VCALENDAR'];

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR (classic Mac)', '\r'],
    ['CR CR LF (iOS)', '\r\r\n'],
  ])('%s line ends; folds with a space or a tab, inside a value or a parameter', (_name, eol) => {
    const parsed = only(parseIcs(props.join(eol) + eol, 't.ics'));
    expect(parsed.name).toBe('Lines of text');
    expect(parsed.source.line).toBe(2);
    expect(parsed.attendees).toEqual([{ name: 'Kim', email: 'kim@x.example', line: 6, role: 'attendee' }]);
  });

  it('a fold inside the property name, blank lines, lower-case names, text we do not read that is not a property', () => {
    const parsed = only(parseIcs(['begin:vcalendar', 'begin:vevent', 'SUMM', ' ARY:Folded name', '', 'this line is not a property', 'dtstart:20240301T090000Z', 'end:vevent', 'end:vcalendar', ''].join('\r\n'), 't.ics'));
    expect(parsed).toMatchObject({ name: 'Folded name', startsOn: '2024-03-01' });
  });

  it('UTF-8 with a BOM, UTF-16 with a BOM; text unescaped, trimmed, notes capped at 20,000 characters', () => {
    const text = oneEvent(['SUMMARY:  Café Zoë \\; 日本 🍰  ', 'DTSTART:20240301T090000Z', `DESCRIPTION:${'x'.repeat(19_999)}🍰 and more`, 'LOCATION: ', 'UID:  ']);
    const utf8 = only(parseIcs(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 't.ics'));
    expect(utf8).toMatchObject({ name: 'Café Zoë ; 日本 🍰', place: null, uid: null });
    expect(utf8.notes).toBe('x'.repeat(19_999)); // the cap never cuts a surrogate pair in half
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(only(parseIcs(utf16, 't.ics')).name).toBe('Café Zoë ; 日本 🍰');
  });

  it('several calendars in one file, an event after END:VCALENDAR', () => {
    const text = calendar(vevent(['SUMMARY:One', 'DTSTART:20240301T090000Z'])) + calendar(vevent(['SUMMARY:Two', 'DTSTART:20240302T090000Z'])) + ['BEGIN:VEVENT', 'SUMMARY:Three', 'DTSTART:20240303T090000Z', 'END:VEVENT', ''].join('\r\n');
    expect(parseIcs(text, 't.ics').events.map((e) => [e.name, e.source.line])).toEqual([
      ['One', 4],
      ['Two', 12],
      ['Three', 17],
    ]);
  });
});

describe('iCalendar problems', () => {
  const good = (name: string) => vevent([`SUMMARY:${name}`, 'DTSTART:20240301T090000Z']);

  it('each bad event is a problem on its BEGIN:VEVENT line, and the others parse', () => {
    const text = calendar([
      ...good('Before'),
      ...['BEGIN:VEVENT', 'SUMMARY:Never ended', 'DTSTART:20240301T090000Z'],
      ...vevent(['DTSTART:20240301T090000Z', 'DESCRIPTION:no title']),
      ...vevent(['SUMMARY:   ', 'DTSTART:20240301T090000Z']),
      ...vevent(['SUMMARY:No start']),
      ...vevent(['SUMMARY:Tomorrow', 'DTSTART:tomorrow']),
      ...vevent(['SUMMARY:Month 13', 'DTSTART:20241340T090000']),
      ...vevent(['SUMMARY:30 February', 'DTSTART;VALUE=DATE:20240230']),
      ...vevent(['SUMMARY:Broken attendee', 'DTSTART:20240301T090000Z', 'ATTENDEE;CN="unclosed:mailto:x@x.example']),
      ...good('After'),
      ...['BEGIN:VEVENT', 'SUMMARY:Cut off by the end of the calendar', 'DTSTART:20240301T090000Z'],
    ]);
    const { events, problems } = parseIcs(text, 'bad.ics');
    expect(events.map((e) => e.name)).toEqual(['Before', 'After']);
    const at = (needle: string) => lineOf(text, needle) - 1;
    expect(problems).toEqual([
      { file: 'bad.ics', line: at('SUMMARY:Never ended'), message: 'This event has no END:VEVENT (the next event or the end of the calendar comes first)' },
      { file: 'bad.ics', line: at('DESCRIPTION:no title') - 1, message: 'This event has no title (SUMMARY is missing or empty)' },
      { file: 'bad.ics', line: at('SUMMARY:   '), message: 'This event has no title (SUMMARY is missing or empty)' },
      { file: 'bad.ics', line: at('SUMMARY:No start'), message: 'This event has no start (no DTSTART)' },
      { file: 'bad.ics', line: at('SUMMARY:Tomorrow'), message: `This event could not be read: Line ${at('SUMMARY:Tomorrow') + 2}: DTSTART "tomorrow" is not a date or date-time` },
      { file: 'bad.ics', line: at('SUMMARY:Month 13'), message: `This event could not be read: Line ${at('SUMMARY:Month 13') + 2}: DTSTART "20241340T090000" is not a date or date-time` },
      { file: 'bad.ics', line: at('SUMMARY:30 February'), message: `This event could not be read: Line ${at('SUMMARY:30 February') + 2}: DTSTART "20240230" is not a date or date-time` },
      {
        file: 'bad.ics',
        line: at('SUMMARY:Broken attendee'),
        message: `This event could not be read: Line ${at('SUMMARY:Broken attendee') + 3}: not a property (no ":" after its name and parameters within 4,096 characters and 100 parameters)`,
      },
      { file: 'bad.ics', line: at('Cut off by'), message: 'This event has no END:VEVENT (the next event or the end of the calendar comes first)' },
    ]);
  });

  it('a line ical.js rejects is quoted, shortened, with its line number', () => {
    const { problems } = parseIcs(oneEvent(['SUMMARY;=x:Empty parameter name', 'DTSTART:20240301T090000Z']), 't.ics');
    expect(problems).toEqual([{ file: 't.ics', line: 4, message: expect.stringMatching(/^This event could not be read: Line 5: Empty parameter name in/) }]);
  });

  it(`an event over ${ICS_LIMITS.eventBytes / 1024 / 1024} MB is a problem with its size; the events around it parse`, () => {
    const huge = `DESCRIPTION:${'A'.repeat(1.5 * 1024 * 1024)}`.replace(/(.{74})/g, '$1\r\n ').split('\r\n');
    const text = calendar([...good('Before'), ...vevent(['SUMMARY:Huge', 'DTSTART:20240301T090000Z', ...huge]), ...good('After')]);
    const { value, ms } = timed(() => parseIcs(text, 'huge.ics'));
    expect(value.events.map((e) => e.name)).toEqual(['Before', 'After']);
    expect(value.problems).toEqual([{ file: 'huge.ics', line: 8, message: 'This event is 1.5 MB; events over 1.0 MB are not read' }]);
    expect(ms).toBeLessThan(2000);
  });

  it('a time zone that cannot be read is a problem on its line; times in it are floating', () => {
    const broken = ['BEGIN:VTIMEZONE', 'TZID:Nowhere Standard Time', 'END:VTIMEZONE'];
    const { events, problems } = parseIcs(calendar([...broken, ...vevent(['SUMMARY:x', 'DTSTART;TZID=Nowhere Standard Time:20240301T090000'])]), 'tz.ics');
    expect(events.map((e) => [e.startsOn, e.startAt])).toEqual([['2024-03-01', null]]);
    expect(problems).toEqual([
      { file: 'tz.ics', line: 4, message: 'The time zone "Nowhere Standard Time" could not be read (it has no STANDARD or DAYLIGHT part); times in it are read as wall-clock times with no offset' },
    ]);
  });

  it('whole-file problems (line null): over 50 MB, binary, not UTF-8, no VCALENDAR, no VEVENT', () => {
    const whole = (input: string | Buffer) => parseIcs(input, 'f.ics');
    const big = timed(() => whole(Buffer.alloc(ICS_LIMITS.fileBytes + 1, 'a')));
    expect(big.value).toEqual({ events: [], problems: [{ file: 'f.ics', line: null, message: 'The file is 50.0 MB; calendar files over 50.0 MB are not read' }] });
    expect(big.ms).toBeLessThan(200);
    expect(whole('é'.repeat(ICS_LIMITS.fileBytes / 2 + 1)).problems).toEqual([{ file: 'f.ics', line: null, message: expect.stringMatching(/^The file is 50\.0 MB/) }]);
    const nul = Buffer.from(GOOGLE_EXPORT.replace('Dinner', 'Din\0ner'));
    expect(whole(nul).problems).toEqual([{ file: 'f.ics', line: null, message: 'The file is binary data, not an iCalendar text file (it holds NUL bytes)' }]);
    expect(whole(GOOGLE_EXPORT.replace('Dinner', 'Din\0ner')).problems[0]!.message).toBe('The file is binary data, not an iCalendar text file (it holds NUL characters)');
    const latin1 = Buffer.from(oneEvent(['SUMMARY:Café', 'DTSTART:20240301T090000Z']), 'latin1');
    expect(whole(latin1).problems).toEqual([{ file: 'f.ics', line: null, message: 'The file is binary data, not an iCalendar text file (it is not valid UTF-8 text)' }]);
    expect(whole('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alex\r\nEND:VCARD\r\n').problems).toEqual([{ file: 'f.ics', line: null, message: 'The file is not an iCalendar file (no BEGIN:VCALENDAR line)' }]);
    expect(whole('').problems[0]!.message).toBe('The file is not an iCalendar file (no BEGIN:VCALENDAR line)');
    expect(whole(calendar(['BEGIN:VTODO', 'SUMMARY:A task', 'END:VTODO'])).problems).toEqual([{ file: 'f.ics', line: null, message: 'The calendar holds no events (no BEGIN:VEVENT line)' }]);
  });

  it(`more than ${ICS_LIMITS.events.toLocaleString('en')} events: a problem on the next one, and no more is read`, () => {
    const one = 'BEGIN:VEVENT\nSUMMARY:x\nDTSTART;VALUE=DATE:20240301\nEND:VEVENT\n';
    const text = `BEGIN:VCALENDAR\n${one.repeat(ICS_LIMITS.events + 5)}END:VCALENDAR\n`;
    const { value, ms } = timed(() => parseIcs(text, 'many.ics'));
    expect(value.events).toHaveLength(ICS_LIMITS.events);
    expect(value.problems).toEqual([{ file: 'many.ics', line: 2 + 4 * ICS_LIMITS.events, message: 'The file holds more than 100,000 events; this one and the rest are not read' }]);
    expect(ms).toBeLessThan(5000);
  });
});

describe('iCalendar hostile and huge input', () => {
  it('a 100,000-line export parses fast', () => {
    const { text, events } = realisticIcs(100_000);
    expect(text.split('\r\n').length - 1).toBeGreaterThanOrEqual(100_000);
    parseIcs(text, 'warm-up.ics');
    const { value, ms } = timed(() => parseIcs(text, 'big.ics'));
    expect(value.problems).toEqual([]);
    expect(value.events).toHaveLength(events);
    expect(value.events.filter((e) => e.startAt !== null).length).toBe(events - Math.floor(events / 4));
    expect(ms).toBeLessThan(2000);
    const bytes = timed(() => parseIcs(Buffer.from(text), 'big.ics'));
    expect(bytes.value.events).toHaveLength(events);
    expect(bytes.ms).toBeLessThan(2000);
  });

  it('binary garbage is one clear problem', () => {
    const { value, ms } = timed(() => parseIcs(garbage(5 * 1024 * 1024), 'photo.jpg'));
    expect(value).toEqual({ events: [], problems: [{ file: 'photo.jpg', line: null, message: 'The file is binary data, not an iCalendar text file (it holds NUL bytes)' }] });
    expect(ms).toBeLessThan(500);
    // Garbage with no NUL and valid UTF-8 (a text file that is not a calendar) is still one problem.
    const text = Array.from(garbage(200_000), (b) => String.fromCharCode(0x20 + (b % 95))).join('');
    expect(parseIcs(text, 'noise.txt').problems).toEqual([{ file: 'noise.txt', line: null, message: 'The file is not an iCalendar file (no BEGIN:VCALENDAR line)' }]);
  });

  it('inputs built to make a line joiner, a regex or ical.js quadratic answer fast', () => {
    const cases: [string, string][] = [
      ['200,000 parameters on one ATTENDEE', oneEvent(['SUMMARY:x', 'DTSTART:20240301T090000Z', `ATTENDEE${';A=B'.repeat(200_000)}:mailto:a@x.example`])],
      ['200,000 parameters and no colon', oneEvent(['SUMMARY:x', 'DTSTART:20240301T090000Z', `ATTENDEE${';A=B'.repeat(200_000)}`])],
      ['an unclosed quote', oneEvent(['SUMMARY:x', 'DTSTART:20240301T090000Z', `ATTENDEE;CN="${'a'.repeat(900_000)}`])],
      ['a 10 MB line outside any event', calendar([`X-JUNK:${'x'.repeat(10 * 1024 * 1024)}`, ...vevent(['SUMMARY:x', 'DTSTART:20240301T090000Z'])])],
      ['200,000 folds', oneEvent(['SUMMARY:x', 'DTSTART:20240301T090000Z', 'DESCRIPTION:a', ...Array.from({ length: 200_000 }, () => ' bc')])],
      ['1,000,000 CRs', calendar(['\r'.repeat(1_000_000), ...vevent(['SUMMARY:x', 'DTSTART:20240301T090000Z'])])],
      ['100,000 nested VALARMs', oneEvent(['SUMMARY:x', 'DTSTART:20240301T090000Z', ...Array.from({ length: 100_000 }, () => 'BEGIN:VALARM')])],
      ['the year 9999 in an Outlook zone', oneEvent(['SUMMARY:x', 'DTSTART;TZID=Pacific Standard Time:99991231T090000']).replace('BEGIN:VEVENT', [...PACIFIC_WINDOWS_VTIMEZONE, 'BEGIN:VEVENT'].join('\r\n'))],
    ];
    for (const [name, text] of cases) {
      const { value, ms } = timed(() => parseIcs(text, 'evil.ics'));
      expect(value.events.length + value.problems.length, name).toBeGreaterThan(0);
      expect(ms, name).toBeLessThan(1500);
    }
  });

  it('a VTIMEZONE whose rule would make ical.js walk every minute is refused, fast', () => {
    const evil = ['BEGIN:VTIMEZONE', 'TZID:Evil Time', 'BEGIN:STANDARD', 'DTSTART:19000101T000000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'RRULE:FREQ=MINUTELY', 'END:STANDARD', 'END:VTIMEZONE'];
    const { value, ms } = timed(() => parseIcs(calendar([...evil, ...vevent(['SUMMARY:x', 'DTSTART;TZID=Evil Time:20240301T090000'])]), 'evil.ics'));
    expect(value.events[0]!.startAt).toBeNull();
    expect(value.problems).toEqual([{ file: 'evil.ics', line: 4, message: 'The time zone "Evil Time" could not be read (an RRULE is not yearly); times in it are read as wall-clock times with no offset' }]);
    expect(ms).toBeLessThan(200);
  });

  it('past 100 VTIMEZONE zones in one file, times in the others are floating', () => {
    const zones = Array.from({ length: 102 }, (_, i) => windowsVtimezone(`Zone ${i}`, '-0800', '-0700')).flat();
    const events = Array.from({ length: 102 }, (_, i) => vevent([`SUMMARY:In zone ${i}`, `DTSTART;TZID=Zone ${i}:20240701T090000`])).flat();
    const { value, ms } = timed(() => parseIcs(calendar([...zones, ...events]), 'zones.ics'));
    expect(value.events.map((e) => e.startAt).filter((s) => s === '2024-07-01T09:00:00-07:00')).toHaveLength(100);
    expect(value.problems.map((p) => p.message)).toEqual([
      'The time zone "Zone 100" could not be read (the file defines more than 100 time zones); times in it are read as wall-clock times with no offset',
      'The time zone "Zone 101" could not be read (the file defines more than 100 time zones); times in it are read as wall-clock times with no offset',
    ]);
    expect(ms).toBeLessThan(2000);
  });

  it('past 1,000 different TZIDs, the others are floating: one problem, still fast', () => {
    const events = Array.from({ length: 3000 }, (_, i) => vevent([`SUMMARY:x${i}`, `DTSTART;TZID=Fantasia/Castle_${i}:20240701T090000`])).flat();
    const { value, ms } = timed(() => parseIcs(calendar(events), 'names.ics'));
    expect(value.events).toHaveLength(3000);
    expect(value.events.every((e) => e.startAt === null && e.startsOn === '2024-07-01')).toBe(true);
    expect(value.problems).toEqual([{ file: 'names.ics', line: null, message: 'The file names more than 1,000 time zones; times in the others are read as wall-clock times with no offset' }]);
    expect(ms).toBeLessThan(1500);
  });

  it('never throws, whatever lines an event holds', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VALARM', 'END:VCALENDAR', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'DTSTART;TZID=X:2024', 'ATTENDEE;CN="', 'SUMMARY:', ' ', '\t'),
      fc.tuple(fc.constantFrom('SUMMARY', 'DTSTART', 'DTEND', 'DURATION', 'ATTENDEE', 'ORGANIZER', 'URL', 'TZID', 'RRULE'), fc.string({ maxLength: 30 })).map(([n, v]) => `${n}${v}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r'), (body, eol) => {
        const parsed = parseIcs(calendar(['X-WR-TIMEZONE:Pacific Standard Time', ...PACIFIC_WINDOWS_VTIMEZONE, ...vevent(['SUMMARY:x', 'DTSTART:20240301T090000Z', ...body])], eol), 'p.ics');
        expect(parsed.events.length + parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('iCalendar SUMMARY round trip', () => {
  const unit = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('\\', ',', ';', ':', '\n', ' ', '\t', '"', '^', 'n', 'N', 'é', '日', '🍰', '\u0301') },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  );
  // What a SUMMARY can carry: no control characters but tab and newline (CR becomes a line end).
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const summary = fc.string({ unit, minLength: 1, maxLength: 200 }).map((s) => s.replace(/[\x00-\x08\x0B-\x1F\x7F]/g, ''));

  it('any text, escaped and folded anywhere (space or tab, any line end), reads back trimmed', () => {
    fc.assert(
      fc.property(summary, fc.integer({ min: 8, max: 75 }), fc.constantFrom('\r\n', '\n', '\r'), fc.constantFrom(' ', '\t'), (text, octets, eol, indent) => {
        fc.pre(text.trim() !== '');
        const folded = foldLine(`SUMMARY:${escapeText(text)}`, octets).split('\r\n ').join(eol + indent);
        const file = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', folded, 'DTSTART:20240301T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join(eol);
        const parsed = parseIcs(Buffer.from(file, 'utf8'), 'p.ics');
        const expected = Buffer.from(text.trim(), 'utf8').toString('utf8'); // lone surrogates become U+FFFD in UTF-8
        expect(parsed.problems).toEqual([]);
        expect(parsed.events[0]!.name).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
