// Contacts in, duplicates and merge (issue 7) against the real core, light and dark: the Import
// screen's contacts card empty, a vCard preview with problems, skip invalid, the report, People
// "From the last import", a hand-made CSV's columns, an iCalendar file's attendees, a refused
// file; then Duplicates empty and full, the merge dialog, the merge toast and "Merge with…".
// Part of screenshots.ts; run alone with: npx tsx tests/screenshots/contactsShots.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { WebServer } from '../support/webServer';
import { SCHEMES, type Scheme, dialog, go, openApp, press, runAlone, shoot, withServer } from './flows';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';
const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'];

/** A phone's address book: updates, new people, a duplicate within the file, two records that cannot be read. */
const VCF = crlf([
  ...card(['FN:Amélie Laurent', 'N:Laurent;Amélie;;;', 'EMAIL;TYPE=INTERNET:amelie@laurent.studio', 'TEL;TYPE=CELL:+33 6 12 34 56 78', 'ORG:Laurent Studio', 'TITLE:Founder', 'X-SOCIALPROFILE;type=twitter:https://twitter.com/amelie_laurent']),
  ...card(['FN:Kofi Boateng', 'N:Boateng;Kofi;;;', 'EMAIL;TYPE=INTERNET:kofi@boateng.gh']),
  ...card(['FN:Zoë Kowalczyk', 'N:Kowalczyk;Zoë;;;', 'EMAIL;TYPE=INTERNET:zoe@kowalczyk.pl', 'ORG:Kowalczyk & Partners', 'TITLE:Partner', 'CATEGORIES:Conference,Warsaw']),
  ...card(['FN:Nguyễn Thị Lan', 'N:Nguyễn;Thị Lan;;;', 'EMAIL:lan@saigonlabs.vn', 'URL;type=pref:https://x.com/lan_nguyen']),
  'this line was pasted in by mistake',
  ...card(['NOTE:Met at the bar\\, no name']),
  ...card(['FN:Priya V.', 'N:V.;Priya;;;', 'EMAIL:priya@venkat.in', 'BDAY:1988-04-12']),
  ...card(['FN:Zoë Kowalczyk', 'EMAIL:zoe@kowalczyk.pl']),
  ...card(['FN:Jonas Weber', 'N:Weber;Jonas;;;', 'EMAIL:jonas@weber.de', 'URL:https://www.linkedin.com/in/jonas-weber', 'ORG:Weber GmbH']),
  ...card(['FN:Hana Novotná', 'N:Novotná;Hana;;;', 'TEL;TYPE=CELL:+420 601 234 567', 'ADR;TYPE=HOME:;;Vinohradská 12;Praha;;120 00;Czechia']),
  ...card(['FN:Søren Nørgaard', 'EMAIL:soren@norgaard.dk', 'ORG:Nordic Pay', 'TITLE:CFO']),
]);

/** A hand-made list: headers no exporter writes, so the columns are for the user to say. */
const CSV = [
  'Who,Mail,Firm,Role,Twitter,Score,Met at',
  'Chiara Fabbri,chiara@fabbri.it,Fabbri Design,Design lead,@chiarafabbri,8,Milan meetup',
  'Kenji Watanabe,kenji@watanabe.jp,Watanabe KK,CTO,@kenjiw,6,Shibuya coffee',
  'Amélie Laurent,amelie@laurent.studio,Laurent Studio,Founder,,9,Web Summit',
  'Thandiwe Nkosi,thandiwe@nkosi.co.za,Joburg Founders,Organiser,@thandiwe_n,7,Founders dinner',
  '',
].join('\r\n');

const ICS = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Rapport screenshots//EN',
  'BEGIN:VEVENT',
  'UID:websummit-2024@example.org',
  'DTSTAMP:20241101T090000Z',
  'DTSTART:20241112T090000Z',
  'DTEND:20241112T180000Z',
  'SUMMARY:Web Summit 2024',
  'LOCATION:Lisbon',
  'ATTENDEE;CN=Kofi Boateng:mailto:kofi@boateng.gh',
  'ATTENDEE;CN=Inês Duarte:mailto:ines@duarte.pt',
  'ATTENDEE;CN=Malik Haddad:mailto:malik@haddad.io',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:founders-dinner-2025@example.org',
  'DTSTAMP:20250301T090000Z',
  'DTSTART:20250314T190000Z',
  'DTEND:20250314T220000Z',
  'SUMMARY:Founders dinner',
  'ATTENDEE;CN=Amélie Laurent:mailto:amelie@laurent.studio',
  'ATTENDEE;CN=Tariq Aziz:mailto:tariq@aziz.example',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:lisbon-design-2025@example.org',
  'DTSTAMP:20250401T090000Z',
  'DTSTART:20250410T180000Z',
  'SUMMARY:Lisbon design meetup',
  'ATTENDEE;CN=Inês Duarte:mailto:ines@duarte.pt',
  'ATTENDEE;CN=Malik Haddad:mailto:malik@haddad.io',
  'END:VEVENT',
  'END:VCALENDAR',
]);

