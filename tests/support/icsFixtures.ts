// .ics fixtures for the calendar reader (issue 7), written from the quirks formats.md §5 documents
// and the exporters' published shapes: Google Calendar (everything in UTC, X-WR-TIMEZONE, the
// owner twice, CN = the address, `@virtual` birthday guests), Outlook (Windows zone names with
// their own VTIMEZONE from 1601, quoted CNs, a fold inside RSVP=TRUE, HTML in X-ALT-DESC, VALARM),
// Apple Calendar (EMAIL parameters, urn:uuid attendees, X-APPLE-STRUCTURED-LOCATION with quoted
// `;` and `:`), Zimbra (a fold inside CN keeping the second space), and event sites (Eventbrite,
// Meetup, Luma). Names and addresses are made up.

/** Physical lines → a file with CRLF (or `eol`) after every line. */
export function lines(physical: string[], eol = '\r\n'): string {
  return physical.join(eol) + eol;
}

export function vevent(properties: string[]): string[] {
  return ['BEGIN:VEVENT', ...properties, 'END:VEVENT'];
}

/** A VCALENDAR around `body` (VEVENTs, VTIMEZONEs, calendar properties). */
export function calendar(body: string[], eol = '\r\n'): string {
  return lines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport tests//EN', ...body, 'END:VCALENDAR'], eol);
}

/** One event in a calendar. */
export function oneEvent(properties: string[]): string {
  return calendar(vevent(properties));
}

export const LOS_ANGELES_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:America/Los_Angeles',
  'X-LIC-LOCATION:America/Los_Angeles',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0800',
  'TZOFFSETTO:-0700',
  'TZNAME:PDT',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0700',
  'TZOFFSETTO:-0800',
  'TZNAME:PST',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Outlook's zone: a Windows name, rules from 1601. */
