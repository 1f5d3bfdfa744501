// Relationship health, keeping in touch, the prune view and the circle/reminder settings,
// light and dark. Part of screenshots.ts; run alone with: npx tsx tests/screenshots/healthShots.ts
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { OUT, SCHEMES, type Scheme, dialog, go, openApp, press, runAlone, shoot, withServer } from './flows';
import type { Rpc } from './seed';

const DAY_MS = 86_400_000;
/** Touchpoints per month, oldest first, for two years: busy, a quiet spell, warming again. */
const MONTHLY = [1, 0, 2, 3, 1, 0, 0, 2, 4, 3, 1, 2, 0, 1, 1, 0, 1, 0, 1, 2, 3, 4, 5, 3];
const KINDS = ['conversation', 'question', 'help_given', 'conversation', 'intro_received', 'compliment', 'share', 'thanks'];
const CHANNELS = ['x_dm', 'in_person', 'email', 'x_mention', 'call', 'linkedin'];
const ONE_WAY: [string, string | null][] = [
  ['Björn Sandvik', 'network'],
  ['Carla Méndez', 'keep_warm'],
  ['Dmitri Volkov', 'dormant'],
  ['Evan O’Neil', null],
  ['Fatima Zahra Benali', 'network'],
];

interface Ids {
  full: string;
  empty: string;
}

async function seedPeople(rpc: Rpc): Promise<Ids> {
  const full = (await rpc<{ id: string }>('people:create', { displayName: 'Amara Okafor', circle: 'close', notes: 'Runs the Lagos founders dinner.' })).id;
  const empty = (await rpc<{ id: string }>('people:create', { displayName: 'Hana Novotná', circle: 'network' })).id;
  const now = Date.now();
  let n = 0;
  for (let m = 0; m < MONTHLY.length; m++) {
    const monthsAgo = MONTHLY.length - 1 - m;
    for (let i = 0; i < MONTHLY[m]!; i++, n++) {
      // Spread within the month, the newest a few days ago.
      const at = new Date(now - monthsAgo * 30.4 * DAY_MS - (3 + i * 6) * DAY_MS).toISOString();
      await rpc('touchpoints:create', {
        at,
        channel: CHANNELS[n % CHANNELS.length],
        initiatedBy: n % 3 === 0 ? 'them' : 'me',
        kind: KINDS[n % KINDS.length],
        personIds: [full],
        note: n % 4 === 0 ? 'Caught up about the founders dinner.' : undefined,
      });
    }
  }
  return { full, empty };
}

async function seedOneWay(rpc: Rpc): Promise<void> {
  for (const [displayName, circle] of ONE_WAY) {
    const id = (await rpc<{ id: string }>('people:create', { displayName, circle })).id;
    const attempts = 3 + (displayName.length % 3);
    for (let i = 0; i < attempts; i++) {
      const at = new Date(Date.now() - (20 + i * 37) * DAY_MS).toISOString();
      await rpc('touchpoints:create', { at, channel: i % 2 ? 'x_mention' : 'email', initiatedBy: 'me', personIds: [id] });
    }
  }
}

async function personShots(page: Page, scheme: Scheme, ids: Ids): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, `#/people/${ids.full}`, 'Amara Okafor');
  await page.getByRole('img', { name: /Touchpoints per month/ }).waitFor();
  await shot('person-health');
  await page.getByRole('region', { name: 'Relationship health' }).screenshot({ path: join(OUT, `${scheme}-person-health-card.png`) });
  await page.getByRole('button', { name: 'Edit circle and cadence' }).click();
  await page.getByRole('form', { name: 'Keeping in touch' }).getByText('Their own').click();
  await page.getByRole('spinbutton', { name: 'Every how many days' }).fill('0');
  await page.getByRole('form', { name: 'Keeping in touch' }).getByRole('button', { name: 'Save' }).click();
  await page.getByText(/at least 1 day/).waitFor();
  await page.getByRole('region', { name: 'Keeping in touch' }).scrollIntoViewIfNeeded();
  await shot('person-cadence-edit-error');
  await press(page, 'Escape');
  await go(page, `#/people/${ids.empty}`, 'Hana Novotná');
  await page.getByText(/No touchpoints yet. Once you log some/).waitFor();
  await shot('person-health-empty');
}

async function settingsShots(page: Page, scheme: Scheme): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/settings', 'Settings');
  const circles = page.getByRole('region', { name: 'Circles and cadences' });
  await circles.getByRole('list', { name: 'Circles' }).waitFor();
  await circles.scrollIntoViewIfNeeded();
  await shot('settings-circles');
  const close = page.getByRole('form', { name: 'Close circle' });
  await close.getByRole('spinbutton').fill('0');
  await close.getByRole('button', { name: 'Save' }).click();
  await close.getByRole('alert').waitFor();
  await shot('settings-circles-error');
  await close.getByRole('spinbutton').press('Escape');
  const reminders = page.getByRole('region', { name: 'Reminders and notifications' });
  await reminders.getByRole('combobox', { name: 'Time zone' }).waitFor();
  await reminders.scrollIntoViewIfNeeded();
  await shot('settings-reminders');
  await go(page, '#/events', 'Events');
  await page.getByRole('button', { name: 'New event' }).first().click();
  await dialog(page).getByRole('combobox', { name: 'Follow-up reminder' }).waitFor();
  await shot('new-event-follow-up');
  await press(page, 'Escape');
}

/** Starts its own server so the figures do not depend on the other screenshots' data. */
export async function healthScreens(browser: Browser): Promise<void> {
  await withServer('health', async (server) => {
    const ids = await seedPeople(server.rpc);
    for (const scheme of SCHEMES) {
      const page = await openApp(browser, server.url, scheme);
      await go(page, '#/prune', 'Prune');
      await page.getByRole('heading', { name: 'Nobody to prune right now' }).waitFor();
      await shoot(page, `${scheme}-empty-prune`);
      await page.context().close();
    }
    await seedOneWay(server.rpc);
    for (const scheme of SCHEMES) {
      const page = await openApp(browser, server.url, scheme);
      await go(page, '#/prune', 'Prune');
      await page.getByRole('list', { name: 'Suggestions to prune' }).waitFor();
      await shoot(page, `${scheme}-prune`);
      await page.getByRole('listitem').first().focus();
      await press(page, 'ArrowDown');
      await shoot(page, `${scheme}-prune-focus`);
      await personShots(page, scheme, ids);
      await settingsShots(page, scheme);
      await page.context().close();
    }
  });
}

await runAlone(import.meta.url, healthScreens);
