// X matches, X accounts and the person's journey card against the real core, light and dark:
// empty (no archive), then after importing a small archive: the queue (focus, keys, link, new
// person, bulk accept, undo toast, wider scope), the four account views, naming an unresolved
// account, the journey card (both worlds, online only, none) and the queue caught up.
// Part of screenshots.ts; run alone with: npx tsx tests/screenshots/xShots.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { WebServer } from '../support/webServer';
import { account, dmConversation, follower, following, tweet, writeArchive } from '../support/xArchiveFixture';
import { OUT, SCHEMES, type Scheme, dialog, go, openApp, press, runAlone, shoot, withServer } from './flows';

const OWNER = '1000000000000000001';
// id, handle (null: never named in the archive), display name, follows: [I follow them, they follow me], DM months, replies
const ACCOUNTS: [string, string | null, string, [boolean, boolean], number, number][] = [
  ['2000000000000000002', 'kofi_b', 'Kofi Boateng', [true, true], 8, 3],
  ['2000000000000000003', 'jonas_weber', 'Jonas W.', [true, false], 5, 1],
  ['2000000000000000004', 'amelielaurent', 'Amélie Laurent', [false, true], 3, 2],
  ['2000000000000000005', 'mei_lin', 'Mei Lin Chen', [true, true], 2, 0],
  ['2000000000000000006', 'tomas_ruiz', 'Tomás Ruiz', [true, true], 0, 2],
  ['2000000000000000007', 'sam_carter', 'Sam Carter', [true, true], 0, 1],
  ['2000000000000000008', 'oluwaseun_a', 'Oluwaseun Adébáyọ̀', [false, false], 4, 0],
  ['2000000000000000010', 'priya_v', 'Priya V.', [true, true], 6, 4],
  ['2000000000000000009', null, '', [false, true], 0, 0],
];
// People already in Rapport before the import, and how they are known.
const PEOPLE: { displayName: string; identities?: { kind: 'x'; value: string }[] }[] = [
  { displayName: 'Kofi Boateng' },
  { displayName: 'Jonas Weber' },
  { displayName: 'Jonas Wagner' },
  { displayName: 'Amélie Laurent' },
  { displayName: 'Mei Lin Chen' },
  { displayName: 'Priya Venkataraman', identities: [{ kind: 'x', value: '@priya_v' }] },
  { displayName: 'Søren Nørgaard' },
  { displayName: 'Hana Novotná' },
];

const day = (monthsAgo: number, d: number) => {
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() - monthsAgo, d);
  at.setUTCHours(10, 0, 0, 0);
  return at;
};

/** The user's archive: DMs both ways each month, replies, follows both ways or one way, one account known only by its id. */
async function buildArchive(dir: string): Promise<string> {
  let n = 0;
  const id = () => String(3000000000000000000n + BigInt(++n));
  return writeArchive(dir, {
    layout: 'zip',
    name: 'twitter-2026-11-01-x-shots',
    files: {
      account: [account({ accountId: OWNER, username: 'me_rapport', displayName: 'Me' })],
      following: ACCOUNTS.filter(([, , , [f]]) => f).map(([aid]) => following(aid)),
      follower: ACCOUNTS.filter(([, , , [, f]]) => f).map(([aid]) => follower(aid)),
      directMessages: ACCOUNTS.filter(([, , , , months]) => months > 0).map(([aid, , , , months], i) =>
        dmConversation({
          ownerId: OWNER,
          participants: [aid],
          messages: Array.from({ length: months }, (_, m) => [
            { id: id(), senderId: aid, text: 'Coffee soon?', createdAt: day(months - m + i, 2 + i) },
            { id: id(), senderId: OWNER, text: 'Yes! Next week?', createdAt: day(months - m + i, 3 + i) },
          ])
            .flat()
            .reverse(),
        }),
      ),
      tweets: ACCOUNTS.flatMap(([aid, handle, name, , , replies], i) =>
        handle ? Array.from({ length: Math.max(1, replies) }, (_, r) => tweet({ id: id(), text: 'great thread', createdAt: day(r + 1, 10 + i), replyTo: { id: aid, handle, name } })) : [],
      ),
    },
  });
}

interface Seeded {
  people: Map<string, string>;
}

async function seed(server: WebServer, archive: string): Promise<Seeded> {
  const people = new Map<string, string>();
  for (const p of PEOPLE) people.set(p.displayName, (await server.rpc<{ id: string }>('people:create', p)).id);
  // Søren and Kofi were met in person; Søren is on no one's X list.
  const event = await server.rpc<{ id: string }>('events:create', { name: 'Web Summit 2024', kind: 'conference', startsOn: '2024-11-12', place: 'Lisbon' });
  for (const name of ['Søren Nørgaard', 'Kofi Boateng']) {
    await server.rpc('touchpoints:create', { at: '2024-11-12T15:00:00.000Z', channel: 'in_person', initiatedBy: 'me', personIds: [people.get(name)], eventId: event.id, note: 'Talked about community events.' });
  }
  await server.rpc('x:import', { path: archive });
  // Oluwaseun was not in Rapport: added from the account, so someone you talk to on X but never met.
  await server.rpc('x:create-person', { accountId: '2000000000000000008' });
  return { people };
}

/** Toasts stay 8 s; the next screens are shot without the last one's. */
async function dismissToasts(page: Page): Promise<void> {
  for (const button of await page.locator('.toast').getByRole('button', { name: 'Dismiss' }).all()) await button.click();
}

