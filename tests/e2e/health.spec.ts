import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DAY_MS = 86_400_000;

/** Opens the app from its private link, then a screen by its address. */
async function openAt(page: Page, url: string, hash: string, heading: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('a circle’s new cadence in Settings changes a person’s due state on their page', async ({ page, crm }) => {
  const ada = await crm.rpc<{ id: string }>('people:create', { displayName: 'Ada Obi', circle: 'close' });
  await crm.rpc('touchpoints:create', { at: new Date(Date.now() - 20 * DAY_MS).toISOString(), channel: 'call', initiatedBy: 'them', personIds: [ada.id] });

  await openAt(page, crm.url, `#/people/${ada.id}`, 'Ada Obi');
  const kept = page.getByRole('region', { name: 'Keeping in touch' });
  await expect(kept.getByText('On track')).toBeVisible();
  await expect(kept.getByText(/Every 30 days, from the Close circle/)).toBeVisible();
  const health = page.getByRole('region', { name: 'Relationship health' });
  await expect(health.getByText('They started 1 of the last 1.')).toBeVisible();
  await expect(health.getByRole('img', { name: /Touchpoints per month, .*: 1 touchpoint in all/ })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  const close = page.getByRole('form', { name: 'Close circle' });
  await expect(close.getByText('1 person')).toBeVisible();
  const days = close.getByRole('spinbutton', { name: 'Close: days between touches' });
  await days.fill('0');
  await close.getByRole('button', { name: 'Save' }).click();
  await expect(close.getByRole('alert')).toHaveText(/at least 1 day/);
  await days.fill('14');
  await days.press('Enter');
  await expect(page.getByText('Close: every 14 days')).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Obi' })).toBeVisible();
  await expect(kept.getByText('Overdue by 6 days')).toBeVisible();
  await expect(kept.getByText(/Every 14 days, from the Close circle/)).toBeVisible();
  const circles = await crm.rpc<{ id: string; cadenceDays: number }[]>('circles:list', {});
  expect(circles.find((c) => c.id === 'close')?.cadenceDays).toBe(14);
});

test('archive from the prune view, then Undo', async ({ page, crm }) => {
  const bo = await crm.rpc<{ id: string }>('people:create', { displayName: 'Bo Ng', circle: 'network' });
  const keen = await crm.rpc<{ id: string }>('people:create', { displayName: 'Kei Keen', circle: 'network' });
  for (let i = 0; i < 3; i++) {
    const at = new Date(Date.now() - (10 + i) * DAY_MS).toISOString();
    await crm.rpc('touchpoints:create', { at, channel: 'x_mention', initiatedBy: 'me', personIds: [bo.id] });
    await crm.rpc('touchpoints:create', { at, channel: 'x_mention', initiatedBy: i === 0 ? 'them' : 'me', personIds: [keen.id] });
  }

  await openAt(page, crm.url, '#/people', 'People');
  await page.getByRole('link', { name: 'Prune' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prune' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Suggestions to prune' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const row = list.getByRole('listitem', { name: /^Bo Ng:/ });
  await expect(row.getByText('You reached out 3 times; they never started a conversation.')).toBeVisible();
  await expect(row.getByText('Suggested: move to Dormant')).toBeVisible();

  await row.getByRole('button', { name: /Archive/ }).click();
  await expect(page.getByRole('heading', { name: 'Nobody to prune right now' })).toBeVisible();
  expect((await crm.rpc<{ archivedAt: string | null }>('people:get', { id: bo.id })).archivedAt).not.toBeNull();

  await page.getByRole('status').filter({ hasText: 'Archived Bo Ng' }).getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem', { name: /^Bo Ng:/ })).toBeVisible();
  expect((await crm.rpc<{ archivedAt: string | null }>('people:get', { id: bo.id })).archivedAt).toBeNull();
});