interface Files {
  vcf: string;
  csv: string;
  ics: string;
  broken: string;
}

function writeFiles(dir: string): Files {
  const files = { vcf: join(dir, 'iPhone contacts.vcf'), csv: join(dir, 'people I met.csv'), ics: join(dir, 'conferences.ics'), broken: join(dir, 'contacts-export.vcf') };
  writeFileSync(files.vcf, VCF);
  writeFileSync(files.csv, CSV);
  writeFileSync(files.ics, ICS);
  writeFileSync(files.broken, 'Name: Ada Lovelace\nEmail: ada@example.org\n');
  return files;
}

/** People already in Rapport, some of whom the files know, and pairs that look like one person. */
async function seedPeople(server: WebServer): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const add = async (person: Record<string, unknown>) => ids.set(person.displayName as string, (await server.rpc<{ id: string }>('people:create', person)).id);
  await add({ displayName: 'Amélie Laurent', identities: [{ kind: 'email', value: 'amelie@laurent.studio' }], circle: 'close' });
  await add({ displayName: 'Kofi Boateng', identities: [{ kind: 'email', value: 'kofi@boateng.gh' }, { kind: 'x', value: 'kofi_b' }], circle: 'inner' });
  await add({ displayName: 'Priya Venkataraman', identities: [{ kind: 'email', value: 'priya@venkat.in' }], circle: 'close' });
  await add({
    displayName: 'Robert Smith',
    givenName: 'Robert',
    familyName: 'Smith',
    circle: 'close',
    notes: 'Runs the platform team.',
    identities: [{ kind: 'email', value: 'robert@acme.com' }],
    tags: ['friend'],
    position: { organisation: 'Acme', title: 'Engineer', startOn: '2019' },
  });
  await add({
    displayName: 'Bob Smith',
    nickname: 'Bob',
    location: 'Paris',
    birthday: '1980-05-01',
    notes: 'Climbs on Sundays.',
    identities: [
      { kind: 'email', value: 'bob@acme.com' },
      { kind: 'linkedin', value: 'linkedin.com/in/bob-smith' },
    ],
    tags: ['climber'],
    position: { organisation: 'Acme', title: 'Staff engineer', startOn: '2019' },
  });
  await add({ displayName: 'Mei Lin Chen', identities: [{ kind: 'email', value: 'meilin@chen.tw' }], position: { organisation: 'Saigon Labs' } });
  await add({ displayName: 'Mei-Lin Chen', identities: [{ kind: 'x', value: 'meilin' }], position: { organisation: 'Saigon Labs', title: 'Head of growth' } });
  await add({ displayName: 'Elif Şahin', identities: [{ kind: 'email', value: 'elif@sahin.com.tr' }] });
  await add({ displayName: 'Elif Sahin', identities: [{ kind: 'email', value: 'e.sahin@sahin.com.tr' }], location: 'Istanbul' });
  const bob = ids.get('Bob Smith')!;
  await server.rpc('touchpoints:create', { at: '2025-02-03T12:00:00.000Z', channel: 'in_person', initiatedBy: 'me', personIds: [bob], note: 'Lunch near the office; he is moving teams.' });
  await server.rpc('touchpoints:create', { at: '2025-05-20T09:00:00.000Z', channel: 'email', initiatedBy: 'them', personIds: [bob], note: 'Sent the climbing gym link.' });
  await server.rpc('reminders:create', { personId: bob, due: '2026-12-01', title: 'Ask Bob about the new team' });
  return ids;
}

async function usePath(page: Page, path: string): Promise<void> {
  await page.getByLabel('or paste the path of the contacts file').fill(path);
  await page.getByRole('button', { name: 'Use this file' }).click();
}

const preview = (page: Page) => page.getByRole('region', { name: 'Contacts preview' });

/** Toasts stay 8 s; the next screens are shot without the last one's. */
async function dismissToasts(page: Page): Promise<void> {
  for (const button of await page.locator('.toast').getByRole('button', { name: 'Dismiss' }).all()) await button.click();
}

