// Contacts in, end to end in browser mode against the real core: a vCard file is uploaded
// through the file input, previewed (new, updated, duplicate, invalid with its line), imported
// after "skip invalid"; the new people are listed "from the last import"; then a likely
// duplicate the import brought is merged from the Duplicates screen, and the merge undone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';
const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'];

const VCF = crlf([
  // Matches Kofi by email: his phone and job are added.
  ...card(['FN:Kofi Boateng', 'EMAIL:kofi@boateng.gh', 'TEL;TYPE=CELL:+233 20 123 4567', 'ORG:Accra Ventures', 'TITLE:Partner']),
  // New; "Bob" of Acme is likely the Robert Smith of Acme already in the app.
  ...card(['FN:Bob Smith', 'N:Smith;Bob;;;', 'EMAIL:bob@acme.com', 'ORG:Acme', 'TITLE:Staff engineer', 'NOTE:Climbs on Sundays.']),
  ...card(['FN:Inês Duarte', 'EMAIL:ines@duarte.pt']),
  // A record with nothing to recognise anyone by.
  ...card(['NOTE:met at the bar']),
  // The same person as the first card, again.
  ...card(['FN:Kofi B.', 'EMAIL:kofi@boateng.gh']),
]);

test('imports a vCard file with a preview, then merges a duplicate it brought and undoes the merge', async ({ page, crm }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-contacts-e2e-'));
  try {
    const path = join(dir, 'phone.vcf');
    writeFileSync(path, VCF);
    const kofi = await crm.rpc<{ id: string }>('people:create', { displayName: 'Kofi Boateng', identities: [{ kind: 'email', value: 'kofi@boateng.gh' }] });
    const robert = await crm.rpc<{ id: string }>('people:create', {
      displayName: 'Robert Smith',
      identities: [{ kind: 'email', value: 'robert@acme.com' }],
      position: { organisation: 'Acme', title: 'Engineer' },
    });

    await page.goto(crm.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();

    await page.getByLabel('Choose a contacts file…').setInputFiles(path);
    const preview = page.getByRole('region', { name: 'Contacts preview' });
    await expect(preview.getByRole('heading', { name: /Preview of phone\.vcf: nothing has been written yet/ })).toBeVisible({ timeout: 30_000 });
    const stat = (label: string) => preview.locator('.import-stat', { hasText: label });
    await expect(stat('New people')).toContainText('2');
    await expect(stat('Updates')).toContainText('1');
    await expect(stat('Duplicates')).toContainText('1');
    await expect(stat('Invalid')).toContainText('1');
    await expect(preview.getByText('phone.vcf, line 23')).toBeVisible();
    // Nothing is written before the user applies.
    expect((await crm.rpc<{ items: unknown[] }>('people:list', {})).items).toHaveLength(2);

    const importButton = preview.getByRole('button', { name: 'Import contacts' });
    await expect(importButton).toBeDisabled();
    await preview.getByRole('checkbox', { name: /Skip 1 invalid record/ }).check();
    await importButton.click();
    const report = page.getByRole('region', { name: 'Contacts import report' });
    await expect(report.getByRole('heading', { name: 'Imported phone.vcf' })).toBeVisible({ timeout: 30_000 });
    await expect(report.locator('.import-stat', { hasText: 'Skipped' })).toContainText('1');

    const updated = await crm.rpc<{ identities: { kind: string; value: string }[]; positions: { organisation: { name: string } }[] }>('people:get', { id: kofi.id });
    expect(updated.identities.map((i) => `${i.kind} ${i.value}`).sort()).toEqual(['email kofi@boateng.gh', 'phone +233201234567']);
    expect(updated.positions.map((p) => p.organisation.name)).toEqual(['Accra Ventures']);

    await report.getByRole('link', { name: /Show these people/ }).click();
    const people = page.getByRole('list', { name: 'People' });
    await expect(page.getByRole('button', { name: 'From the last import' })).toBeVisible();
    await expect(people.getByRole('listitem')).toHaveCount(3);

    // Bob Smith (new) and Robert Smith (already here), both at Acme: one person.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
    const pair = page.getByRole('listitem', { name: /Robert Smith and Bob Smith|Bob Smith and Robert Smith/ });
    await expect(pair).toContainText('Bob is short for Robert');
    await expect(pair).toContainText('Both at Acme');
    await pair.getByRole('button', { name: /Merge/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('region', { name: 'What moves' })).toBeVisible();
    const keepRobert = dialog.getByRole('button', { name: 'Keep Robert Smith instead' });
    if (await keepRobert.isVisible()) await keepRobert.click();
    await dialog.getByRole('button', { name: 'Merge into Robert Smith' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(pair).toBeHidden();
    const merged = await crm.rpc<{ identities: { value: string }[]; notes: string | null }>('people:get', { id: robert.id });
    expect(merged.identities.map((i) => i.value).sort()).toEqual(['bob@acme.com', 'robert@acme.com']);
    expect(merged.notes).toBe('Climbs on Sundays.');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(pair).toBeVisible({ timeout: 15_000 });
    const restored = await crm.rpc<{ identities: { value: string }[] }>('people:get', { id: robert.id });
    expect(restored.identities.map((i) => i.value)).toEqual(['robert@acme.com']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
