// Screenshots of every screen, light and dark, empty and with data, for reviewing the look.
// Run: npx electron-vite build && npx tsx tests/screenshots/screenshots.ts   (PNGs go to .tmp/screenshots/)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config';
import { type WebServer, startWebServer } from '../support/webServer';
import { OUT, SCHEMES, type Scheme, dialog, eventScreens, go, openApp, overlayScreens, peopleScreens, personScreens, press, shoot, waitLoaded } from './flows';
import { contactsScreens } from './contactsShots';
import { healthScreens } from './healthShots';
import { importScreens } from './importShots';
import { seedData } from './seed';
import { todayScreens } from './todayShots';
import { xScreens } from './xShots';

/** A fresh tab on the app, on People, where these flows begin. */
async function openOnPeople(browser: Browser, server: WebServer, scheme: Scheme): Promise<Page> {
  const page = await openApp(browser, server.url, scheme);
  await go(page, '#/people', 'People');
  return page;
}

/** Every screen with nothing in it: what a new user sees first, each saying what to do. */
async function emptyScreens(browser: Browser, server: WebServer, scheme: Scheme): Promise<void> {
  const page = await openOnPeople(browser, server, scheme);
  const shot = (name: string) => shoot(page, `${scheme}-empty-${name}`);
  await page.getByText('No people yet — add').waitFor();
  await shot('people');
  for (const [hash, heading] of [['events', 'Events'], ['timeline', 'Timeline'], ['today', 'Today'], ['reminders', 'Reminders'], ['import', 'Import']]) {
    await go(page, `#/${hash}`, heading!);
    await shot(hash!);
  }
  await go(page, '#/settings', 'Settings');
  await page.getByRole('heading', { name: 'Backups' }).waitFor();
  await waitLoaded(page);
  await shot('settings');
  await go(page, '#/people', 'People');
  await press(page, 'Control+n');
  await shot('add-person');
  await dialog(page).getByRole('button', { name: 'Add person' }).click();
  await page.getByText('Enter a name').waitFor();
  await shot('add-person-name-missing');
  await press(page, 'Escape', 'Control+k');
  await shot('palette');
  await press(page, 'Escape', 'Control+Shift+K');
  await shot('quick-capture');
  await press(page, 'Escape', 'Control+l');
  await shot('log-touchpoint');
  await press(page, 'Escape');
  await go(page, '#/events', 'Events');
  await page.getByRole('button', { name: 'New event' }).first().click();
  await dialog(page).getByRole('button', { name: 'Create event' }).click();
  await shot('new-event-name-missing');
  await press(page, 'Escape');

  await page.goto(`${server.origin}/`);
  await page.evaluate('sessionStorage.clear()');
  await page.reload();
  await page.getByRole('heading', { name: 'Open Rapport from its private link' }).waitFor();
  await shoot(page, `${scheme}-no-token`);
  await page.context().close();
}

/** A person and an event that exist but have nothing in them yet. */
async function loneScreens(browser: Browser, server: WebServer, scheme: Scheme, lone: { person: string; event: string }): Promise<void> {
  const page = await openOnPeople(browser, server, scheme);
  const shot = (name: string) => shoot(page, `${scheme}-empty-${name}`);
  await go(page, `#/people/${lone.person}`, /Hana/);
  await page.getByText(/Nothing logged with/).waitFor();
  await shot('person');
  await go(page, `#/events/${lone.event}`, /Prague/);
  await shot('event');
  await press(page, 'c');
  await page.getByRole('combobox', { name: 'Name' }).waitFor();
  await shot('event-capture');
  await page.context().close();
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'rapport-shots-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const servers: WebServer[] = [];
  try {
    const empty = await startWebServer(join(dir, 'empty.db'));
    servers.push(empty);
    for (const scheme of SCHEMES) await emptyScreens(browser, empty, scheme);
    const lone = {
      person: (await empty.rpc<{ id: string }>('people:create', { displayName: 'Hana Novotná' })).id,
      event: (await empty.rpc<{ id: string }>('events:create', { name: 'Prague design meetup', kind: 'meetup' })).id,
    };
    for (const scheme of SCHEMES) await loneScreens(browser, empty, scheme, lone);

    const full = await startWebServer(join(dir, 'full.db'));
    servers.push(full);
    const ids = await seedData(full.rpc);
    await full.rpc('backups:create', { reason: 'manual' });
    await full.rpc('backups:create', { reason: 'manual' });
    process.stdout.write(`seeded ${ids.people.size} people, ${ids.events.size} events\n`);
    for (const scheme of SCHEMES) {
      const page = await openOnPeople(browser, full, scheme);
      await peopleScreens(page, scheme);
      await personScreens(page, scheme, ids);
      await eventScreens(page, scheme, ids);
      await overlayScreens(page, scheme);
      await page.context().close();
    }
    await todayScreens(browser);
    await healthScreens(browser);
    await importScreens(browser);
    await xScreens(browser);
    await contactsScreens(browser);
  } finally {
    await browser.close();
    for (const server of servers) {
      await server.stop();
    }
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`screenshots in ${OUT}\n`);
}

await main();