async function importShots(page: Page, scheme: Scheme, files: Files): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/import', 'Import');
  await page.getByRole('list', { name: 'Imports' }).or(page.getByText(/No imports yet/)).first().waitFor();

  await usePath(page, files.vcf);
  await preview(page).waitFor({ timeout: 60_000 });
  await shot('contacts-preview');
  await preview(page).getByRole('heading', { name: 'Records', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('contacts-preview-records');
  await preview(page).getByRole('checkbox', { name: /Skip \d+ invalid record/ }).check();
  await preview(page).getByRole('button', { name: 'Import contacts' }).scrollIntoViewIfNeeded();
  await shot('contacts-preview-skip');
  await preview(page).getByRole('button', { name: 'Import contacts' }).click();
  const report = page.getByRole('region', { name: 'Contacts import report' });
  await report.waitFor({ timeout: 60_000 });
  await report.scrollIntoViewIfNeeded();
  await shot('contacts-report');
  await report.getByRole('button', { name: /Undo this import…/ }).click();
  await shot('contacts-report-undo-confirm');
  await press(page, 'Escape');

  await report.getByRole('link', { name: /Show these people/ }).click();
  await page.getByRole('list', { name: 'People' }).waitFor();
  await page.getByRole('button', { name: 'From the last import' }).waitFor();
  await shot('people-from-last-import');

  // Undone from the report: the heading says so and the history row is struck through.
  await go(page, '#/import', 'Import');
  await report.getByRole('button', { name: /Undo this import…/ }).click();
  await report.getByRole('button', { name: 'Undo import' }).click();
  await report.getByRole('heading', { name: /was undone/ }).waitFor({ timeout: 60_000 });
  await dismissToasts(page);
  await shot('contacts-report-undone');
  await page.getByRole('button', { name: 'Import another file' }).click();
  await usePath(page, files.csv);
  await preview(page).waitFor({ timeout: 60_000 });
  const columns = preview(page).getByRole('region', { name: 'Columns' });
  await columns.getByRole('combobox', { name: 'Column Who' }).selectOption('displayName');
  await preview(page).getByRole('status').filter({ hasText: 'Updating' }).waitFor({ state: 'detached' });
  await columns.getByRole('combobox', { name: 'Column Twitter' }).selectOption('x');
  await preview(page).getByRole('status').filter({ hasText: 'Updating' }).waitFor({ state: 'detached' });
  await columns.getByRole('combobox', { name: 'Column Firm' }).selectOption('organisation');
  await preview(page).getByRole('status').filter({ hasText: 'Updating' }).waitFor({ state: 'detached' });
  await columns.scrollIntoViewIfNeeded();
  await shot('contacts-mapping');
  await page.getByLabel('Chosen contacts file').getByRole('button', { name: 'Choose another file' }).click();

  // Uploaded, as a browser does: the server keeps a copy until the import is done.
  await page.getByLabel('Choose a contacts file…').setInputFiles(files.ics);
  await preview(page).waitFor({ timeout: 60_000 });
  await preview(page).getByRole('checkbox', { name: /Inês Duarte/ }).check();
  await preview(page).getByRole('region', { name: /People at these events/ }).scrollIntoViewIfNeeded();
  await shot('contacts-ics');
  await page.getByLabel('Chosen contacts file').getByRole('button', { name: 'Choose another file' }).click();

  await usePath(page, files.broken);
  await page.getByRole('region', { name: 'Contacts from a file' }).getByRole('alert').waitFor({ timeout: 60_000 });
  await shot('contacts-error');
}

async function duplicateShots(page: Page, scheme: Scheme, ids: Map<string, string>): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/duplicates', 'Duplicates');
  await page.getByRole('list', { name: 'Likely duplicates' }).waitFor({ timeout: 30_000 });
  await shot('duplicates');
  await press(page, 'j', '?');
  await shot('duplicates-keys');
  await press(page, '?');
  const robert = page.getByRole('listitem', { name: /Robert Smith and Bob Smith|Bob Smith and Robert Smith/ });
  await robert.focus();
  await press(page, 'm');
  await dialog(page).getByRole('region', { name: 'What moves' }).waitFor();
  await shot('merge-dialog');
  await dialog(page).getByRole('button', { name: /^Keep .* instead$/ }).click();
  await shot('merge-dialog-swapped');
  await dialog(page).getByRole('button', { name: /^Merge into/ }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await shot('merge-toast');
  await dismissToasts(page);

  await go(page, `#/people/${ids.get('Elif Şahin')}`, 'Elif Şahin');
  await page.getByRole('button', { name: /Merge with…/ }).click();
  await dialog(page).getByRole('combobox', { name: 'Person' }).pressSequentially('Elif');
  await dialog(page).getByRole('option').first().waitFor();
  await shot('merge-with-picker');
  await press(page, 'Escape');
}

/** One server per scheme: the empty screens first, then the same files and people for each. */
export async function contactsScreens(browser: Browser): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-contacts-files-'));
  try {
    const files = writeFiles(dir);
    for (const scheme of SCHEMES) {
      await withServer(`contacts-${scheme}`, async (server) => {
        const page = await openApp(browser, server.url, scheme);
        await go(page, '#/import', 'Import');
        await page.getByText(/No imports yet/).waitFor();
        await shoot(page, `${scheme}-contacts-import-empty`);
        await go(page, '#/duplicates', 'Duplicates');
        await page.getByRole('heading', { name: 'No likely duplicates' }).waitFor();
        await shoot(page, `${scheme}-duplicates-empty`);
        const ids = await seedPeople(server);
        await importShots(page, scheme, files);
        await duplicateShots(page, scheme, ids);
        await page.context().close();
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runAlone(import.meta.url, contactsScreens);
