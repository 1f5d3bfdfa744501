import { expect, test } from './fixtures';
import { EventPage } from './pages/eventPage';
import { PeoplePage } from './pages/peoplePage';

interface Person {
  id: string;
  displayName: string;
  identities: { display: string }[];
  interests: { name: string }[];
  howWeMet: { event: { id: string } | null };
}

const MET = [
  { name: 'Chuck Flagg', hook: 'aviation art; send him the HBR article', handle: '@theflaggagency', interests: 'aviation art' },
  { name: 'Amélie Laurent', hook: 'runs a design studio', handle: 'amelie@laurent.studio', interests: 'design systems, cycling' },
  { name: 'Kwame Mensah', hook: 'wants an intro to Kofi', handle: 'https://www.linkedin.com/in/kwame-mensah/' },
  { name: 'Søren Nørgaard', hook: 'former client, now at a fintech', interests: 'sailing' },
  { name: 'Nguyễn Thị Lan', handle: 'x.com/lan_nguyen', interests: 'community building' },
];

test('captures five people at an event with the keyboard only', async ({ page, crm }) => {
  const event = await crm.rpc<{ id: string }>('events:create', { name: "Gilda's Club lunch", kind: 'dinner', startsOn: '2026-11-20' });
  const eventPage = new EventPage(page);
  await eventPage.open(crm.url, event.id, "Gilda's Club lunch");

  // From the event page to capture mode without the mouse.
  await page.keyboard.press('c');
  for (const person of MET) await eventPage.capture(person);

  await expect(eventPage.captured.getByRole('listitem')).toHaveCount(5);
  for (const person of MET) await expect(eventPage.attendees.getByRole('link', { name: person.name })).toBeVisible();
  await expect(page.getByText('5 met')).toBeVisible();

  const attendees = await crm.rpc<{ items: { personId: string; met: boolean; followUp: string; note: string | null }[] }>('events:attendees', { eventId: event.id, limit: 10 });
  expect(attendees.items).toHaveLength(5);
  expect(attendees.items.every((a) => a.met && a.followUp === 'pending')).toBe(true);
  const chuck = await crm.rpc<Person>('people:get', { id: attendees.items.find((a) => a.note?.startsWith('aviation'))!.personId });
  expect(chuck).toMatchObject({ displayName: 'Chuck Flagg', identities: [{ display: '@theflaggagency' }], interests: [{ name: 'aviation art' }], howWeMet: { event: { id: event.id } } });
});

test('capture mode suggests someone already known, so nobody is created twice; Undo takes a capture back', async ({ page, crm }) => {
  await crm.rpc('people:create', { displayName: 'Kofi Boateng', identities: [{ kind: 'x', value: 'kofi_b' }] });
  const event = await crm.rpc<{ id: string }>('events:create', { name: 'Founders dinner' });
  const eventPage = new EventPage(page);
  await eventPage.open(crm.url, event.id, 'Founders dinner');
  await page.evaluate(`location.hash = '#/events/${event.id}/capture'`);

  await expect(eventPage.name).toBeFocused();
  await page.keyboard.type('Kofi');
  await expect(page.getByRole('option', { name: /Kofi Boateng/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(eventPage.hook).toBeFocused();
  await page.keyboard.type('owes me an intro');
  await page.keyboard.press('Enter');
  await expect(eventPage.captured.getByText('already known')).toBeVisible();

  await eventPage.capture({ name: 'Typo Person' });
  await page.getByRole('button', { name: 'Undo Typo Person' }).click();
  await expect(eventPage.captured.getByText('undone')).toBeVisible();
  await expect(eventPage.attendees.getByRole('link', { name: 'Typo Person' })).toBeHidden();

  const people = await crm.rpc<{ items: { displayName: string }[] }>('people:list', { limit: 10 });
  expect(people.items.map((p) => p.displayName)).toEqual(['Kofi Boateng']);
});

test('quick capture of the example line creates the person, linked to the event, with interest and tag', async ({ page, crm }) => {
  await crm.rpc('events:create', { name: "Gilda's Club lunch", kind: 'dinner' });
  await new PeoplePage(page).open(crm.url);

  await page.keyboard.press('Control+Shift+K');
  const dialog = page.getByRole('dialog', { name: 'Quick capture' });
  await page.keyboard.type("Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect");
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('Chuck Flagg')).toBeVisible();
  await expect(preview.getByText('@theflaggagency')).toBeVisible();
  await expect(preview.getByText('existing event')).toBeVisible();
  await expect(preview.getByText('aviation art')).toBeVisible();
  await expect(preview.getByText('#prospect')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Open Chuck Flagg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chuck Flagg' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ways to reach' }).getByText('@theflaggagency')).toBeVisible();
  await expect(page.getByRole('region', { name: 'How we met' }).getByRole('link', { name: "Gilda's Club lunch" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'aviation art' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'prospect' })).toBeVisible();
  const events = await crm.rpc<{ items: { name: string; met: number }[] }>('events:list', { limit: 10 });
  expect(events.items).toEqual([expect.objectContaining({ name: "Gilda's Club lunch", met: 1 })]);
});
