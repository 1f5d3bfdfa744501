import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi, PersonSeed } from './fakeApi';
import { expectNoContractDrift, personId, renderApp } from './harness';

const PEOPLE: PersonSeed[] = [
  { displayName: 'Ada Lovelace', identities: [{ kind: 'email', value: 'ada@analytical.org' }], notes: 'Met at the Babbage lecture', circle: 'close', job: { organisation: 'Analytical Engines', title: 'Analyst' } },
  {
    displayName: 'Ada King Lovelace',
    identities: [
      { kind: 'email', value: 'countess@analytical.org' },
      { kind: 'x', value: 'ada_k', display: '@ada_k' },
    ],
    notes: 'Countess',
    tags: ['Friends'],
    job: { organisation: 'Analytical Engines' },
  },
  { displayName: 'Grace Hopper', job: { organisation: 'US Navy' } },
  { displayName: 'Grace M. Hopper', job: { organisation: 'US Navy' } },
  { displayName: 'Alan Turing' },
  { displayName: 'A. M. Turing', identities: [{ kind: 'email', value: 'turing@bletchley.uk' }] },
];

/** Ada King Lovelace has a location, a touchpoint and a reminder of her own: what a merge moves. */
function seed(fake: FakeApi) {
  const countess = personId(fake, 'Ada King Lovelace');
  fake.people.find((p) => p.id === countess)!.location = 'London';
  fake.run('touchpoints:create', { at: '2025-01-10T10:00:00Z', channel: 'email', initiatedBy: 'them', personIds: [countess], note: 'Sent the notes on the engine' });
  fake.run('reminders:create', { personId: countess, due: '2025-04-01' });
}

const list = () => screen.findByRole('list', { name: 'Likely duplicates' });
const rowsOf = (ul: HTMLElement) => within(ul).getAllByRole('listitem').filter((li) => li.hasAttribute('data-row-key'));

