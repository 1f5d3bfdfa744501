import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPages, call, callError, dbDigest, useTestCore } from '../support/core';
import { EVENT_SITE_INVITES, GOOGLE_EXPORT, OUTLOOK_EXPORT, calendar, garbage, oneEvent, vevent } from '../support/icsFixtures';
import { tempDir } from '../support/tmp';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

function file(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const CONFIG = oneEvent([
  'UID:config-2024@example.com',
  'SUMMARY:Config 2024',
  'DTSTART;VALUE=DATE:20240625',
  'DTEND;VALUE=DATE:20240627',
  'LOCATION:Moscone Center',
  'URL:https://config.example.com',
  'ORGANIZER;CN=Figma Events:mailto:events@figma.example',
  'ATTENDEE;CN=Ada Lovelace:mailto:ADA@example.org',
  'ATTENDEE;CN=Grace Hopper:mailto:grace@navy.example',
  'ATTENDEE;CN="Lin, Tao":mailto:tao@example.net',
]);

async function events() {
  return allPages(50, (cursor) => call(t.core, 'events:list', { limit: 50, cursor }));
}

describe('importing iCalendar files', () => {
  test('events become events; attendees match by email, then by name, else are offered', async () => {
    const ada = await call(t.core, 'people:create', { displayName: 'Ada King', identities: [{ kind: 'email', value: 'ada@example.org' }] });
    const grace = await call(t.core, 'people:create', { displayName: 'Grace Hopper' });
    const path = file('config.ics', CONFIG);
    const before = dbDigest(t.sqlite);
    const preview = await call(t.core, 'contacts:import', { path, dryRun: true });
    expect(dbDigest(t.sqlite)).toBe(before);
    expect(preview).toMatchObject({ format: 'ics', eventsCreated: 1, eventsUpdated: 0, created: 0 });
    expect(preview.rows[0]).toMatchObject({ name: 'Config 2024', outcome: 'new', adds: ['Ada King (by email)', 'Grace Hopper (by name)'] });
    // The organiser writes from an events@ address: an invitation sender, not a person.
    expect(preview.attendeesOffered.map((o) => [o.name, o.email])).toEqual([['Lin, Tao', 'tao@example.net']]);

    const report = await call(t.core, 'contacts:import', { path, addAttendees: ['tao@example.net'] });
    expect(report).toMatchObject({ eventsCreated: 1, created: 1, attendancesCreated: 3 });
    const [config] = await events();
    expect(config).toMatchObject({ name: 'Config 2024', startsOn: '2024-06-25', endsOn: '2024-06-26', place: 'Moscone Center', link: 'https://config.example.com', attendees: 3, met: 3 });
    const attendees = await call(t.core, 'events:attendees', { eventId: config!.id, limit: 10 });
    expect(attendees.items.map((a) => a.displayName).sort()).toEqual(['Ada King', 'Grace Hopper', 'Lin, Tao']);
    // A past event: nobody is waiting for a follow-up.
    expect(attendees.items.find((a) => a.personId === ada.id)).toMatchObject({ met: true, followUp: 'not_needed' });
    // Grace was matched by her name alone.
    expect(attendees.items.find((a) => a.personId === grace.id)).toMatchObject({ met: true });

    // The same calendar again: the event is known by its UID, nobody is added twice.
    const again = await call(t.core, 'contacts:import', { path, addAttendees: 'all' });
    expect(again).toMatchObject({ eventsCreated: 0, attendancesCreated: 0, created: 0 });
    expect((await events()).length).toBe(1);
  });

  test('a moved occurrence (same UID, RECURRENCE-ID) joins its series instead of failing the import', async () => {
    const text = calendar([
      ...vevent(['UID:weekly@example.com', 'SUMMARY:Founders breakfast', 'DTSTART:20240105T080000Z', 'RRULE:FREQ=WEEKLY', 'ATTENDEE;CN=Ada:mailto:ada@example.org']),
      ...vevent(['UID:weekly@example.com', 'RECURRENCE-ID:20240112T080000Z', 'SUMMARY:Founders breakfast (moved)', 'DTSTART:20240112T090000Z', 'ATTENDEE;CN=Tao:mailto:tao@example.net']),
    ]);
    const report = await call(t.core, 'contacts:import', { path: file('weekly.ics', text), addAttendees: 'all' });
    expect(report).toMatchObject({ eventsCreated: 1, created: 2, attendancesCreated: 2 });
    expect(report.rows.map((r) => [r.outcome, r.matchedOn])).toEqual([
      ['new', null],
      ['update', 'an occurrence of the event above'],
    ]);
  });

  test('undo removes the events, attendances and people it added', async () => {
    await call(t.core, 'people:create', { displayName: 'Grace Hopper' });
    const report = await call(t.core, 'contacts:import', { path: file('config.ics', CONFIG), addAttendees: 'all' });
    expect(report.created).toBe(2);
    await call(t.core, 'imports:undo', { id: report.importId! });
    expect(await events()).toEqual([]);
    expect((await call(t.core, 'people:list', { limit: 10 })).items.map((p) => p.displayName)).toEqual(['Grace Hopper']);
    expect((await call(t.core, 'imports:list', { limit: 1 })).items[0]).toMatchObject({ id: report.importId, status: 'undone' });
  });

  test('Google, Outlook and event-site exports import; the calendar owner is not offered', async () => {
    const google = await call(t.core, 'contacts:import', { path: file('google.ics', GOOGLE_EXPORT), dryRun: true });
    expect(google.eventsCreated).toBe(3);
    // Alex is on every event that has people on it: the calendar's owner, the user.
    expect(google.attendeesOffered.map((o) => o.email)).toEqual(['priya.shah@example.org', 'sam@example.net']);
    expect(google.warnings.map((w) => w.message)).toEqual(['Alex Rivera attends every event: taken to be you, not added']);
    const outlook = await call(t.core, 'contacts:import', { path: file('outlook.ics', OUTLOOK_EXPORT), skipInvalid: true });
    expect(outlook.eventsCreated).toBeGreaterThan(0);
    const sites = await call(t.core, 'contacts:import', { path: file('sites.ics', EVENT_SITE_INVITES), skipInvalid: true });
    expect(sites.eventsCreated).toBe(4);
    // Meetup's and Luma's own addresses are not people.
    expect(sites.attendeesOffered.map((o) => o.email)).toEqual(['alex@example.com']);
  });

  test('garbage and broken events: clear errors, nothing written; a bad event needs skip', async () => {
    const before = dbDigest(t.sqlite);
    expect(await callError(t.core, 'contacts:import', { path: file('junk.ics', garbage(5000)), format: 'ics' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^junk\.ics: .*Nothing was imported/) });
    const broken = CONFIG.replace('SUMMARY:Config 2024\r\n', '');
    const mixed = file('mixed.ics', broken.replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Dinner\r\nDTSTART:20240101T190000Z\r\nEND:VEVENT\r\nEND:VCALENDAR'));
    const preview = await call(t.core, 'contacts:import', { path: mixed, dryRun: true });
    expect(preview.problems).toEqual([{ file: 'mixed.ics', line: 4, message: expect.any(String) }]);
    expect(await callError(t.core, 'contacts:import', { path: mixed })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/skip 1 invalid/) });
    expect(dbDigest(t.sqlite)).toBe(before);
    expect(await call(t.core, 'contacts:import', { path: mixed, skipInvalid: true })).toMatchObject({ eventsCreated: 1, skipped: 1 });
  });
});
