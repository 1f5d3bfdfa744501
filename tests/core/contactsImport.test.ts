import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPages, call, callError, dbDigest, figureDrift, useTestCore } from '../support/core';
import { linkedInCsv } from '../support/csvFixtures';
import { tempDir } from '../support/tmp';
import { readVcardFixture, vcard } from '../support/vcardFixtures';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

function file(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const ADA = vcard(['FN:Ada Lovelace', 'N:Lovelace;Ada;;;', 'EMAIL;TYPE=WORK:ada@example.org', 'TEL;TYPE=CELL:+44 7700 900001', 'BDAY:1815-12-10', 'ORG:Analytical Engines;', 'TITLE:Programmer', 'CATEGORIES:Friends,Math', 'NOTE:Met at the Babbage salon']);
const GRACE = vcard(['FN:Grace Hopper', 'EMAIL:grace@navy.example', 'X-SOCIALPROFILE;type=twitter:https://twitter.com/grace_h']);

async function people() {
  return allPages(100, (cursor) => call(t.core, 'people:list', { limit: 100, cursor }));
}

describe('importing vCards', () => {
  test('a preview writes nothing and counts new people', async () => {
    const path = file('contacts.vcf', ADA + GRACE);
    const before = dbDigest(t.sqlite);
    const report = await call(t.core, 'contacts:import', { path, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, importId: null, format: 'vcard', records: 2, created: 2, updated: 0, duplicates: 0, skipped: 0, problems: [] });
    expect(report.rows.map((r) => [r.line, r.name, r.outcome])).toEqual([
      [1, 'Ada Lovelace', 'new'],
      [13, 'Grace Hopper', 'new'],
    ]);
    expect(dbDigest(t.sqlite)).toBe(before);
  });

  test('applying creates people with every field, recorded in the history', async () => {
    await call(t.core, 'people:create', { displayName: 'Already Here' });
    const path = file('contacts.vcf', ADA + GRACE);
    const report = await call(t.core, 'contacts:import', { path });
    expect(report).toMatchObject({ dryRun: false, created: 2, updated: 0 });
    expect(report.importId).toBeTruthy();
    const [ada] = (await people()).filter((p) => p.displayName === 'Ada Lovelace');
    expect((await people()).length).toBe(3);
    const full = await call(t.core, 'people:get', { id: ada!.id });
    expect(full).toMatchObject({ givenName: 'Ada', familyName: 'Lovelace', birthday: '1815-12-10', notes: 'Met at the Babbage salon' });
    expect(full.identities.map((i) => `${i.kind} ${i.value}`).sort()).toEqual(['email ada@example.org', 'phone +447700900001']);
    expect(full.tags.map((x) => x.name).sort()).toEqual(['Friends', 'Math']);
    expect(full.positions[0]).toMatchObject({ organisation: { name: 'Analytical Engines' }, title: 'Programmer', current: true });
    const history = await call(t.core, 'imports:list', { limit: 10 });
    expect(history.items[0]).toMatchObject({ id: report.importId, kind: 'vcard', sourceName: 'contacts.vcf', status: 'done' });
    const fromImport = await call(t.core, 'people:list', { limit: 10, importId: report.importId! });
    expect(fromImport.items.map((p) => p.displayName).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  test('real exporters: Apple, Google, Outlook, Android and vCard 4.0 files import', async () => {
    for (const name of ['apple-ios', 'apple-macos', 'google', 'outlook', 'android', 'rfc9554-v4'] as const) {
      const report = await call(t.core, 'contacts:import', { path: file(`${name}.vcf`, readVcardFixture(name)), skipInvalid: true });
      expect(report.created + report.updated + report.duplicates, name).toBeGreaterThan(0);
    }
    const alex = (await people()).find((p) => p.displayName === 'Alex Rivera')!;
    const full = await call(t.core, 'people:get', { id: alex.id });
    expect(full.identities.map((i) => `${i.kind} ${i.value}`)).toEqual(expect.arrayContaining(['x alexrivera', 'linkedin in/alexrivera', 'email alex@rivera.example']));
    expect(full.birthday).toBe('--05-17');
    expect(figureDrift(t.sqlite)).toBe(0);
  });

  test('exact matches update the existing person: values added, never overwritten', async () => {
    const existing = await call(t.core, 'people:create', {
      displayName: 'Ada King',
      birthday: '1815-12-11',
      identities: [{ kind: 'email', value: 'ADA@example.org' }],
      tags: ['Math'],
    });
    const report = await call(t.core, 'contacts:import', { path: file('c.vcf', ADA) });
    expect(report).toMatchObject({ created: 0, updated: 1, duplicates: 0 });
    expect(report.rows[0]).toMatchObject({ outcome: 'update', person: { id: existing.id, name: 'Ada King' }, matchedOn: 'email ada@example.org' });
    expect(report.rows[0]!.kept).toEqual(['birthday 1815-12-11 (the file says 1815-12-10)']);
    const after = await call(t.core, 'people:get', { id: existing.id });
    expect(after).toMatchObject({ displayName: 'Ada King', birthday: '1815-12-11', givenName: 'Ada', familyName: 'Lovelace', notes: 'Met at the Babbage salon' });
    expect(after.identities.map((i) => i.value).sort()).toEqual(['+447700900001', 'ada@example.org']);
    expect(after.tags.map((x) => x.name).sort()).toEqual(['Friends', 'Math']);
  });

  test('importing the same file twice: the second time everything is a duplicate', async () => {
    const path = file('c.vcf', ADA + GRACE);
    await call(t.core, 'contacts:import', { path });
    const again = await call(t.core, 'contacts:import', { path });
    expect(again).toMatchObject({ created: 0, updated: 0, duplicates: 2 });
    expect((await people()).length).toBe(2);
  });

  test('records of one file sharing an email become one person', async () => {
    const twin = vcard(['FN:Ada L.', 'EMAIL:ada@example.org', 'URL:https://ada.example']);
    const report = await call(t.core, 'contacts:import', { path: file('c.vcf', ADA + twin) });
    expect(report).toMatchObject({ created: 1, duplicates: 1 });
    expect(report.rows[1]).toMatchObject({ outcome: 'duplicate', matchedOn: 'email ada@example.org, as on line 1', adds: ['website https://ada.example'] });
    const all = await people();
    expect(all.length).toBe(1);
    const ada = await call(t.core, 'people:get', { id: all[0]!.id });
    expect(ada.identities.map((i) => i.kind).sort()).toEqual(['email', 'phone', 'website']);
  });

  test('an X handle matches a person with that handle', async () => {
    const grace = await call(t.core, 'people:create', { displayName: 'Admiral Hopper', identities: [{ kind: 'x', value: '@Grace_H' }] });
    const report = await call(t.core, 'contacts:import', { path: file('g.vcf', GRACE) });
    expect(report.rows[0]).toMatchObject({ outcome: 'update', person: { id: grace.id }, matchedOn: 'X handle @grace_h' });
  });

  test('invalid records block the import until skipped, and the report keeps them', async () => {
    const broken = 'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name at all\r\nEND:VCARD\r\n';
    const path = file('mixed.vcf', ADA + broken + GRACE);
    const preview = await call(t.core, 'contacts:import', { path, dryRun: true });
    expect(preview.problems).toEqual([{ file: 'mixed.vcf', line: 13, message: expect.any(String) }]);
    expect(preview.rows.map((r) => r.outcome)).toEqual(['new', 'invalid', 'new']);
    const before = dbDigest(t.sqlite);
    expect(await callError(t.core, 'contacts:import', { path })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/skip 1 invalid.*Nothing was imported/) });
    expect(dbDigest(t.sqlite)).toBe(before);
    const report = await call(t.core, 'contacts:import', { path, skipInvalid: true });
    expect(report).toMatchObject({ created: 2, skipped: 1 });
    const record = await call(t.core, 'imports:list', { limit: 1 });
    expect(record.items[0]!.stats).toMatchObject({ skipped: 1, problems: [{ file: 'mixed.vcf', line: 13 }] });
  });

  test('unreadable values are kept in the notes with a warning, not dropped', async () => {
    const card = vcard(['FN:Odd One', 'EMAIL:not-an-email', 'BDAY:2001-02-30']);
    const report = await call(t.core, 'contacts:import', { path: file('odd.vcf', card) });
    expect(report.warnings).toEqual([{ file: 'odd.vcf', line: 1, message: expect.stringMatching(/email "not-an-email" is not an email address: kept in the notes/) }]);
    const odd = (await people())[0]!;
    expect((await call(t.core, 'people:get', { id: odd.id })).notes).toBe('Birthday: 2001-02-30\nemail: not-an-email');
  });

  test('undo takes back created people and the additions to existing ones', async () => {
    const existing = await call(t.core, 'people:create', { displayName: 'Ada King', identities: [{ kind: 'email', value: 'ada@example.org' }] });
    const before = await call(t.core, 'people:get', { id: existing.id });
    const report = await call(t.core, 'contacts:import', { path: file('c.vcf', ADA + GRACE) });
    const undone = await call(t.core, 'imports:undo', { id: report.importId! });
    expect(undone.status).toBe('undone');
    const after = await call(t.core, 'people:get', { id: existing.id });
    expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null });
    expect((await people()).map((p) => p.displayName)).toEqual(['Ada King']);
    expect(await callError(t.core, 'imports:undo', { id: report.importId! })).toMatchObject({ code: 'CONFLICT' });
    // The same file imports again after an undo.
    expect(await call(t.core, 'contacts:import', { path: file('c.vcf', ADA + GRACE) })).toMatchObject({ created: 1, updated: 1 });
  });

  test('undo archives a created person the user has added to since, instead of deleting them', async () => {
    const report = await call(t.core, 'contacts:import', { path: file('g.vcf', GRACE) });
    const grace = (await people())[0]!;
    await call(t.core, 'touchpoints:create', { at: '2026-11-29T10:00:00.000Z', channel: 'call', initiatedBy: 'me', personIds: [grace.id] });
    const undone = await call(t.core, 'imports:undo', { id: report.importId! });
    expect(undone.stats).toMatchObject({ archivedOnUndo: 1 });
    expect((await call(t.core, 'people:get', { id: grace.id })).archivedAt).not.toBeNull();
  });
});

