// Today, Reminders, the person's reminders card and the inbox, light and dark, with data.
// Part of screenshots.ts; run alone with: npx tsx tests/screenshots/todayShots.ts
import type { Browser, Page } from '@playwright/test';
import { SCHEMES, type Scheme, dialog, go, openApp, press, runAlone, shoot, withServer } from './flows';
import type { Rpc } from './seed';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

// name, circle, days since the last touchpoint, interests
const PEOPLE: [string, string, number, string[]][] = [
  ['Oluwaseun Adébáyọ̀', 'inner', 41, ['Dr Pepper', 'angel investing']],
  ['José Ángel Ramírez', 'close', 94, ['college football']],
  ['Aoife Ní Bhriain', 'close', 52, ['rural broadband', 'podcasting']],
  ['Kofi Boateng', 'inner', 23, ['highlife']],
  ['Søren Nørgaard', 'keep_warm', 260, []],
  ['Mei Lin Chen', 'network', 20, []],
];

interface Ids {
  people: Map<string, string>;
}

async function seed(rpc: Rpc): Promise<Ids> {
  const now = Date.now();
  const people = new Map<string, string>();
  for (const [name, circle, days, interests] of PEOPLE) {
    const id = (await rpc<{ id: string }>('people:create', { displayName: name, circle, interests })).id;
    people.set(name, id);
    for (let i = 0; i < 4; i++) {
      await rpc('touchpoints:create', {
        at: new Date(now - (days + i * 30) * DAY_MS).toISOString(),
        channel: ['x_dm', 'in_person', 'email', 'call'][i],
        initiatedBy: i % 2 ? 'them' : 'me',
        kind: i === 1 && name.startsWith('Kofi') ? 'intro_received' : 'conversation',
        personIds: [id],
        note: i === 0 && name.startsWith('José') ? 'Talked about the Longhorns game.' : undefined,
      });
    }
  }
  const id = (name: string) => people.get(name)!;
  const soon = new Date(now + 3 * DAY_MS);
  await rpc('people:update', { id: id('Mei Lin Chen'), patch: { birthday: `1990-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}` } });

  const event = await rpc<{ id: string }>('events:create', { name: "Gilda's Club benefit lunch", kind: 'dinner', startsOn: localDay(now - 3 * DAY_MS), place: 'New York' });
  for (const [displayName, hook] of [
    ['Chuck Flagg', 'aviation art; send him the HBR article'],
    ['Amélie Laurent', 'runs a design studio'],
    ['Priya Venkataraman', 'wants an intro to Kofi'],
  ]) {
    await rpc('events:capture', { eventId: event.id, displayName, hook, identities: [], interests: [] });
  }

  await rpc('reminders:create', { personId: id('Kofi Boateng'), title: 'Return the favour: intro Kofi to Lan', due: localDay(now - 2 * DAY_MS), note: 'He introduced me to Lan in March.' });
  await rpc('reminders:create', { personId: id('Aoife Ní Bhriain'), title: 'Send Aoife the broadband report', due: localDay(now - DAY_MS) });
  const later = new Date(now);
  later.setHours(Math.min(22, later.getHours() + 2), 0, 0, 0);
  await rpc('reminders:create', { title: 'Draft the newsletter', due: later.toISOString() });
  await rpc('reminders:create', { personId: id('Søren Nørgaard'), title: 'Quarterly check-in with Søren', due: localDay(now + 5 * DAY_MS), rrule: 'FREQ=MONTHLY;INTERVAL=3' });
  await rpc('reminders:create', { title: 'Weekly review of new contacts', due: localDay(now + 2 * DAY_MS), rrule: 'FREQ=WEEKLY;BYDAY=FR' });
  const snooze = await rpc<{ id: string }>('reminders:create', { personId: id('José Ángel Ramírez'), title: 'Ask José how the Longhorns did', due: localDay(now) });
  await rpc('reminders:snooze', { id: snooze.id, preset: 'next_week' });
  const done = await rpc<{ id: string }>('reminders:create', { personId: id('Mei Lin Chen'), title: 'Congratulate Mei Lin on the launch', due: localDay(now - 4 * DAY_MS) });
  await rpc('reminders:complete', { id: done.id, log: { channel: 'x_dm', note: 'Sent congratulations' } });
  return { people };
}

async function todayShots(page: Page, scheme: Scheme): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await page.getByRole('list', { name: 'Reconnect' }).waitFor();
  await shot('today');
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shot('today-scrolled');
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  await press(page, 'j', 'j', 'j', 'j');
  await shot('today-focus');
  await press(page, '?');
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shot('today-keys');
  await press(page, '?', 'k', 'k', 'k', 's');
  await dialog(page).waitFor();
  await shot('today-snooze');
  await press(page, 'Escape', 'l');
  await dialog(page).waitFor();
  await shot('today-done-log');
  await press(page, 'Escape');
  await page.getByRole('button', { name: /^Cadence and circle for/ }).first().click();
  await shot('today-cadence');
  await press(page, 'Escape');
}