async function queueShots(page: Page, scheme: Scheme): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/x/matches', 'X matches');
  await page.getByRole('list', { name: 'Accounts to review' }).waitFor();
  await shot('x-matches');
  await press(page, 'j');
  await shot('x-matches-focus');
  await press(page, '?');
  await page.getByRole('complementary', { name: 'Keyboard shortcuts' }).scrollIntoViewIfNeeded();
  await shot('x-matches-keys');
  await press(page, '?', 'l');
  await dialog(page).getByRole('combobox', { name: 'Person' }).pressSequentially('Jon');
  await dialog(page).getByRole('option').first().waitFor();
  await shot('x-matches-link');
  await press(page, 'Escape', 'Escape', 'n');
  await dialog(page).getByLabel('Name').waitFor();
  await shot('x-matches-new-person');
  await press(page, 'Escape');
  await page.getByRole('combobox', { name: 'Accept all at or above' }).selectOption('0.6');
  await page.getByRole('button', { name: /Accept…/ }).click();
  await dialog(page).getByRole('list', { name: 'Links to make' }).waitFor();
  await shot('x-matches-accept-above');
  await press(page, 'Escape');
  await page.getByRole('listitem', { name: '@kofi_b' }).focus();
  await press(page, 'a');
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await shot('x-matches-accepted-toast');
  await dismissToasts(page);
  await go(page, '#/x/matches?scope=all&without=1', 'X matches');
  const unresolved = page.getByRole('listitem', { name: /Unresolved account/ });
  await unresolved.scrollIntoViewIfNeeded();
  await shot('x-matches-all-without-candidates');
}

async function accountShots(page: Page, scheme: Scheme): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  for (const [tab, name] of [
    ['mutuals', 'x-accounts-mutuals'],
    ['talk', 'x-accounts-talk-never-met'],
    ['met', 'x-accounts-met-not-connected'],
    ['all', 'x-accounts-all'],
  ] as const) {
    await go(page, `#/x/accounts?tab=${tab}`, 'X accounts');
    await page.getByRole('tabpanel').getByRole('list').or(page.getByRole('tabpanel').locator('.empty-state')).first().waitFor();
    await shot(name);
  }
  await page.getByRole('button', { name: 'Unresolved' }).click();
  const row = page.getByRole('listitem', { name: /Unresolved account/ });
  await row.getByRole('button', { name: /Name it/ }).click();
  await dialog(page).getByLabel(/Handle/).fill('ada-l');
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await dialog(page).getByText(/must be an X handle/i).waitFor();
  await shot('x-accounts-name-it-error');
  await press(page, 'Escape');
}

async function journeyShots(page: Page, scheme: Scheme, ids: Seeded): Promise<void> {
  const card = () => page.getByRole('region', { name: 'Online and offline' });
  const cardShot = async (name: string) => {
    await card().scrollIntoViewIfNeeded();
    await shoot(page, `${scheme}-${name}`);
    await card().screenshot({ path: join(OUT, `${scheme}-${name}-card.png`) });
  };
  await go(page, `#/people/${ids.people.get('Kofi Boateng')}`, 'Kofi Boateng');
  await card().getByRole('list', { name: /X accounts of/ }).waitFor();
  await cardShot('person-journey-both');
  await go(page, `#/people/${ids.people.get('Hana Novotná')}`, 'Hana Novotná');
  await card().getByText(/No account from your X archive/).waitFor();
  await cardShot('person-journey-none');
  // Mei Lin: linked by pasting her x.com link under Ways to reach.
  await go(page, `#/people/${ids.people.get('Mei Lin Chen')}`, 'Mei Lin Chen');
  const ways = page.getByRole('region', { name: 'Ways to reach' });
  await ways.getByRole('button', { name: 'Add' }).click();
  await ways.getByLabel('Handle, address or link').fill('https://x.com/mei_lin');
  await ways.getByRole('button', { name: 'Add', exact: true }).click();
  await card().getByRole('list', { name: /X accounts of/ }).waitFor();
  await cardShot('person-journey-online');
  await card().getByRole('button', { name: /^Unlink/ }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await shoot(page, `${scheme}-person-journey-unlink-toast`);
  await dismissToasts(page);
}

async function caughtUp(page: Page, scheme: Scheme): Promise<void> {
  await go(page, '#/x/matches', 'X matches');
  await page.getByRole('combobox', { name: 'Accept all at or above' }).selectOption('0.6');
  await page.getByRole('button', { name: /Accept…/ }).click();
  await dialog(page).getByRole('button', { name: /^Link \d/ }).click();
  await page.getByRole('heading', { name: 'All caught up' }).waitFor();
  await shoot(page, `${scheme}-x-matches-caught-up`);
}

/** A server per scheme, so each shows the same queue before the same clicks. */
export async function xScreens(browser: Browser): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-x-archives-'));
  try {
    const archive = await buildArchive(dir);
    for (const scheme of SCHEMES) {
      await withServer(`x-${scheme}`, async (server) => {
        const page = await openApp(browser, server.url, scheme);
        await go(page, '#/x/matches', 'X matches');
        await page.getByRole('heading', { name: 'No X archive imported yet' }).waitFor();
        await shoot(page, `${scheme}-empty-x-matches`);
        await go(page, '#/x/accounts', 'X accounts');
        await page.getByRole('heading', { name: 'No X archive imported yet' }).waitFor();
        await shoot(page, `${scheme}-empty-x-accounts`);
        const ids = await seed(server, archive);
        await queueShots(page, scheme);
        await accountShots(page, scheme);
        await journeyShots(page, scheme, ids);
        await caughtUp(page, scheme);
        await page.context().close();
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runAlone(import.meta.url, xScreens);
