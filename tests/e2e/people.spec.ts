import { expect, test } from './fixtures';
import { PeoplePage } from './pages/peoplePage';

test('a person added through the UI is still there after a reload', async ({ page, crm }) => {
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await expect(page.getByText('No people yet — add the first person you met')).toBeVisible();
  // The token moved out of the address bar into the tab's session storage.
  await expect(page).toHaveURL(/#\/people$/);

  await people.addPerson({ name: 'Chloé Dubois', email: 'chloe@example.fr', x: '@chloe_d', note: 'Met at the benefit lunch.' });
  await expect(people.row(/Chloé Dubois/)).toBeVisible();

  await page.reload();
  await expect(people.row(/Chloé Dubois/)).toBeVisible();
  await people.row(/Chloé Dubois/).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chloé Dubois' })).toBeVisible();
  await expect(page.getByText('@chloe_d')).toBeVisible();
  await expect(page.getByText('Met at the benefit lunch.')).toBeVisible();
});

test('search finds a person by X handle', async ({ page, crm }) => {
  await crm.rpc('people:create', { displayName: 'Kwame Mensah', identities: [{ kind: 'x', value: '@kwame_builds' }] });
  await crm.rpc('people:create', { displayName: 'Søren Kierkegaard', identities: [{ kind: 'email', value: 'soren@example.dk' }] });
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await expect(people.row(/Søren Kierkegaard/)).toBeVisible();

  await page.keyboard.press('/');
  await expect(people.search).toBeFocused();
  await page.keyboard.type('kwame_bu');
  await expect(people.row(/Kwame Mensah/)).toBeVisible();
  await expect(people.row(/Søren Kierkegaard/)).toBeHidden();

  await people.search.fill('nobody-by-this-name');
  await expect(page.getByRole('heading', { name: 'No matches for “nobody-by-this-name”' })).toBeVisible();
});

test('archive takes a person out of the list and Undo brings them back', async ({ page, crm }) => {
  await crm.rpc('people:create', { displayName: 'Giulia Bianchi', identities: [{ kind: 'x', value: 'giulia_b' }] });
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await people.row(/Giulia Bianchi/).click();

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText(/Archived on/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/Archived on/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();

  await page.getByRole('link', { name: 'People' }).first().click();
  await expect(people.row(/Giulia Bianchi/)).toBeVisible();
  const listed = await crm.rpc<{ items: { displayName: string }[] }>('people:list', { limit: 10 });
  expect(listed.items.map((p) => p.displayName)).toEqual(['Giulia Bianchi']);
});

test('a change made elsewhere (the CLI, another window) shows up through the event stream', async ({ page, crm }) => {
  const people = new PeoplePage(page);
  await people.open(crm.url);
  await expect(page.getByText('No people yet — add the first person you met')).toBeVisible();

  await crm.rpc('people:create', { displayName: 'Nadia Benali', identities: [{ kind: 'x', value: 'nadia_b' }] });
  await expect(people.row(/Nadia Benali/)).toBeVisible();
});
