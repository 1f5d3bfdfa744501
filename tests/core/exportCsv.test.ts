import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { safeCell } from '../../electron/core/export/peopleCsv';
import { crmIn, stdoutJson } from '../support/processes';
import { tempDir } from '../support/tmp';

describe('crm export csv', () => {
  test('cells a spreadsheet would run as formulas are neutralised', () => {
    for (const bad of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=cmd', '\r=x', '=HYPERLINK("http://evil","x")']) expect(safeCell(bad)).toBe(`'${bad}`);
    for (const fine of ['Ada', 'a=b', "'quoted", '', '1-2']) expect(safeCell(fine)).toBe(fine);
    expect(safeCell(null)).toBe('');
  });

  test('people with their identities, job, labels and notes; a selection; read back by a CSV parser', async () => {
    const dir = tempDir();
    const crm = crmIn(dir);
    const json = async <T>(...args: string[]) => stdoutJson(await crm(null, '--json', ...args)) as T;
    const ada = await json<{ id: string }>('people', 'add', '--name', 'Ada Lovelace', '--email', 'ada@example.com', '--x', '@ada', '--org', 'Analytical, Engines', '--title', 'CTO', '--tag', 'vip', '--tag', 'friend', '--interest', 'poetry', '--note', 'Line one\nline "two"');
    await json('people', 'add', '--name', '=HYPERLINK("http://evil")', '--note', '@mention me');
    await json('people', 'add', '--name', 'Émile Zola', '--phone', '+33 1 23 45 67 89');

    const out = join(dir, 'people.csv');
    expect(await json('export', 'csv', out)).toEqual({ path: out, people: 3 });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFName,First Name,Last Name')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    // By name: "=" sorts before letters.
    expect(rows.map((r) => r.Name)).toEqual([`'=HYPERLINK("http://evil")`, 'Ada Lovelace', 'Émile Zola']);
    expect(rows[0]!.Notes).toBe("'@mention me");
    expect(rows[1]).toMatchObject({ 'E-mail': 'ada@example.com', X: 'ada', Organization: 'Analytical, Engines', Title: 'CTO', Interests: 'poetry', Notes: 'Line one\nline "two"', 'Rapport ID': ada.id });
    expect(rows[1]!.Tags!.split(' ::: ').sort()).toEqual(['friend', 'vip']);
    // A leading + is neutralised too (a spreadsheet would compute "+33 1…"), as the issue asks.
    expect(rows[2]!.Phone).toBe(`'+33 1 23 45 67 89`);

    const one = join(dir, 'one.csv');
    expect(await json('export', 'csv', one, '--person', ada.id)).toEqual({ path: one, people: 1 });
  });
});
