import { expect, test } from './fixtures';

test('the RPC door refuses a wrong or missing token and changes nothing', async ({ request, crm }) => {
  const before = await crm.rpc<{ people: number }>('app:info');

  const wrong = await request.post(`${crm.origin}/rpc/people:list`, {
    headers: { Authorization: 'Bearer not-the-token' },
    data: { limit: 10 },
  });
  expect(wrong.status()).toBe(401);
  const missing = await request.post(`${crm.origin}/rpc/people:list`, { data: { limit: 10 } });
  expect(missing.status()).toBe(401);
  const write = await request.post(`${crm.origin}/rpc/people:create`, {
    headers: { Authorization: 'Bearer not-the-token' },
    data: { displayName: 'Mallory' },
  });
  expect(write.status()).toBe(401);
  expect(await write.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const after = await crm.rpc<{ people: number }>('app:info');
  expect(after.people).toBe(before.people);
  const listed = await crm.rpc<{ items: unknown[] }>('people:list', { limit: 10, includeArchived: true });
  expect(listed.items).toEqual([]);
});

test('without the token the page explains how to open the app', async ({ page, crm }) => {
  await page.goto(`${crm.origin}/`);
  await expect(page.getByRole('heading', { name: 'Open Rapport from its private link' })).toBeVisible();
  await expect(page.getByText('npm run web').first()).toBeVisible();
});
