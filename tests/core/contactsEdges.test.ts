// Edge cases of the contacts import found in review or added after it; each failed before its change.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PNG_BASE64 } from '../support/cases/peopleCases';
import { allPages, call, callError, figureDrift, useTestCore } from '../support/core';
import { calendar, vevent } from '../support/icsFixtures';
import { tempDir } from '../support/tmp';
import { vcard } from '../support/vcardFixtures';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

function file(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}
const people = () => allPages(100, (cursor) => call(t.core, 'people:list', { limit: 100, cursor, includeArchived: true }));
const LINKEDIN = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', 'Ada,Lovelace,https://www.linkedin.com/in/ada-l,,Engines,CTO,09 Oct 2024', ''].join('\n');

describe('contacts import edge cases', () => {
  test('a "connected" touchpoint the user deleted is not added back, and the re-import does not fail', async () => {
    const path = file('Connections.csv', LINKEDIN);
    await call(t.core, 'contacts:import', { path, format: 'linkedin' });
    const ada = (await people())[0]!;
    const [entry] = (await call(t.core, 'timeline:person', { personId: ada.id, limit: 10 })).items.filter((i) => i.type === 'touchpoint');
    await call(t.core, 'touchpoints:delete', { id: entry!.id });
    const again = await call(t.core, 'contacts:import', { path, format: 'linkedin' });
    expect(again).toMatchObject({ created: 0, duplicates: 1, touchpointsCreated: 0 });
    expect(figureDrift(t.sqlite)).toBe(0);
  });

  test('a contact with only a name and a UID is known again by its UID', async () => {
    const path = file('c.vcf', vcard(['UID:jane-1', 'FN:Jane Roe', 'NOTE:Neighbour']));
    await call(t.core, 'contacts:import', { path });
    const again = await call(t.core, 'contacts:import', { path: file('c2.vcf', vcard(['UID:jane-1', 'FN:Jane Roe', 'NOTE:Neighbour', 'TEL:+44 1632 960000'])) });
    expect(again.rows[0]).toMatchObject({ outcome: 'update', matchedOn: 'the same contact (its id in the file)', adds: ['phone +44 1632 960000'] });
    expect((await people()).length).toBe(1);
  });

  test('a name-only contact imported again is the person the first import made, not a second one', async () => {
    await call(t.core, 'people:create', { displayName: 'Sam Lee' });
    const csv = (text: string) => file('names.csv', text);
    const mapping = { Name: 'displayName', Notes: 'notes' } as const;
    await call(t.core, 'contacts:import', { path: csv('Name,Notes\nJane Roe,Neighbour\nSam Lee,From the gym\n'), format: 'csv', mapping });
    const again = await call(t.core, 'contacts:import', { path: csv('Name,Notes\nJane Roe,Neighbour\nSam Lee,From the gym\n'), format: 'csv', mapping, dryRun: true });
    expect(again.rows.map((r) => [r.name, r.outcome, r.matchedOn])).toEqual([
      ['Jane Roe', 'duplicate', 'the same name, imported before with nothing else to compare'],
      // Two people are called Sam Lee now (one added by hand): a name alone does not say which.
      ['Sam Lee', 'new', null],
    ]);
  });

  test('a Mastodon or Instagram handle on someone matches them too', async () => {
    const mei = await call(t.core, 'people:create', { displayName: 'Mei Lin', identities: [{ kind: 'instagram', value: '@mei.draws' }] });
    const report = await call(t.core, 'contacts:import', { path: file('m.vcf', vcard(['FN:Mei', 'X-SOCIALPROFILE;type=instagram:https://instagram.com/mei.draws', 'NOTE:Illustrator'])), dryRun: true });
    expect(report.rows[0]).toMatchObject({ outcome: 'update', person: { id: mei.id }, matchedOn: 'Instagram handle @mei.draws' });
  });

  test('a remembered mapping keeps a column whose header changed case', async () => {
    await call(t.core, 'contacts:import', { path: file('a.csv', 'Full Name,email\nAda Lovelace,ada@example.org\n'), format: 'csv', mapping: { 'Full Name': 'displayName', email: 'email' }, rememberMapping: true });
    const next = await call(t.core, 'contacts:import', { path: file('b.csv', 'Full Name,Email\nGrace Hopper,grace@navy.example\n'), dryRun: true });
    expect(next.mapping).toEqual({ 'Full Name': 'displayName', Email: 'email' });
    expect(next.rows[0]).toMatchObject({ name: 'Grace Hopper', outcome: 'new' });
  });

  test('undo removes a created person whose birthday reminder the app wrote since', async () => {
    const report = await call(t.core, 'contacts:import', { path: file('b.vcf', vcard(['FN:Soon Birthday', 'BDAY:1990-12-05'])) });
    await call(t.core, 'reminders:list', {});
    await call(t.core, 'imports:undo', { id: report.importId! });
    expect(await people()).toEqual([]);
  });

  test('undo keeps a photo the user chose after the import', async () => {
    const existing = await call(t.core, 'people:create', { displayName: 'Ada', identities: [{ kind: 'email', value: 'ada@example.org' }] });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]).toString('base64');
    const report = await call(t.core, 'contacts:import', { path: file('p.vcf', vcard(['FN:Ada', 'EMAIL:ada@example.org', `PHOTO;ENCODING=b;TYPE=JPEG:${jpeg}`])) });
    expect(report.rows[0]!.adds).toContain('photo');
    await call(t.core, 'people:set-photo', { id: existing.id, photo: { mime: 'image/png', base64: PNG_BASE64 } });
    await call(t.core, 'imports:undo', { id: report.importId! });
    expect(await call(t.core, 'people:photo', { id: existing.id })).toEqual({ mime: 'image/png', base64: PNG_BASE64 });
  });

  test('an import cannot be undone while a merge of someone it created is in place', async () => {
    const report = await call(t.core, 'contacts:import', { path: file('a.vcf', vcard(['FN:Ada Lovelace', 'EMAIL:ada@example.org'])) });
    const old = await call(t.core, 'people:create', { displayName: 'Ada Old' });
    const ada = (await people()).find((p) => p.displayName === 'Ada Lovelace')!;
    const merge = await call(t.core, 'people:merge', { keepId: ada.id, otherId: old.id });
    expect(await callError(t.core, 'imports:undo', { id: report.importId! })).toMatchObject({ code: 'CONFLICT', message: 'Ada Old was merged into Ada Lovelace after this import; undo that merge first' });
    await call(t.core, 'people:merge-undo', { mergeId: merge.mergeId });
    await call(t.core, 'imports:undo', { id: report.importId! });
    expect((await people()).map((p) => p.displayName)).toEqual(['Ada Old']);
  });

  test('an archived person matched by email is updated and the preview says they stay archived', async () => {
    const ada = await call(t.core, 'people:create', { displayName: 'Ada', identities: [{ kind: 'email', value: 'ada@example.org' }] });
    await call(t.core, 'people:archive', { id: ada.id });
    const report = await call(t.core, 'contacts:import', { path: file('a.vcf', vcard(['FN:Ada', 'EMAIL:ada@example.org', 'TEL:+44 1632 960001'])), dryRun: true });
    expect(report.warnings.map((w) => w.message)).toEqual(['Ada is archived: what this record adds goes to them, and they stay archived']);
  });

  test('applying after a preview reads the file again when it changed in between', async () => {
    const path = file('a.vcf', vcard(['FN:Ada', 'EMAIL:ada@example.org']));
    expect((await call(t.core, 'contacts:import', { path, dryRun: true })).created).toBe(1);
    writeFileSync(path, vcard(['FN:Ada', 'EMAIL:ada@example.org']) + vcard(['FN:Grace', 'EMAIL:grace@navy.example']));
    expect((await call(t.core, 'contacts:import', { path })).created).toBe(2);
  });

  test('a second import while one is being written is BUSY, not a unique-index failure', async () => {
    const path = file('a.vcf', vcard(['FN:Ada', 'EMAIL:ada@example.org']));
    const [first, second] = await Promise.all([t.core.dispatch('contacts:import', { path }), t.core.dispatch('contacts:import', { path })]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'BUSY' } });
  });
});

