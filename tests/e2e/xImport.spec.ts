// The X archive end to end in browser mode: a small archive built by the fixture is uploaded
// through the file input, previewed, imported; its match is accepted in the review queue; the
// person's timeline then shows the DMs and the reply as X touchpoints. Real core throughout.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { account, dmConversation, follower, following, tweet, writeArchive } from '../support/xArchiveFixture';
import { expect, test } from './fixtures';

const OWNER = '1000000000000000001';
const KOFI = '2000000000000000002';
const MEI = '2000000000000000003';
const at = (iso: string) => new Date(iso);

/** Ada's archive: she and Kofi write each other on two days and she replies to him once; she follows Mei. */
function archiveSpec() {
  const msg = (id: number, from: string, text: string, when: string) => ({ id: String(3000000000000000000n + BigInt(id)), senderId: from, text, createdAt: at(when) });
  return {
    layout: 'zip' as const,
    name: 'twitter-2026-09-01-e2e',
    files: {
      account: [account({ accountId: OWNER, username: 'ada_l', displayName: 'Ada Lovelace' })],
      following: [following(KOFI), following(MEI)],
      follower: [follower(KOFI)],
      directMessages: [
        dmConversation({
          ownerId: OWNER,
          participants: [KOFI],
          messages: [
            msg(4, OWNER, 'Yes, Thursday works', '2026-04-10T09:30:00Z'),
            msg(3, KOFI, 'Coffee next week?', '2026-04-10T09:00:00Z'),
            msg(2, OWNER, 'Likewise! Let us keep in touch', '2026-03-02T11:00:00Z'),
            msg(1, KOFI, 'Great to meet you at Config', '2026-03-02T10:00:00Z'),
          ],
        }),
      ],
      tweets: [
        tweet({ id: '4000000000000000001', text: 'congratulations on the launch!', createdAt: at('2026-05-01T12:00:00Z'), replyTo: { id: KOFI, handle: 'kofi_b', name: 'Kofi Boateng' } }),
        tweet({ id: '4000000000000000002', text: 'great talk by @mei_lin today', createdAt: at('2026-05-03T12:00:00Z'), mentions: [{ id: MEI, handle: 'mei_lin', name: 'Mei Lin' }] }),
      ],
    },
  };
}

interface TimelinePage {
  items: { type: string; touchpoint?: { channel: string } }[];
}

test('uploads an X archive, previews and imports it, accepts the match, and the timeline shows the X touchpoints', async ({ page, crm }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-x-e2e-'));
  try {
    const archive = await writeArchive(dir, archiveSpec());
    const kofi = await crm.rpc<{ id: string }>('people:create', { displayName: 'Kofi Boateng', identities: [{ kind: 'x', value: 'kofi_b' }] });

    await page.goto(crm.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
    await expect(page.getByText(/No imports yet/)).toBeVisible();

    // Browser mode: the page uploads the file to the server on this machine.
    await page.getByLabel('Choose .zip…').setInputFiles(archive);
    const chosen = page.getByLabel('Chosen archive');
    await expect(chosen.getByText('twitter-2026-09-01-e2e.zip')).toBeVisible();
    await expect(chosen.getByText(/Uploaded copy/)).toBeVisible();

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: /Preview of @ada_l’s archive/ })).toBeVisible({ timeout: 30_000 });
    await expect(preview.getByText('Mutuals').locator('..')).toHaveText('Mutuals1');
    await expect(preview.getByText('DM messages').locator('..')).toHaveText('DM messages4in 1 conversation');
    await expect(page.getByText(/No imports yet/)).toBeVisible();

    await preview.getByRole('button', { name: 'Import' }).click();
    const report = page.getByRole('region', { name: 'Import report' });
    await expect(report.getByRole('heading', { name: 'Imported @ada_l’s archive' })).toBeVisible({ timeout: 30_000 });
    const history = page.getByRole('list', { name: 'Imports' });
    await expect(history.getByText('twitter-2026-09-01-e2e.zip')).toBeVisible();
    await expect(history.getByRole('listitem').first()).toContainText('Imported');
    // The uploaded copy has served its purpose.
    const uploads = join(dirname(crm.dbPath), 'uploads');
    await expect.poll(() => (existsSync(uploads) ? readdirSync(uploads) : [])).toEqual([]);

    await report.getByRole('link', { name: /^Review \d+ match/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'X matches' })).toBeVisible();
    const row = page.getByRole('listitem', { name: '@kofi_b' });
    await expect(row.getByRole('list', { name: 'Who @kofi_b may be' })).toContainText('Kofi Boateng');
    await row.getByRole('button', { name: /^Accept/ }).click();
    await expect(row).toBeHidden();

    await page.evaluate(`location.hash = '#/people/${kofi.id}'`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kofi Boateng' })).toBeVisible();
    const timeline = page.getByRole('list', { name: /^Timeline with/ });
    await expect(timeline.getByText('X DM').first()).toBeVisible();
    await expect(timeline.getByText('X mention/reply').first()).toBeVisible();

    const entries = await crm.rpc<TimelinePage>('timeline:person', { personId: kofi.id, limit: 50 });
    const channels = entries.items.flatMap((e) => (e.touchpoint ? [e.touchpoint.channel] : []));
    expect(channels.filter((c) => c === 'x_dm').length).toBeGreaterThanOrEqual(2);
    expect(channels).toContain('x_mention');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
