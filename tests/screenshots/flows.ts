// The screens with data: people, a person, events and the overlays, each in one scheme.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, type Page, chromium, expect } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config';
import { type WebServer, startWebServer } from '../support/webServer';
import type { Seeded } from './seed';

export const OUT = join(fileURLToPath(new URL('../..', import.meta.url)), '.tmp', 'screenshots');
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Until no "Loading…" status is on screen (there can be several at once, or none). */
export function waitLoaded(page: Page): Promise<void> {
  return expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0, { timeout: 30_000 });
}

export async function shoot(page: Page, name: string): Promise<void> {
  // Not 'networkidle': the open event stream keeps the network busy for good.
  await waitLoaded(page);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });
  process.stdout.write(`  ${name}.png\n`);
}

export async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

/** A fresh tab on the app, opened on Today: the token lives in per-tab session storage, so each tab opens the link. */
export async function openApp(browser: Browser, url: string, scheme: Scheme): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  return page;
}

/** `crm web` on a database of its own in a temp folder, for the duration of `fn`. */
export async function withServer(name: string, fn: (server: WebServer) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `rapport-${name}-shots-`));
  const server = await startWebServer(join(dir, `${name}.db`));
  try {
    await fn(server);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a screenshot module by itself when it is the script tsx was given (`npx tsx tests/screenshots/<file>`). */
export async function runAlone(moduleUrl: string, screens: (browser: Browser) => Promise<void>): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    await screens(browser);
  } finally {
    await browser.close();
  }
}

export const dialog = (page: Page) => page.getByRole('dialog');
export const press = async (page: Page, ...keys: string[]) => {
  for (const key of keys) await page.keyboard.press(key);
};

const EXAMPLE = "Chuck Flagg @theflaggagency met at Gilda's Club benefit lunch, likes aviation art #prospect";

export async function peopleScreens(page: Page, scheme: Scheme): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await page.getByRole('list', { name: 'People' }).waitFor();
  await shot('people');
  const list = page.getByTestId('people-scroll');
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(300);
  await shot('people-scrolled-end');
  await press(page, '/');
  await page.keyboard.type('nguy');
  await page.getByRole('link', { name: /Nguyễn/ }).waitFor();
  await shot('people-search');
  await page.getByRole('searchbox').fill('zzzz');
  await page.getByRole('heading', { name: /No matches/ }).waitFor();
  await shot('people-no-matches');
  await page.getByRole('searchbox').fill('');
  await page.getByRole('button', { name: 'Interest' }).click();
  await page.keyboard.type('coll');
  await page.getByRole('option', { name: /college football/ }).waitFor();
  await shot('people-filter-menu');
  await press(page, 'Enter');
  await page.getByRole('button', { name: /Interest: college football/ }).waitFor();
  await shot('people-filter-interest');
  await go(page, '#/people?sort=last_touch&mode=online', 'People');
  await shot('people-last-touch-online-only');
}

export async function personScreens(page: Page, scheme: Scheme, ids: Seeded): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, `#/people/${ids.people.get('Amélie Laurent')}`, 'Amélie Laurent');
  await page.getByRole('list', { name: /^Timeline with/ }).waitFor();
  await shot('person');
  await page.getByTestId('person-timeline').evaluate((el) => el.scrollTo(0, 2400));
  await page.waitForTimeout(300);
  await shot('person-timeline-scrolled');
  await page.getByRole('button', { name: 'Edit how we met' }).click();
  await shot('person-how-we-met-edit');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const ways = page.getByRole('region', { name: 'Ways to reach' });
  await ways.getByRole('button', { name: 'Add' }).click();
  await page.keyboard.type('twitter.com/Kofi_B?s=20');
  await ways.getByRole('button', { name: 'Add', exact: true }).last().click();
  await ways.getByText(/already belongs to/).waitFor();
  await shot('person-identity-conflict');
  await ways.getByLabel('Handle, address or link').fill('@Amelie_Studio');
  await shot('person-identity-preview');
  await press(page, 'Escape');
  await page.getByRole('region', { name: 'Work' }).getByRole('button', { name: 'Add job' }).click();
  await page.keyboard.type('Fig');
  await page.waitForTimeout(300);
  await shot('person-add-job');
  await press(page, 'Escape', 'Escape', 'Control+l');
  await shot('log-touchpoint');
  await press(page, 'Escape');
  const entry = page.getByRole('article').filter({ has: page.getByRole('button', { name: /^Edit/ }) }).first();
  await entry.hover();
  await shot('person-timeline-hover');
  await entry.getByRole('button', { name: /^Edit/ }).click();
  await shot('edit-touchpoint');
  await press(page, 'Escape');

  await go(page, `#/people/${ids.people.get('Maximiliane Konstanze von Hohenzollern-Sigmaringen')}`, /Maximiliane/);
  await shot('person-long-name');
  await go(page, `#/people/${ids.people.get('Dmitri Volkov')}`, 'Dmitri Volkov');
  await shot('person-archived');
  await go(page, `#/people/${ids.people.get('Kenji Watanabe')}`, 'Kenji Watanabe');
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await shot('person-archive-undo-toast');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('Restored Kenji Watanabe').waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await go(page, '#/people/0190a9c2-0000-7000-8000-000000000000', 'People').catch(() => undefined);
  await page.getByRole('heading', { name: 'This person is not here' }).waitFor();
  await shot('person-not-found');
}