async function reminderShots(page: Page, scheme: Scheme, ids: Ids): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/reminders', 'Reminders');
  await page.getByRole('list', { name: 'Open reminders' }).waitFor();
  await shot('reminders');
  for (const tab of ['Snoozed', 'Done']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('list', { name: `${tab} reminders` }).waitFor();
    await shot(`reminders-${tab.toLowerCase()}`);
  }
  await page.getByRole('tab', { name: 'Dismissed' }).click();
  await page.getByRole('heading', { name: 'Nothing dismissed' }).waitFor();
  await shot('reminders-dismissed-empty');
  await page.getByRole('tab', { name: 'Open' }).click();
  await press(page, 'n');
  await dialog(page).getByRole('combobox', { name: 'About' }).fill('Kofi');
  await page.getByRole('option', { name: /Kofi Boateng/ }).click();
  await dialog(page).getByLabel('Repeat').selectOption('weekly');
  await shot('new-reminder');
  await dialog(page).getByLabel('Repeat').selectOption('custom');
  await dialog(page).getByLabel('Rule').fill('FREQ=SOMETIMES');
  await dialog(page).getByRole('button', { name: 'Set reminder' }).click();
  await dialog(page).getByRole('alert').first().waitFor();
  await shot('new-reminder-invalid-rule');
  await press(page, 'Escape');
  await go(page, `#/people/${ids.people.get('Kofi Boateng')}`, 'Kofi Boateng');
  await page.getByRole('list', { name: 'Reminders for Kofi Boateng' }).waitFor();
  await shot('person-reminders');
}

async function inboxShot(page: Page, scheme: Scheme): Promise<void> {
  // crm web checks reminders every 30 s; the overdue ones arrive as one "missed" summary.
  await page.getByRole('button', { name: /Notifications, \d+ unread/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /Notifications/ }).click();
  await page.getByRole('dialog', { name: 'Notifications' }).waitFor();
  await shoot(page, `${scheme}-inbox`);
  await press(page, 'Escape');
}

/** Before any data: what each screen says to do, and the inbox with nothing in it. */
async function emptyShots(page: Page, scheme: Scheme): Promise<void> {
  await page.getByRole('heading', { name: 'Nothing due today' }).waitFor();
  await shoot(page, `${scheme}-today-empty`);
  await go(page, '#/reminders', 'Reminders');
  await page.getByRole('heading', { name: 'No open reminders' }).waitFor();
  await shoot(page, `${scheme}-reminders-empty`);
  await page.getByRole('button', { name: 'Notifications' }).click();
  await page.getByText('No notifications yet').waitFor();
  await shoot(page, `${scheme}-inbox-empty`);
}

/** The palette's reminder commands. */
async function paletteShots(page: Page, scheme: Scheme): Promise<void> {
  await go(page, '#/today', 'Today');
  await press(page, 'Control+k');
  await page.keyboard.type('remind');
  await page.getByRole('option', { name: /New reminder/ }).first().waitFor();
  await shoot(page, `${scheme}-palette-reminders`);
  await press(page, 'Enter');
  await page.getByRole('dialog', { name: 'New reminder' }).waitFor();
  await shoot(page, `${scheme}-palette-new-reminder`);
  await press(page, 'Escape');
}

/** Today once a section holds more than it shows at first (after every other shot: it changes the rows). */
async function longSectionShot(page: Page, scheme: Scheme): Promise<void> {
  await page.getByRole('button', { name: /^Show all \d+/ }).first().waitFor();
  await shoot(page, `${scheme}-today-long-section`);
}

/** Starts its own server with its own people, reminders and event. */
export async function todayScreens(browser: Browser): Promise<void> {
  await withServer('today', async (server) => {
    for (const scheme of SCHEMES) {
      const page = await openApp(browser, server.url, scheme);
      await emptyShots(page, scheme);
      await page.context().close();
    }
    const ids = await seed(server.rpc);
    for (const scheme of SCHEMES) {
      const page = await openApp(browser, server.url, scheme);
      await todayShots(page, scheme);
      await reminderShots(page, scheme, ids);
      await inboxShot(page, scheme);
      await paletteShots(page, scheme);
      await page.context().close();
    }
    for (let i = 1; i <= 9; i++) await server.rpc('reminders:create', { title: `Send the follow-up deck #${i}`, due: localDay(Date.now() - (2 + i) * DAY_MS) });
    for (const scheme of SCHEMES) {
      const page = await openApp(browser, server.url, scheme);
      await longSectionShot(page, scheme);
      await page.context().close();
    }
  });
}

await runAlone(import.meta.url, todayScreens);
