import { expect, test } from './fixtures';
import { PeoplePage } from './pages/peoplePage';

test.beforeEach(async ({ crm }) => {
  await crm.rpc('people:create', { displayName: 'Chuck Flagg', identities: [{ kind: 'x', value: '@theflaggagency' }], interests: ['aviation art'] });
  await crm.rpc('people:create', { displayName: 'José Ángel Ramírez', identities: [{ kind: 'x', value: 'joseangel' }], interests: ['college football'] });
  await crm.rpc('people:create', { displayName: 'Aoife Ní Bhriain', interests: ['college football', 'podcasting'] });
});

test('finds a person by handle from the command palette and opens them with Enter', async ({ page, crm }) => {
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('theflagg');
  const option = page.getByRole('option', { name: /Chuck Flagg/ });
  await expect(option).toBeVisible();
  // Actions that match nothing are gone, so the person is the first option.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Chuck Flagg' })).toBeVisible();
});

test('finds people by interest: search as you type, and the "who shares" filter that survives a reload', async ({ page, crm }) => {
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await page.keyboard.press('/');
  await page.keyboard.type('aviation');
  await expect(people.row(/Chuck Flagg/)).toBeVisible();
  await expect(people.row(/Aoife/)).toBeHidden();
  await people.search.fill('');

  await page.getByRole('button', { name: 'Interest' }).click();
  await page.keyboard.type('college');
  await expect(page.getByRole('option', { name: /college football/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(people.row(/José Ángel Ramírez/)).toBeVisible();
  await expect(people.row(/Aoife Ní Bhriain/)).toBeVisible();
  await expect(people.row(/Chuck Flagg/)).toBeHidden();
  await expect(page).toHaveURL(/#\/people\?interest=[0-9a-f-]+&interestName=college\+football$/);

  await page.reload();
  await expect(page.getByRole('button', { name: /Interest: college football/ })).toBeVisible();
  await expect(people.row(/José Ángel Ramírez/)).toBeVisible();
  await expect(people.row(/Chuck Flagg/)).toBeHidden();
});

test('finds a person by handle with accents ignored in the name search', async ({ page, crm }) => {
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await people.search.fill('jose');
  await expect(people.row(/José Ángel Ramírez/)).toBeVisible();
  await people.search.fill('joseangel');
  await expect(people.row(/José Ángel Ramírez/)).toBeVisible();
  await expect(people.row(/Chuck Flagg/)).toBeHidden();
});
