import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { parseVcards } from '../../electron/core/contacts/vcard/parseVcards';
import { exportPeopleVcard } from '../../electron/core/export/peopleVcard';
import { call, useTestCore } from '../support/core';
import { tempDir } from '../support/tmp';

const t = useTestCore();
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('export vcard', () => {
  test('vCard 4.0 that our own importer and ical.js read back: names, every identity kind, job, dates, labels, photo', async () => {
    const ada = await call(t.core, 'people:create', {
      displayName: 'Ada, Countess of Lovelace',
      givenName: 'Ada',
      familyName: 'Lovelace',
      nickname: 'Ada',
      birthday: '--12-10',
      location: 'London; UK',
      notes: 'Line one\nline two, with commas; and semicolons',
      tags: ['vip', 'a,b'],
      identities: [
        { kind: 'email', value: 'ada@example.com', label: 'Work' },
        { kind: 'phone', value: '+44 20 7946 0000' },
        { kind: 'x', value: '@AdaL' },
        { kind: 'linkedin', value: 'https://www.linkedin.com/in/ada-lovelace' },
        { kind: 'website', value: 'https://ada.example.org/' },
        { kind: 'mastodon', value: '@ada@hachyderm.io' },
      ],
      position: { organisation: 'Analytical Engines', title: 'Mathematician' },
    });
    await call(t.core, 'people:set-photo', { id: ada.id, photo: { mime: 'image/png', base64: PNG_1PX } });
    const other = await call(t.core, 'people:create', { displayName: 'Charles Babbage', birthday: '1791-12-26' });

    const out = join(tempDir(), 'people.vcf');
    expect(exportPeopleVcard(t.core.session().sqlite, out)).toEqual({ path: out, people: 2 });
    const text = readFileSync(out, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const cards = ICAL.parse(text) as unknown as unknown[];
    expect(cards).toHaveLength(2);

    const { records, problems } = parseVcards(text, 'people.vcf');
    expect(problems).toEqual([]);
    const back = records.find((r) => r.externalId?.includes(ada.id))!;
    expect(back).toMatchObject({
      displayName: 'Ada, Countess of Lovelace',
      givenName: 'Ada',
      familyName: 'Lovelace',
      nickname: 'Ada',
      birthday: '--12-10',
      organisation: 'Analytical Engines',
      title: 'Mathematician',
      notes: 'Line one\nline two, with commas; and semicolons',
      photo: { mime: 'image/png', base64: PNG_1PX },
    });
    expect(back.tags.sort()).toEqual(['a,b', 'vip']);
    const kinds = new Map<string, string[]>();
    for (const i of back.identities) kinds.set(i.kind, [...(kinds.get(i.kind) ?? []), i.value]);
    expect(kinds.get('email')).toEqual(['ada@example.com']);
    expect(kinds.get('phone')).toEqual(['+44 20 7946 0000']);
    expect(kinds.get('x')?.some((v) => /AdaL/i.test(v))).toBe(true);
    expect(kinds.get('linkedin')?.some((v) => v.includes('in/ada-lovelace'))).toBe(true);
    expect(kinds.get('website')).toContain('https://ada.example.org');
    expect(kinds.get('mastodon')?.some((v) => v.includes('hachyderm.io'))).toBe(true);
    expect(records.find((r) => r.externalId?.includes(other.id))?.birthday).toBe('1791-12-26');

    const one = join(tempDir(), 'one.vcf');
    expect(exportPeopleVcard(t.core.session().sqlite, one, [other.id]).people).toBe(1);
  });
});
