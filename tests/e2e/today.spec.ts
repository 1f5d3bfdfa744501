import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type WebServer, startWebServer } from '../support/webServer';
import { expect, test } from './fixtures';
import { EventPage } from './pages/eventPage';

const DAY_MS = 86_400_000;

interface Reminder {
  id: string;
  title: string;
  kind: string;
  status: string;
  dueAt: string;
  snoozedUntil: string | null;
}

const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function openToday(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole('list', { name, exact: true });

test('an event capture creates follow-ups that show on Today, and are overdue once two days have passed', async ({ page }) => {
  // The core's clock is fixed with `crm --now`, then moved three days on (same database, new server).
  const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-clock-'));
  const dbPath = join(dir, 'crm.db');
  const t0 = Date.now();
  let server: WebServer = await startWebServer(dbPath, 45_000, ['--now', new Date(t0).toISOString()]);
  try {
    const event = await server.rpc<{ id: string }>('events:create', { name: "Gilda's Club lunch", kind: 'dinner', startsOn: localDay(t0 - DAY_MS) });
    const eventPage = new EventPage(page);
    await openToday(page, server.url);
    await page.evaluate(`location.hash = '#/events/${event.id}/capture'`);
    await eventPage.capture({ name: 'Chuck Flagg', hook: 'aviation art; send him the HBR article', handle: '@theflaggagency' });
    await eventPage.capture({ name: 'Amélie Laurent', hook: 'runs a design studio' });

    await page.getByRole('link', { name: 'Today' }).click();
    const awaiting = section(page, 'Events awaiting follow-up');
    const row = awaiting.getByRole('listitem', { name: "Gilda's Club lunch" });
    await expect(row.getByText('2 people to follow up')).toBeVisible();
    await expect(row.getByRole('link', { name: 'Chuck Flagg' })).toBeVisible();
    const reminders = await server.rpc<{ items: Reminder[] }>('reminders:list', { status: 'open', limit: 10 });
    expect(reminders.items.map((r) => r.kind)).toEqual(['event_follow_up', 'event_follow_up']);
    // Not due yet: the follow-up comes two days after meeting.
    await expect(section(page, 'Overdue')).toBeHidden();

    // The row leads to the event.
    await row.getByRole('link', { name: "Gilda's Club lunch" }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Gilda's Club lunch" })).toBeVisible();

    await page.goto('about:blank');
    await server.stop();
    server = await startWebServer(dbPath, 45_000, ['--now', new Date(t0 + 3 * DAY_MS).toISOString()]);
    await openToday(page, server.url);
    const overdue = section(page, 'Overdue');
    await expect(overdue.getByRole('listitem', { name: "Follow up with Chuck Flagg (met at Gilda's Club lunch)" })).toBeVisible();
    await expect(overdue.getByRole('listitem', { name: "Follow up with Amélie Laurent (met at Gilda's Club lunch)" })).toBeVisible();
    await expect(section(page, 'Reconnect').getByText(/Met at Gilda's Club lunch/).first()).toBeVisible();
    await page.goto('about:blank');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('snooze moves a reminder: it leaves Overdue and Due, and shows under Snoozed with its new time', async ({ page, crm }) => {
  const kofi = await crm.rpc<{ id: string }>('people:create', { displayName: 'Kofi Boateng' });
  const reminder = await crm.rpc<Reminder>('reminders:create', { personId: kofi.id, title: 'Send Kofi the deck', due: localDay(Date.now() - DAY_MS) });
  await openToday(page, crm.url);
  await expect(section(page, 'Overdue').getByRole('listitem', { name: 'Send Kofi the deck' })).toBeVisible();

  await page.keyboard.press('j');
  await expect(page.getByRole('listitem', { name: 'Send Kofi the deck' })).toBeFocused();
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Snooze' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /Tomorrow morning/ }).click();
  await expect(page.getByText(/^Snoozed until/).first()).toBeVisible();
  await expect(section(page, 'Overdue')).toBeHidden();

  const snoozed = await crm.rpc<Reminder>('reminders:get', { id: reminder.id });
  expect(snoozed.status).toBe('snoozed');
  const time = await page.evaluate((iso) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso)), snoozed.snoozedUntil!);

  await page.getByRole('link', { name: 'Reminders' }).click();
  await page.getByRole('tab', { name: 'Due' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing due' })).toBeVisible();
  await page.getByRole('tab', { name: 'Snoozed' }).click();
  const row = page.getByRole('list', { name: 'Snoozed reminders' }).getByRole('listitem', { name: 'Send Kofi the deck' });
  await expect(row.getByText(`Snoozed until tomorrow, ${time}`)).toBeVisible();
});

test('done & log logs a touchpoint and the person leaves the reconnect list; so does logging from a suggestion', async ({ page, crm }) => {
  const longAgo = new Date(Date.now() - 120 * DAY_MS).toISOString();
  const ben = await crm.rpc<{ id: string }>('people:create', { displayName: 'Ben Okafor', circle: 'inner' });
  const ada = await crm.rpc<{ id: string }>('people:create', { displayName: 'Ada Obi', circle: 'inner', interests: ['college football'] });
  for (const who of [ben, ada]) await crm.rpc('touchpoints:create', { at: longAgo, channel: 'call', initiatedBy: 'them', personIds: [who.id] });
  await crm.rpc('reminders:create', { personId: ben.id, title: 'Call Ben about the offsite', due: localDay(Date.now() - DAY_MS) });

  await openToday(page, crm.url);
  const reconnect = section(page, 'Reconnect');
  await expect(reconnect.getByRole('listitem', { name: 'Ben Okafor' })).toBeVisible();
  await expect(reconnect.getByRole('listitem', { name: 'Ada Obi' }).getByText(/you aim for every 14/)).toBeVisible();

  // Done & log on Ben's reminder, from the keyboard.
  await page.keyboard.press('j');
  await expect(page.getByRole('listitem', { name: 'Call Ben about the offsite' })).toBeFocused();
  await page.keyboard.press('l');
  const done = page.getByRole('dialog', { name: 'Done & log touchpoint' });
  await done.locator('label', { hasText: 'Video call' }).click();
  await expect(done.getByRole('radio', { name: 'Video call' })).toBeChecked();
  await done.getByLabel('Note').fill('Planned the offsite together');
  await page.keyboard.press('Control+Enter');
  await expect(done).toBeHidden();
  await expect(reconnect.getByRole('listitem', { name: 'Ben Okafor' })).toBeHidden();
  await expect(section(page, 'Overdue')).toBeHidden();

  // Log touchpoint straight from Ada's suggestion.
  const adaRow = reconnect.getByRole('listitem', { name: 'Ada Obi' });
  await adaRow.focus();
  await page.keyboard.press('l');
  const log = page.getByRole('dialog', { name: 'Log touchpoint' });
  await expect(log.getByText('Ada Obi')).toBeVisible();
  await log.getByLabel('Note').fill('Talked about the Bulldogs game');
  await page.keyboard.press('Control+Enter');
  await expect(log).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Nothing due today' })).toBeVisible();

  for (const [who, name, note] of [[ben, 'Ben Okafor', 'Planned the offsite together'], [ada, 'Ada Obi', 'Talked about the Bulldogs game']] as const) {
    await page.evaluate(`location.hash = '#/people/${who.id}'`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('list', { name: /^Timeline with/ }).getByText(note)).toBeVisible();
  }
  const list = await crm.rpc<{ personId: string }[]>('reconnect:list', { limit: 10 });
  expect(list).toEqual([]);
});
