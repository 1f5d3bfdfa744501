import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crmIn, stdoutJson } from '../support/processes';
import { linkedInCsv } from '../support/csvFixtures';
import { tempDir } from '../support/tmp';
import { vcard } from '../support/vcardFixtures';

describe('crm import vcard|linkedin|csv|ics and crm imports', () => {
  test('preview, skip invalid, the JSON report, a mapping file, undo', async () => {
    const dir = tempDir();
    const crm = crmIn(dir);
    const json = async <T>(...args: string[]) => stdoutJson(await crm(null, '--json', ...args)) as T;
    const vcf = join(dir, 'contacts.vcf');
    writeFileSync(vcf, vcard(['FN:Ada Lovelace', 'EMAIL:ada@example.org']) + 'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n');

    const dry = await json<Record<string, unknown>>('import', 'vcard', vcf, '--dry-run');
    expect(dry).toMatchObject({ created: 1, updated: 0, duplicates: 0, skipped: 0, problems: [{ file: 'contacts.vcf', line: 6 }], importId: null, dryRun: true });
    const refused = await crm(null, 'import', 'vcard', vcf);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/skip 1 invalid/);
    const report = await json<Record<string, unknown>>('import', 'vcard', vcf, '--skip-invalid');
    expect(Object.keys(report).slice(0, 5)).toEqual(['created', 'updated', 'duplicates', 'skipped', 'problems']);
    expect(report).toMatchObject({ created: 1, skipped: 1, dryRun: false });

    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'Who,Mail\nGrace Hopper,grace@navy.example\n');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ Who: 'displayName', Mail: 'email' }));
    expect(await json('import', 'csv', csv, '--mapping', mapping)).toMatchObject({ created: 1, mapping: { Who: 'displayName', Mail: 'email' } });
    writeFileSync(mapping, '{"Who": "shoe size"}');
    const badMapping = await crm(null, 'import', 'csv', csv, '--mapping', mapping);
    expect(badMapping.code).toBe(2);
    expect(badMapping.stderr).toMatch(/--mapping .*mapping\.json/);

    const linkedin = join(dir, 'Connections.csv');
    writeFileSync(linkedin, linkedInCsv(5, 1));
    expect(await json('import', 'linkedin', linkedin)).toMatchObject({ created: 5, touchpointsCreated: 5 });

    const history = await json<{ id: string; kind: string }[]>('imports', 'list');
    expect(history.map((i) => i.kind)).toEqual(['linkedin', 'csv', 'vcard']);
    expect(await json('imports', 'undo', history[2]!.id)).toMatchObject({ status: 'undone' });
    const text = await crm(null, 'import', 'vcard', vcf, '--skip-invalid');
    expect(text.stdout).toMatch(/^Imported contacts\.vcf \(import .+\): 1 new, 0 updated, 0 duplicates, 1 skipped/);
    expect(text.stdout).toMatch(/invalid: contacts\.vcf:6: /);
  });
});