export async function eventScreens(page: Page, scheme: Scheme, ids: Seeded): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/events', 'Events');
  await page.getByRole('list', { name: 'Events' }).waitFor();
  await shot('events');
  await go(page, `#/events/${ids.events.get('Web Summit 2026')}`, 'Web Summit 2026');
  await page.getByRole('list', { name: 'Attendees' }).waitFor();
  await shot('event');
  await press(page, 'c');
  await expect(page.getByRole('combobox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type(`Bruno Almeida ${scheme === 'light' ? 'I' : 'II'}`);
  await press(page, 'Tab');
  await page.keyboard.type('runs the Porto founders breakfast');
  await press(page, 'Tab');
  await page.keyboard.type(`@bruno_pt_${scheme[0]}`);
  await press(page, 'Enter');
  await page.getByRole('list', { name: 'Captured just now' }).waitFor();
  await page.keyboard.type('Chiara');
  await page.getByRole('option', { name: /Chiara Fabbri/ }).waitFor();
  await shot('event-capture');
  await page.getByRole('button', { name: /^Undo Bruno/ }).click();
  await page.getByText('undone').waitFor();
  await press(page, 'Escape', 'Escape');
  await go(page, '#/events', 'Events');
  await page.getByRole('button', { name: 'New event' }).first().click();
  await dialog(page).getByLabel(/^Name/).fill('Founders breakfast');
  await dialog(page).getByLabel('Link').fill('see the invite');
  await dialog(page).getByRole('button', { name: 'Create event' }).click();
  await dialog(page).getByText(/http\(s\) address/).waitFor();
  await shot('new-event-invalid-link');
  await press(page, 'Escape');
}

export async function overlayScreens(page: Page, scheme: Scheme): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/timeline', 'Timeline');
  await page.getByRole('list', { name: 'Recent touchpoints' }).waitFor();
  await shot('timeline');
  await page.getByRole('radio', { name: 'Online' }).check({ force: true });
  await page.getByRole('button', { name: 'X DM', exact: true }).click();
  await page.waitForTimeout(300);
  await shot('timeline-online-x-dm');
  await page.getByRole('button', { name: 'X DM', exact: true }).click();
  await page.getByRole('radio', { name: 'All' }).check({ force: true });
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('month');
  await shot('timeline-by-month');
  await press(page, 'Control+k');
  await page.keyboard.type('design');
  await page.getByRole('option', { name: /^Chiara Fabbri/ }).waitFor();
  await shot('palette-results');
  await press(page, 'Escape', 'Control+Shift+K');
  await page.keyboard.type(EXAMPLE);
  await dialog(page).getByText('existing event').waitFor();
  await shot('quick-capture-preview');
  await dialog(page).getByRole('textbox').fill('Kofi B @kofi_b via Thandiwe Nkosi, loves highlife');
  await dialog(page).getByText('same handle').waitFor();
  await shot('quick-capture-known-person');
  await press(page, 'Escape');
  await go(page, '#/people', 'People');
  await press(page, 'Control+n');
  await dialog(page).getByLabel(/^Name/).fill('Amelie L.');
  await dialog(page).getByLabel('X handle').fill('@amelie_laurent');
  await dialog(page).getByRole('button', { name: 'Add person' }).click();
  await dialog(page).getByText(/already belongs to/).waitFor();
  await shot('add-person-conflict');
  await press(page, 'Escape');
  await go(page, '#/settings', 'Settings');
  await page.getByRole('list', { name: 'Backups' }).waitFor();
  await shot('settings');
  await page.getByRole('button', { name: 'Restore…' }).first().click();
  await shot('settings-restore-confirm');
}
