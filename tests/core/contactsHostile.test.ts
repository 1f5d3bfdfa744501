import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { call, callError, dbDigest, useTestCore } from '../support/core';
import { tempDir } from '../support/tmp';
import { vcard } from '../support/vcardFixtures';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

function file(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('hostile contacts files', () => {
  test('a file over 50 MB is refused unread, naming it', async () => {
    const path = file('huge.vcf', '');
    truncateSync(path, 51 * 1024 * 1024);
    const before = dbDigest(t.sqlite);
    expect(await callError(t.core, 'contacts:import', { path })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^huge\.vcf: is 51 MB; contacts files over 50 MB are not read\. Nothing was imported\./) });
    expect(dbDigest(t.sqlite)).toBe(before);
  });

  test('100,000-line files: a vCard file and a CSV import whole, with progress', async () => {
    const cards: string[] = [];
    for (let i = 0; i < 20_000; i++) cards.push(vcard([`FN:Person ${i}`, `EMAIL:p${i}@example.org`, `NOTE:line ${i}`]));
    const vcf = file('many.vcf', cards.join(''));
    const progress: string[] = [];
    t.core.on((name, payload) => name === 'progress' && progress.push((payload as { label: string }).label));
    const report = await call(t.core, 'contacts:import', { path: vcf, job: 'many' });
    expect(report).toMatchObject({ records: 20_000, created: 20_000 });
    expect(report.rows.length).toBe(500);
    expect(progress).toEqual(expect.arrayContaining(['Reading the file', 'Backing up before the import', 'Saving', 'Done']));
    const csv = file('many.csv', ['Name,Email', ...Array.from({ length: 100_000 }, (_, i) => `Someone ${i},s${i}@example.net`)].join('\n'));
    expect(await call(t.core, 'contacts:import', { path: csv, format: 'csv', mapping: { Name: 'displayName', Email: 'email' }, dryRun: true })).toMatchObject({ records: 100_000, created: 100_000 });
  });

  test('an office number on 1,500 cards: one person keeps it, the others note it; the report lists the first 1,000 notes and a count', async () => {
    const cards = Array.from({ length: 1500 }, (_, i) => vcard([`FN:Given${i} Family${i}`, 'TEL;TYPE=WORK:+44 20 7946 0000']));
    const preview = await call(t.core, 'contacts:import', { path: file('office.vcf', cards.join('')), dryRun: true });
    expect(preview.warnings).toHaveLength(1001);
    expect(preview.warnings[0]!.message).toMatch(/^phone \+44 20 7946 0000 is also on Given0 Family0 \(line 1\): kept in the notes$/);
    expect(preview.warnings[1000]).toEqual({ file: 'office.vcf', line: null, message: 'and 499 more notes like these' });
  });

  test('a cancelled import writes nothing', async () => {
    const path = file('c.vcf', vcard(['FN:Ada', 'EMAIL:ada@example.org']));
    const before = dbDigest(t.sqlite);
    t.core.on((name, payload) => {
      if (name === 'progress' && (payload as { job: string }).job === 'stop-me') void t.core.dispatch('jobs:cancel', { job: 'stop-me' });
    });
    expect(await callError(t.core, 'contacts:import', { path, job: 'stop-me' })).toMatchObject({ code: 'CANCELLED' });
    expect(dbDigest(t.sqlite)).toBe(before);
  });

  test('a CSV with a broken quote, binary bytes inside, or only a header: clear errors or problems by line', async () => {
    const broken = file('broken.csv', 'Name,Email\n"Ada Lovelace,ada@example.org\nGrace,grace@navy.example\n');
    const preview = await call(t.core, 'contacts:import', { path: broken, format: 'csv', mapping: { Name: 'displayName', Email: 'email' }, dryRun: true });
    expect(preview.problems).toEqual([{ file: 'broken.csv', line: 2, message: 'A quote opened in this row is never closed. Check the quotes.' }]);
    expect(preview.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'invalid'],
      [3, 'new'],
    ]);
    const nul = file('nul.csv', Buffer.concat([Buffer.from('Name,Email\nAda,ada@example.org\n'), Buffer.alloc(64), Buffer.from('\n')]));
    expect(await callError(t.core, 'contacts:import', { path: nul, format: 'csv' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^nul\.csv: /) });
    const header = file('header.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n');
    const empty = await callError(t.core, 'contacts:import', { path: header, format: 'linkedin' });
    expect(empty).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^header\.csv: .*Nothing was imported/) });
  });

  test('a card with 10,000 emails keeps 50 and notes the rest; a 5 MB card is one problem, not a freeze', async () => {
    const emails = Array.from({ length: 10_000 }, (_, i) => `EMAIL:e${i}@example.org`);
    const big = vcard(['FN:Flood', ...emails]) + vcard(['FN:Huge note', `NOTE:${'x'.repeat(5 * 1024 * 1024)}`]) + vcard(['FN:Fine', 'EMAIL:fine@example.org']);
    const preview = await call(t.core, 'contacts:import', { path: file('flood.vcf', big), dryRun: true });
    expect(preview.rows.map((r) => [r.name, r.outcome])).toEqual([
      ['Flood', 'new'],
      ['', 'invalid'],
      ['Fine', 'new'],
    ]);
    expect(preview.problems).toEqual([{ file: 'flood.vcf', line: 10_005, message: 'This card is 5.0 MB; cards over 5.0 MB are not read' }]);
    expect(preview.warnings.map((w) => w.message)).toEqual(['9950 more emails, phones or profiles than the 50 a person keeps: kept in the notes', 'notes are longer than 20000 characters: cut']);
  });
});