describe('calendar import edge cases', () => {
  test('an evening event that ends after midnight stays editable', async () => {
    const text = calendar([...vevent(['UID:late@example.com', 'SUMMARY:Late dinner', 'DTSTART:20240315T060000Z', 'DTEND:20240315T080000Z', 'X-NOTHING:1'])]).replace('PRODID:-//Rapport tests//EN', 'PRODID:-//Rapport tests//EN\r\nX-WR-TIMEZONE:America/Los_Angeles');
    await call(t.core, 'contacts:import', { path: file('late.ics', text) });
    const [event] = (await call(t.core, 'events:list', {})).items;
    expect(await call(t.core, 'events:update', { id: event!.id, patch: { name: 'Late dinner with Ada' } })).toMatchObject({ name: 'Late dinner with Ada' });
  });

  test('re-importing a calendar: the preview counts only what applying would add', async () => {
    await call(t.core, 'people:create', { displayName: 'Ada', identities: [{ kind: 'email', value: 'ada@example.org' }] });
    const path = file('c.ics', calendar(vevent(['UID:c1', 'SUMMARY:Config', 'DTSTART;VALUE=DATE:20240625', 'ATTENDEE;CN=Ada:mailto:ada@example.org'])));
    await call(t.core, 'contacts:import', { path });
    const preview = await call(t.core, 'contacts:import', { path, dryRun: true });
    expect(preview).toMatchObject({ eventsCreated: 0, eventsUpdated: 0, attendancesCreated: 0 });
    expect(preview.rows[0]).toMatchObject({ outcome: 'duplicate' });
  });
});