describe('Duplicates', () => {
  it('lists likely pairs with reasons and a score; j/k move, n keeps a pair apart for good, ? shows the keys', async () => {
    const { user, fake } = renderApp('#/duplicates', PEOPLE, seed);
    expect(screen.getByRole('heading', { level: 1, name: 'Duplicates' })).toBeTruthy();
    const ul = await list();
    const rows = rowsOf(ul);
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Ada Lovelace and Ada King Lovelace', 'Grace Hopper and Grace M. Hopper']);
    const first = rows[0]!;
    expect(within(first).getByRole('list', { name: /Why Ada Lovelace and Ada King Lovelace/ }).textContent).toMatch(/Similar names.*Both at Analytical Engines.*Email at analytical\.org/);
    expect(within(first).getByText(/78%/).textContent).toMatch(/78% possible/);
    expect(within(first).getByRole('link', { name: 'Ada King Lovelace' }).getAttribute('href')).toMatch(personId(fake, 'Ada King Lovelace'));

    await user.keyboard('j');
    expect(document.activeElement).toBe(first);
    await user.keyboard('j');
    expect(document.activeElement).toBe(rows[1]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(first);
    await user.keyboard('?');
    expect(within(screen.getByRole('complementary', { name: 'Keyboard shortcuts' })).getByText('Not the same person (never suggested again)')).toBeTruthy();

    await user.keyboard('jn');
    await waitFor(() => expect(fake.callsTo('duplicates:reject')).toEqual([{ aId: personId(fake, 'Grace Hopper'), bId: personId(fake, 'Grace M. Hopper') }]));
    expect(await screen.findByText('Kept apart: Grace Hopper and Grace M. Hopper will not be suggested again')).toBeTruthy();
    await waitFor(() => expect(rowsOf(ul)).toHaveLength(1));
    // Remembered: a fresh read does not bring them back.
    fake.emit('changed', { entity: 'person', ids: [] });
    await waitFor(() => expect(fake.callsTo('duplicates:list').length).toBeGreaterThan(1));
    expect(rowsOf(await list()).map((r) => r.getAttribute('aria-label'))).toEqual(['Ada Lovelace and Ada King Lovelace']);
    expectNoContractDrift(fake);
  });

  it('m opens both people side by side: a choice per differing field, defaults, what moves; Merge sends the picks and Undo brings the other back', async () => {
    const { user, fake } = renderApp('#/duplicates', PEOPLE, seed);
    const ada = personId(fake, 'Ada Lovelace');
    const countess = personId(fake, 'Ada King Lovelace');
    await list();
    await user.keyboard('jm');
    const dialog = await screen.findByRole('dialog', { name: 'Merge two people' });
    await within(dialog).findByRole('radiogroup', { name: 'Name' });
    expect(fake.callsTo('people:get')).toEqual(expect.arrayContaining([{ id: ada }, { id: countess }]));

    const group = (name: string) => within(dialog).getByRole('radiogroup', { name });
    const checked = (name: string) => (within(group(name)).getAllByRole('radio') as HTMLInputElement[]).find((r) => r.checked)!.closest('label')!.textContent;
    // The survivor's value by default, or the other's where the survivor has none.
    expect(checked('Name')).toMatch(/^Ada Lovelace/);
    expect(checked('Notes')).toMatch(/^Met at the Babbage lecture/);
    expect(checked('Location')).toMatch(/^London/);
    expect(checked('Circle')).toMatch(/^Close/);
    // Only fields that differ are asked about.
    expect(within(dialog).queryByRole('radiogroup', { name: 'Birthday' })).toBeNull();

    const moves = within(dialog).getByRole('region', { name: 'What moves' });
    expect(moves.textContent).toMatch(/From Ada King Lovelace to Ada Lovelace:/);
    expect(moves.textContent).toMatch(/2 identities: countess@analytical\.org, @ada_k/);
    expect(moves.textContent).toMatch(/1 touchpoint/);
    expect(moves.textContent).toMatch(/1 open reminder/);
    expect(moves.textContent).toMatch(/1 tag or interest/);

    await user.click(within(group('Notes')).getByRole('radio', { name: /Countess/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge into Ada Lovelace' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('people:merge')).toEqual([{ keepId: ada, otherId: countess, take: expect.objectContaining({ displayName: 'keep', notes: 'other', location: 'other', circle: 'keep' }) }]);
    expect(await screen.findByText('Merged Ada King Lovelace into Ada Lovelace')).toBeTruthy();
    expect(fake.people.find((p) => p.id === ada)!.notes).toBe('Countess');
    expect(fake.people.some((p) => p.id === countess)).toBe(false);
    await waitFor(() => expect(rowsOf(screen.getByRole('list', { name: 'Likely duplicates' })).map((r) => r.getAttribute('aria-label'))).toEqual(['Grace Hopper and Grace M. Hopper']));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone: Ada King Lovelace is back')).toBeTruthy();
    const mergeId = (fake.callsTo('people:merge-undo')[0] as { mergeId: string }).mergeId;
    expect(mergeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.people.some((p) => p.id === countess)).toBe(true);
    expect(fake.people.find((p) => p.id === ada)!.notes).toBe('Met at the Babbage lecture');
    await waitFor(() => expect(rowsOf(screen.getByRole('list', { name: 'Likely duplicates' }))).toHaveLength(2));
    expectNoContractDrift(fake);
  });

  it('the survivor can be swapped; the picks follow whose value it is', async () => {
    const { user, fake } = renderApp('#/duplicates', PEOPLE, seed);
    const countess = personId(fake, 'Ada King Lovelace');
    await user.click(within(rowsOf(await list())[0]!).getByRole('button', { name: /Merge…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge two people' });
    await user.click(await within(dialog).findByRole('button', { name: 'Keep Ada King Lovelace instead' }));
    expect(within(dialog).getByRole('button', { name: 'Merge into Ada King Lovelace' })).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: 'What moves' }).textContent).toMatch(/From Ada Lovelace to Ada King Lovelace:.*1 identity: ada@analytical\.org/);
    const name = within(dialog).getByRole('radiogroup', { name: 'Name' });
    expect((within(name).getByRole('radio', { name: /^Ada King Lovelace/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(name).getByRole('radio', { name: /^Ada Lovelace/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge into Ada King Lovelace' }));
    await waitFor(() => expect(fake.callsTo('people:merge')).toHaveLength(1));
    expect(fake.callsTo('people:merge')[0]).toMatchObject({ keepId: countess, take: { displayName: 'other', location: 'keep', notes: 'keep' } });
    expect(await screen.findByText('Merged Ada Lovelace into Ada King Lovelace')).toBeTruthy();
  });

  it('a refused merge says why and keeps the dialog; a list that cannot load offers Try again', async () => {
    const { user, fake } = renderApp('#/duplicates', PEOPLE, (f) => {
      seed(f);
      f.failNext('duplicates:list', { code: 'BUSY', message: 'The database is busy' });
    });
    expect(await screen.findByText('Could not load the likely duplicates')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await list();
    await user.keyboard('jm');
    const dialog = await screen.findByRole('dialog', { name: 'Merge two people' });
    fake.failNext('people:merge', { code: 'CONFLICT', message: 'Ada King Lovelace was merged into someone else in another window' });
    await user.click(await within(dialog).findByRole('button', { name: 'Merge into Ada Lovelace' }));
    expect(await screen.findByText(/Could not merge Ada King Lovelace into Ada Lovelace: Ada King Lovelace was merged into someone else/)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Merge two people' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says what it looks for when there is nothing to review', async () => {
    const { fake } = renderApp('#/duplicates', [{ displayName: 'Alan Turing' }]);
    expect(await screen.findByRole('heading', { name: 'No likely duplicates' })).toBeTruthy();
    expect(screen.getByText('Rapport looks for similar names that share a company, an event or an email domain.')).toBeTruthy();
    expect(screen.getByText(/open one of them and choose Merge with…/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to People' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('the sidebar and the palette lead here', async () => {
    const { user } = renderApp('#/today');
    await user.click(screen.getByRole('link', { name: 'Duplicates' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duplicates' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'People' }));
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('duplicates');
    await user.click(await screen.findByRole('option', { name: /Go to Duplicates/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/duplicates'));
  });
});

describe('Merge with… (person page)', () => {
  it('picks anyone else with the person picker, compares, merges into this person and offers Undo', async () => {
    const { user, fake } = renderApp('#/people', PEOPLE, (f) => `#/people/${personId(f, 'Alan Turing')}`);
    await screen.findByRole('heading', { level: 1, name: 'Alan Turing' });
    await user.click(screen.getByRole('button', { name: /Merge with…/ }));
    const picker = await screen.findByRole('dialog', { name: 'Merge Alan Turing with…' });
    const box = within(picker).getByRole('combobox', { name: 'Person' });
    await user.type(box, 'Turing');
    // Not this person themselves.
    const option = await within(picker).findByRole('option', { name: /A\. M\. Turing/ });
    expect(within(picker).queryByRole('option', { name: /^Alan Turing/ })).toBeNull();
    await user.click(option);
    await user.click(within(picker).getByRole('button', { name: 'Compare with A. M. Turing' }));

    const dialog = await screen.findByRole('dialog', { name: 'Merge two people' });
    expect(within(await within(dialog).findByRole('region', { name: 'What moves' })).getByText(/1 identity: turing@bletchley\.uk/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Merge into Alan Turing' }));
    expect(await screen.findByText('Merged A. M. Turing into Alan Turing')).toBeTruthy();
    expect(fake.callsTo('people:merge')[0]).toMatchObject({ keepId: personId(fake, 'Alan Turing') });
    // The page shows what came over.
    expect((await screen.findAllByText('turing@bletchley.uk')).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone: A. M. Turing is back')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('when this person is the one merged away, the survivor’s page opens', async () => {
    const { user, fake } = renderApp('#/people', PEOPLE, (f) => `#/people/${personId(f, 'A. M. Turing')}`);
    await screen.findByRole('heading', { level: 1, name: 'A. M. Turing' });
    await user.click(screen.getByRole('button', { name: /Merge with…/ }));
    const picker = await screen.findByRole('dialog', { name: 'Merge A. M. Turing with…' });
    await user.type(within(picker).getByRole('combobox', { name: 'Person' }), 'Alan');
    await user.click(await within(picker).findByRole('option', { name: /Alan Turing/ }));
    await user.click(within(picker).getByRole('button', { name: 'Compare with Alan Turing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge two people' });
    await user.click(await within(dialog).findByRole('button', { name: 'Keep Alan Turing instead' }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge into Alan Turing' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/people/${personId(fake, 'Alan Turing')}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alan Turing' })).toBeTruthy();
  });
});
