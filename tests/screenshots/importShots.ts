// The Import screen against the real core, light and dark: empty, a preview, a report, an import
// in progress (a large synthetic archive), a refused archive, and the history with an undone import.
// Part of screenshots.ts; run alone with: npx tsx tests/screenshots/importShots.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, expect } from '@playwright/test';
import { account, dmConversation, follower, following, tweet, writeArchive } from '../support/xArchiveFixture';
import { writeSyntheticArchive } from '../support/xArchiveSynthetic';
import { SCHEMES, type Scheme, go, openApp, press, runAlone, shoot, withServer } from './flows';

const OWNER = '1000000000000000001';
const FRIENDS: [id: string, handle: string, name: string][] = [
  ['2000000000000000002', 'kofi_b', 'Kofi Boateng'],
  ['2000000000000000003', 'mei_lin', 'Mei Lin Chen'],
  ['2000000000000000004', 'amelie_studio', 'Amélie Laurent'],
  ['2000000000000000005', 'soren_n', 'Søren Nørgaard'],
  ['2000000000000000006', 'priya_v', 'Priya Venkataraman'],
];

interface Archives {
  older: string;
  newer: string;
  broken: string;
  large: string;
}

/** Ada's archive: DMs both ways with each friend, a reply to each; `months` of them, so a newer archive holds more. */
function friendlyArchive(name: string, months: number) {
  let n = 0;
  const id = () => String(3000000000000000000n + BigInt(++n));
  const day = (m: number, d: number) => new Date(Date.UTC(2026, m, d, 10));
  return {
    layout: 'zip' as const,
    name,
    files: {
      account: [account({ accountId: OWNER, username: 'ada_l', displayName: 'Ada Lovelace' })],
      following: FRIENDS.map(([fid]) => following(fid)),
      follower: FRIENDS.slice(0, 3).map(([fid]) => follower(fid)),
      directMessages: FRIENDS.map(([fid], i) =>
        dmConversation({
          ownerId: OWNER,
          participants: [fid],
          messages: Array.from({ length: months }, (_, m) => [
            { id: id(), senderId: OWNER, text: 'Good to hear from you', createdAt: day(m, 3 + i) },
            { id: id(), senderId: fid, text: 'Coffee soon?', createdAt: day(m, 2 + i) },
          ])
            .flat()
            .reverse(),
        }),
      ),
      tweets: FRIENDS.map(([fid, handle, fname], i) => tweet({ id: String(4000000000000000000n + BigInt(i)), text: 'congratulations!', createdAt: day(4, 10 + i), replyTo: { id: fid, handle, name: fname } })),
    },
  };
}

async function buildArchives(dir: string): Promise<Archives> {
  const broken = await writeArchive(dir, {
    layout: 'zip',
    name: 'twitter-2026-05-01-broken',
    files: { account: [account({ accountId: OWNER, username: 'ada_l' })], tweets: 'window.YTD.tweets.part0 = [ {\n  "tweet" : {\n    "id_str" : "1",\n  }\n} ]' },
  });
  const large = join(dir, 'twitter-2026-09-01-large.zip');
  await writeSyntheticArchive(large, { following: 3_000, followers: 5_000, tweets: 60_000, dms: 6_000, seed: 7 });
  return {
    older: await writeArchive(dir, friendlyArchive('twitter-2026-03-01-a1b2c3', 2)),
    newer: await writeArchive(dir, friendlyArchive('twitter-2026-09-01-d4e5f6', 6)),
    broken,
    large,
  };
}

async function usePath(page: Page, path: string): Promise<void> {
  await page.getByLabel('or paste the path of the archive or its extracted folder').fill(path);
  await page.getByRole('button', { name: 'Use this path' }).click();
  await page.getByLabel('Chosen archive').waitFor();
}

async function importShots(page: Page, scheme: Scheme, archives: Archives): Promise<void> {
  const shot = (name: string) => shoot(page, `${scheme}-${name}`);
  await go(page, '#/import', 'Import');
  await page.getByRole('list', { name: 'Imports' }).waitFor();

  await usePath(page, archives.newer);
  await shot('import-chosen');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.waitFor({ timeout: 60_000 });
  await shot('import-preview');
  await preview.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('region', { name: 'Import report' }).waitFor({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Imports' }).getByRole('listitem')).toHaveCount(2);
  await shot('import-report');

  const history = page.getByRole('list', { name: 'Imports' });
  await history.getByRole('button', { name: 'Undo this import…' }).first().click();
  await history.scrollIntoViewIfNeeded();
  await shot('import-history-undo-confirm');
  await press(page, 'Escape');

  await page.getByRole('button', { name: 'Import another archive' }).click();
  await usePath(page, archives.large);
  await page.getByRole('button', { name: 'Preview' }).click();
  const bar = page.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]/, { timeout: 60_000 });
  await shot('import-progress');
  await press(page, 'Escape');
  await page.getByText(/Preview cancelled. Nothing was imported./).waitFor({ timeout: 60_000 });
  await shot('import-cancelled');

  await page.getByRole('button', { name: 'Change…' }).click();
  await page.getByLabel('Choose .zip…').setInputFiles(archives.broken);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('alert').waitFor({ timeout: 60_000 });
  await shot('import-error');
}

/** A server per scheme, so each shows the same first import and the same undone one. */
export async function importScreens(browser: Browser): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-archives-'));
  try {
    const archives = await buildArchives(dir);
    for (const scheme of SCHEMES) {
      await withServer(`import-${scheme}`, async (server) => {
        const page = await openApp(browser, server.url, scheme);
        await go(page, '#/import', 'Import');
        await page.getByText(/No imports yet/).waitFor();
        await shoot(page, `${scheme}-import-empty`);
        for (const [, handle, name] of FRIENDS.slice(0, 4)) {
          await server.rpc('people:create', { displayName: name, identities: [{ kind: 'x', value: handle }] });
        }
        const older = await server.rpc<{ importId: string }>('x:import', { path: archives.older });
        await server.rpc('imports:undo', { id: older.importId });
        await importShots(page, scheme, archives);
        await page.context().close();
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runAlone(import.meta.url, importScreens);