describe('importing CSV files', () => {
  test('LinkedIn: Connected On becomes a LinkedIn touchpoint and the company a current job', async () => {
    const path = file('Connections.csv', linkedInCsv(20, 7));
    const report = await call(t.core, 'contacts:import', { path, format: 'linkedin' });
    expect(report.format).toBe('linkedin');
    expect(report.created).toBe(20);
    expect(report.touchpointsCreated).toBe(20);
    const someone = (await people())[0]!;
    const timeline = await call(t.core, 'timeline:person', { personId: someone.id, limit: 10 });
    const connected = timeline.items.find((i) => i.type === 'touchpoint');
    expect(connected).toMatchObject({ touchpoint: { channel: 'linkedin', kind: 'connected', note: null, at: expect.stringMatching(/T12:00:00/) } });
    expect(figureDrift(t.sqlite)).toBe(0);
    // Again: nothing new, no second touchpoint.
    expect(await call(t.core, 'contacts:import', { path, format: 'linkedin' })).toMatchObject({ created: 0, duplicates: 20, touchpointsCreated: 0 });
  });

  test('a file that is not the format named is refused, naming it', async () => {
    const path = file('people.csv', 'Name,E-mail\nAda,ada@example.org\n');
    expect(await callError(t.core, 'contacts:import', { path, format: 'linkedin' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/people\.csv: is not a LinkedIn Connections\.csv/) });
  });

  test('any CSV: the suggested mapping first, then the one chosen, remembered for the next file', async () => {
    const path = file('people.csv', 'Who,Mail,Company\nAda Lovelace,ada@example.org,Engines\n');
    const preview = await call(t.core, 'contacts:import', { path, dryRun: true });
    expect(preview.format).toBe('csv');
    expect(preview.header).toEqual(['Who', 'Mail', 'Company']);
    const mapping = { Who: 'displayName', Mail: 'email', Company: 'organisation' } as const;
    await call(t.core, 'contacts:import', { path, format: 'csv', mapping, rememberMapping: true });
    const next = await call(t.core, 'contacts:import', { path: file('more.csv', 'Who,Mail,Company\nGrace Hopper,grace@navy.example,Navy\n'), dryRun: true });
    expect(next.mapping).toEqual(mapping);
    expect(next.rows[0]).toMatchObject({ name: 'Grace Hopper', outcome: 'new' });
  });

  test('binary garbage and missing files are clear errors, nothing written', async () => {
    const before = dbDigest(t.sqlite);
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(await callError(t.core, 'contacts:import', { path: file('x.csv', garbage) })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^x\.csv: .*Nothing was imported/) });
    expect(await callError(t.core, 'contacts:import', { path: file('x.vcf', garbage), format: 'vcard' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await callError(t.core, 'contacts:import', { path: '/nowhere/contacts.vcf' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(dbDigest(t.sqlite)).toBe(before);
  });
});