export function windowsVtimezone(name: string, standard: string, daylight: string): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${name}`,
    'BEGIN:STANDARD',
    'DTSTART:16011104T020000',
    'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
    `TZOFFSETFROM:${daylight}`,
    `TZOFFSETTO:${standard}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010311T020000',
    'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
    `TZOFFSETFROM:${standard}`,
    `TZOFFSETTO:${daylight}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}

export const PACIFIC_WINDOWS_VTIMEZONE = windowsVtimezone('Pacific Standard Time', '-0800', '-0700');

/** Google Calendar's export of alex@example.com's calendar (Settings → Import & export). */
export const GOOGLE_EXPORT = calendar([
  'CALSCALE:GREGORIAN',
  'METHOD:PUBLISH',
  'X-WR-CALNAME:alex@example.com',
  'X-WR-TIMEZONE:America/Los_Angeles',
  ...LOS_ANGELES_VTIMEZONE,
  // An evening in California is the next morning in UTC.
  ...vevent([
    'DTSTART:20240315T013000Z',
    'DTEND:20240315T030000Z',
    'DTSTAMP:20240401T120000Z',
    'ORGANIZER;CN=Alex Rivera:mailto:alex@example.com',
    'UID:7kukuqrfedlm2f9t0vbe7d5oj4@google.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alex Ri',
    ' vera;X-NUM-GUESTS=0:mailto:alex@example.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=pri',
    ' ya.shah@example.org;X-NUM-GUESTS=0:mailto:priya.shah@example.org',
    'ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=SF-4-Bay',
    ' (6);X-NUM-GUESTS=0:mailto:c_188abc@resource.calendar.google.com',
    'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
    'CREATED:20240301T101500Z',
    'DESCRIPTION:Catch up on the partnership\\, and the intro to Sam.\\n\\n-::~:~::~',
    ' :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~',
    ' :~::-\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij',
    'LAST-MODIFIED:20240301T101500Z',
    'LOCATION:Zuni Café\\, 1658 Market St\\, San Francisco',
    'SEQUENCE:0',
    'STATUS:CONFIRMED',
    'SUMMARY:Dinner with Priya',
    'TRANSP:OPAQUE',
  ]),
  // A weekly 1:1 in the calendar's zone.
  ...vevent([
    'DTSTART;TZID=America/Los_Angeles:20240109T100000',
    'DTEND;TZID=America/Los_Angeles:20240109T103000',
    'RRULE:FREQ=WEEKLY;BYDAY=TU',
    'DTSTAMP:20240401T120000Z',
    'ORGANIZER;CN=Alex Rivera:mailto:alex@example.com',
    'UID:1on1-weekly@google.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;X-NUM-GUES',
    ' TS=0:mailto:ALEX@example.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Lee',
    ' ;X-NUM-GUESTS=0:mailto:sam@example.net',
    'SUMMARY:Alex / Sam 1:1',
  ]),
  // The birthday calendar (formats.md §5): all day, a `@virtual` guest.
  ...vevent([
    'DTSTART;VALUE=DATE:20141210',
    'DTEND;VALUE=DATE:20141211',
    'DTSTAMP:20121207T183041Z',
    'UID:2014_BIRTHDAY_79d389868f96182e@google.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Contac',
    ' ts;X-NUM-GUESTS=0:mailto:4dhmurjkc5hn8sq0ctp6utbg5pr2sor1dhimsp31e8n6errfct',
    ' m6abj3dtmg@virtual',
    'STATUS:CONFIRMED',
    "SUMMARY:Person #2's birthday",
  ]),
]);

/** Outlook (classic, File → Save Calendar) with Windows zone names. */
export const OUTLOOK_EXPORT = calendar([
  'METHOD:PUBLISH',
  'X-CALSTART:20240314T160000Z',
  'X-WR-RELCALID:{0000002E-8E1B-2A6D-2E44-ACF7B1D2E1C9}',
  'X-WR-CALNAME:Calendar',
  'X-MS-OLK-FORCEINSPECTOROPEN:TRUE',
  ...PACIFIC_WINDOWS_VTIMEZONE,
  ...windowsVtimezone('Eastern Standard Time', '-0500', '-0400'),
  ...vevent([
    'ATTENDEE;CN="Doe, John";RSVP=TRUE:mailto:john.doe@contoso.com',
    'ATTENDEE;CN=Kim Ng;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU',
    ' E:mailto:kim.ng@fabrikam.com',
    'ATTENDEE;CN="Rivera, Alex";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:alex@contoso.com',
    'CLASS:PUBLIC',
    'CREATED:20240301T101500Z',
    'DESCRIPTION:Agenda:\\n1. Intro\\n2. Budget\\; headcount\\n',
    'DTEND;TZID="Pacific Standard Time":20240314T100000',
    'DTSTAMP:20240301T101500Z',
    'DTSTART;TZID="Pacific Standard Time":20240314T090000',
    'LAST-MODIFIED:20240301T101500Z',
    'LOCATION:Conf Room 4 / Microsoft Teams Meeting',
    'ORGANIZER;CN="Rivera, Alex":mailto:alex@contoso.com',
    'PRIORITY:5',
    'SEQUENCE:0',
    'SUMMARY;LANGUAGE=en-us:Q2 planning',
    'TRANSP:OPAQUE',
    'UID:040000008200E00074C5B7101A82E00800000000D0E1C8B2F0D5DA01000000000000000010000000',
    ' 6C5B47A2BD2A9F4D8C1C0F2A7E9A3E11',
    'X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E',
    ' N">\\n<HTML>\\n<HEAD>\\n<META NAME="Generator" CONTENT="MS Exchange Server ve',
    ' rsion 16.0">\\n<TITLE></TITLE>\\n</HEAD>\\n<BODY><P>Agenda</P></BODY>\\n</HTML>',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'X-MICROSOFT-CDO-IMPORTANCE:1',
    'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
    'X-MS-OLK-AUTOFILLLOCATION:FALSE',
    'X-MS-OLK-CONFTYPE:0',
    'BEGIN:VALARM',
    'TRIGGER:-PT15M',
    'ACTION:DISPLAY',
    'DESCRIPTION:Reminder',
    'END:VALARM',
  ]),
  // Summer in New York, unquoted Windows TZID.
  ...vevent([
    'DTSTART;TZID=Eastern Standard Time:20240701T140000',
    'DTEND;TZID=Eastern Standard Time:20240701T150000',
    'SUMMARY:Board call',
    'UID:040000008200E00074C5B7101A82E0080000000050F0BB1A',
    'ORGANIZER;CN=board@contoso.com:mailto:board@contoso.com',
  ]),
  // All day.
  ...vevent(['DTSTART;VALUE=DATE:20240320', 'DTEND;VALUE=DATE:20240321', 'SUMMARY:Offsite', 'UID:040000008200E00074C5B7101A82E008000000006A3E']),
]);

/** Apple Calendar (macOS, File → Export). */
export const APPLE_EXPORT = calendar([
  'METHOD:PUBLISH',
  'X-WR-CALNAME:Work',
  'X-APPLE-CALENDAR-COLOR:#1BADF8',
  'X-WR-TIMEZONE:Europe/London',
  'CALSCALE:GREGORIAN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'DTSTART:19810329T010000',
  'TZNAME:BST',
  'TZOFFSETTO:+0100',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'DTSTART:19961027T020000',
  'TZNAME:GMT',
  'TZOFFSETTO:+0000',
  'END:STANDARD',
  'END:VTIMEZONE',
  ...vevent([
    'TRANSP:OPAQUE',
    'DTEND;TZID=Europe/London:20240612T113000',
    'UID:5A3E1B52-7C1D-4F0E-9D57-2B8F0C3A6E11',
    'DTSTAMP:20240601T090000Z',
    'LOCATION:The Ivy\\n1-5 West Street\\, London',
    'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="1-5 West Street, London W',
    ' C2H 9NQ, England";X-APPLE-RADIUS=70;X-TITLE="The Ivy":geo:51.512,-0.128',
    'URL;VALUE=URI:https://theivy.example/bookings/4411',
    'SEQUENCE:1',
    'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
    'ORGANIZER;CN="Sam Lee";EMAIL="sam@example.net":mailto:sam@example.net',
    'ATTENDEE;CN="Sam Lee";CUTYPE=INDIVIDUAL;EMAIL="sam@example.net";PARTSTAT=ACCEP',
    ' TED;ROLE=CHAIR:mailto:sam@example.net',
    'ATTENDEE;CN="Jo Park";CUTYPE=INDIVIDUAL;EMAIL="jo@park.example";PARTSTAT=NEEDS',
    ' -ACTION;RSVP=TRUE:urn:uuid:00000000-0000-0000-0000-000000000000',
    'SUMMARY:Lunch with Sam',
    'LAST-MODIFIED:20240601T090000Z',
    'CREATED:20240601T090000Z',
    'DTSTART;TZID=Europe/London:20240612T100000',
    'BEGIN:VALARM',
    'X-WR-ALARMUID:2B5C0E51-1F2A-4C56-8E0B-5D3B2F6A9C01',
    'UID:2B5C0E51-1F2A-4C56-8E0B-5D3B2F6A9C01',
    'TRIGGER:-PT30M',
    'ACTION:DISPLAY',
    'DESCRIPTION:Reminder',
    'END:VALARM',
  ]),
  // Apple's birthdays: all day, yearly.
  ...vevent(['DTSTART;VALUE=DATE:19850517', 'DTEND;VALUE=DATE:19850518', 'RRULE:FREQ=YEARLY', 'SUMMARY:Jo Park’s Birthday', 'UID:jo-park-birthday', 'X-APPLE-UNIVERSAL-ID:7f3a']),
]);

/** Zimbra's invitation (ical.js samples/recur_instances.ics): folds inside CN. */
export const ZIMBRA_INVITE = calendar([
  'METHOD:REQUEST',
  ...vevent([
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sahaja',
    '  Lal;X-NUM-GUESTS=0:mailto:calmozilla1@gmail.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ja',
    ' mes@lightsofapollo.com;X-NUM-GUESTS=0:mailto:james@lightsofapollo.com',
    'ORGANIZER;CN=James Lal:mailto:jlal@mozilla.com',
    'DTSTART;TZID=America/Los_Angeles:20121002T100000',
    'DTEND;TZID=America/Los_Angeles:20121002T103000',
    'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU',
    'EXDATE;TZID=America/Los_Angeles:20130402T100000',
    'SUMMARY:Monthly Meeting',
    'UID:a2b5c9e7-monthly@zimbra.example',
  ]),
]);

/** Event sites: Eventbrite (UTC), Meetup (an IANA TZID and no VTIMEZONE), Luma, a conference. */
export const EVENT_SITE_INVITES = calendar([
  'METHOD:PUBLISH',
  // Eventbrite
  ...vevent([
    'DTSTART:20240918T160000Z',
    'DTEND:20240918T200000Z',
    'SUMMARY:SaaS Founders Meetup',
    'LOCATION:WeWork\\, 600 California St\\, San Francisco\\, CA 94108',
    'DESCRIPTION:For details\\, link here: https://www.eventbrite.com/e/saas-founders-1234',
    'URL:https://www.eventbrite.com/e/saas-founders-1234',
    'UID:1234-eventbrite@eventbrite.com',
  ]),
  // Meetup
  ...vevent([
    'DTSTART;TZID=America/New_York:20240510T183000',
    'DTEND;TZID=America/New_York:20240510T210000',
    'SUMMARY:NYC TypeScript: May talks',
    'LOCATION:Datadog HQ (New York\\, NY)',
    'URL;VALUE=URI:https://www.meetup.com/nyc-typescript/events/300000001/',
    'UID:event_300000001@meetup.com',
    'ORGANIZER;CN=Meetup Reminder:mailto:info@meetup.com',
  ]),
  // Luma
  ...vevent([
    'DTSTAMP:20240301T000000Z',
    'DTSTART:20240314T020000Z',
    'DTEND:20240314T040000Z',
    'SUMMARY:AI Tinkerers Lisbon',
    'DESCRIPTION:Get up-to-date information at: https://lu.ma/ai-lisbon\\n\\nHosted by Ana',
    'LOCATION:https://lu.ma/ai-lisbon',
    'ORGANIZER;CN=Luma:mailto:calendar-invite@lu.ma',
    'ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:MAILTO:alex@example.com',
    'UID:evt-AbC123@lu.ma',
    'URL:https://lu.ma/ai-lisbon',
  ]),
  // A four-day conference, all day, DTEND exclusive.
  ...vevent(['DTSTART;VALUE=DATE:20241111', 'DTEND;VALUE=DATE:20241115', 'SUMMARY:Web Summit 2024', 'LOCATION:Altice Arena\\, Lisbon', 'URL:webcal://websummit.example/cal', 'UID:websummit-2024']),
]);

const FIRST = ['Alex', 'María', 'Sam', 'Priya', 'Jo', 'Kim', 'Ana', 'Lenny'];
const LAST = ['Rivera', 'González', 'Lee', 'Shah', 'Park', 'Ng', 'Silva', 'Doe'];

/**
 * A calendar of at least `lineCount` physical lines, cycling through the exporters' forms above
 * (Google UTC with folded attendees, Outlook Windows zones, Apple EMAIL parameters, all-day,
 * recurring), every event valid. For the speed figure.
 */
export function realisticIcs(lineCount: number): { text: string; events: number } {
  const out: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport tests//EN', 'X-WR-TIMEZONE:America/Los_Angeles', ...LOS_ANGELES_VTIMEZONE, ...PACIFIC_WINDOWS_VTIMEZONE];
  let events = 0;
  for (let i = 0; out.length < lineCount - 1; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const who = `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]}`;
    const mail = `person${i}@example.com`;
    const kind = i % 4;
    if (kind === 0) {
      out.push(
        ...vevent([
          `DTSTART:2024${month}${day}T170000Z`,
          `DTEND:2024${month}${day}T180000Z`,
          `UID:${i}@google.com`,
          'ORGANIZER;CN=Alex Rivera:mailto:alex@example.com',
          'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alex Ri',
          ' vera;X-NUM-GUESTS=0:mailto:alex@example.com',
          `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=${who.slice(0, 3)}`,
          ` ${who.slice(3)};X-NUM-GUESTS=0:mailto:${mail}`,
          'DESCRIPTION:Notes from the call\\, with a link: https://meet.google.com/abc-defg-hij\\n',
          ' and a second folded line.',
          `SUMMARY:Coffee with ${who}`,
          'STATUS:CONFIRMED',
        ]),
      );
    } else if (kind === 1) {
      out.push(
        ...vevent([
          `ATTENDEE;CN="${LAST[i % 8]}, ${FIRST[i % 8]}";RSVP=TRUE:mailto:${mail}`,
          `DTSTART;TZID="Pacific Standard Time":2024${month}${day}T090000`,
          `DTEND;TZID="Pacific Standard Time":2024${month}${day}T100000`,
          'LOCATION:Conf Room 4',
          'ORGANIZER;CN="Rivera, Alex":mailto:alex@contoso.com',
          'SUMMARY;LANGUAGE=en-us:Planning',
          `UID:040000008200E00074C5B7101A82E008${i}`,
          'X-ALT-DESC;FMTTYPE=text/html:<HTML><BODY><P>Agenda</P></BODY></HTML>',
          'BEGIN:VALARM',
          'TRIGGER:-PT15M',
          'ACTION:DISPLAY',
          'END:VALARM',
        ]),
      );
    } else if (kind === 2) {
      out.push(
        ...vevent([
          `DTSTART;TZID=America/Los_Angeles:2024${month}${day}T120000`,
          `DTEND;TZID=America/Los_Angeles:2024${month}${day}T133000`,
          `ATTENDEE;CN="${who}";CUTYPE=INDIVIDUAL;EMAIL="${mail}";PARTSTAT=ACCEPTED:urn:uuid:${i}`,
          'LOCATION:The Ivy\\n1-5 West Street\\, London',
          'URL;VALUE=URI:https://example.com/lunch',
          `SUMMARY:Lunch with ${who}`,
          `UID:apple-${i}`,
        ]),
      );
    } else {
      out.push(...vevent([`DTSTART;VALUE=DATE:1990${month}${day}`, 'RRULE:FREQ=YEARLY', `SUMMARY:${who}'s birthday`, `UID:bday-${i}`]));
    }
    events++;
  }
  out.push('END:VCALENDAR');
  return { text: lines(out), events };
}

/** Deterministic pseudo-random bytes (xorshift32). */
export function garbage(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
