import { expect, test } from './fixtures';
import { PeoplePage } from './pages/peoplePage';

test('the person timeline shows online and offline touchpoints, told apart, and logs a new one with Ctrl+L', async ({ page, crm }) => {
  const ada = await crm.rpc<{ id: string }>('people:create', { displayName: 'Ada Obi', identities: [{ kind: 'x', value: 'adaobi' }] });
  const lunch = await crm.rpc<{ id: string }>('events:create', { name: 'Benefit lunch', startsOn: '2025-06-12' });
  await crm.rpc('touchpoints:create', { at: '2025-06-12T12:30:00Z', channel: 'in_person', initiatedBy: 'me', kind: 'conversation', personIds: [ada.id], eventId: lunch.id, note: 'Sat at the same table' });
  await crm.rpc('touchpoints:create', { at: '2025-07-02T09:00:00Z', channel: 'x_dm', initiatedBy: 'them', kind: 'question', personIds: [ada.id], note: 'Asked about the HBR article' });

  await new PeoplePage(page).openPerson(crm.url, ada.id, 'Ada Obi');
  const timeline = page.getByRole('list', { name: 'Timeline with Ada Obi' });
  await expect(timeline.getByRole('heading', { name: 'July 2025' })).toBeVisible();
  await expect(timeline.getByRole('heading', { name: 'June 2025' })).toBeVisible();

  const dm = timeline.getByRole('article', { name: /^X DM · Question/ });
  await expect(dm.getByText('Online')).toBeVisible();
  await expect(dm.getByText('Asked about the HBR article')).toBeVisible();
  const met = timeline.getByRole('article', { name: /^In person · Conversation/ });
  await expect(met.getByText('Offline')).toBeVisible();
  await expect(met.getByRole('link', { name: 'Benefit lunch' })).toBeVisible();
  // Filled disc offline, outlined ring online: different at a glance, not only by colour.
  const style = (el: typeof dm) =>
    el.locator('.channel-marker').evaluate((m) => {
      const css = m.ownerDocument.defaultView!.getComputedStyle(m);
      return [css.borderTopStyle, css.backgroundColor];
    });
  const [dmBorder, dmFill] = await style(dm);
  const [metBorder, metFill] = await style(met);
  expect(dmBorder).toBe('dashed');
  expect(metBorder).toBe('solid');
  expect(dmFill).not.toBe(metFill);

  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log touchpoint' });
  await expect(dialog.getByText('Ada Obi')).toBeVisible();
  // The cursor starts on the channel (the person is already filled in): one arrow key picks Call.
  await expect(dialog.getByRole('radio', { name: 'In person' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Call', exact: true })).toBeChecked();
  await dialog.getByLabel('Note').fill('Quick call about the intro');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const call = timeline.getByRole('article', { name: /^Call · Conversation/ });
  await expect(call.getByText('Quick call about the intro')).toBeVisible();
  await expect(call.getByText('Offline')).toBeVisible();
});

test('deleting a touchpoint from the timeline can be undone', async ({ page, crm }) => {
  const ada = await crm.rpc<{ id: string }>('people:create', { displayName: 'Ada Obi' });
  await crm.rpc('touchpoints:create', { at: '2025-07-02T09:00:00Z', channel: 'email', initiatedBy: 'me', personIds: [ada.id], note: 'Sent the deck' });
  await new PeoplePage(page).openPerson(crm.url, ada.id, 'Ada Obi');
  const entry = page.getByRole('article', { name: /^Email/ });
  await entry.hover();
  await entry.getByRole('button', { name: /^Delete Email/ }).click();
  await expect(page.getByText('Sent the deck')).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Sent the deck')).toBeVisible();
});
