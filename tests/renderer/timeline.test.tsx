import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi } from './fakeApi';
import { expectNoContractDrift, personId, renderApp } from './harness';

function seedTouches(fake: FakeApi, count: number): string {
  const ada = personId(fake, 'Ada Obi');
  for (let i = 0; i < count; i++) {
    const channel = i % 2 === 0 ? 'x_dm' : 'in_person';
    fake.run('touchpoints:create', { at: new Date(Date.UTC(2024, 11, 28) - i * 5 * 86_400_000).toISOString(), channel, initiatedBy: 'them', kind: 'conversation', personIds: [ada], note: `note ${i}` });
  }
  return `#/people/${ada}`;
}

const timeline = () => screen.getByRole('list', { name: 'Timeline with Ada Obi' });

describe('Person timeline', () => {
  it('groups entries by month and tells online from offline at a glance', async () => {
    const { fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => seedTouches(f, 4));
    expect(await within(await screen.findByRole('list', { name: 'Timeline with Ada Obi' })).findByRole('heading', { name: 'December 2024' })).toBeTruthy();
    const dm = within(timeline()).getByRole('article', { name: /^X DM · Conversation on Dec 28, 2024/ });
    expect(within(dm).getByText('Online')).toBeTruthy();
    expect(dm.querySelector('.channel-marker')?.className).toContain('channel-online');
    const lunch = within(timeline()).getAllByRole('article', { name: /^In person · Conversation/ })[0]!;
    expect(within(lunch).getByText('Offline')).toBeTruthy();
    expect(lunch.querySelector('.channel-marker')?.className).toContain('channel-offline');
    expect(within(timeline()).getByText('Added to Rapport')).toBeTruthy();
    expect(fake.callsTo('timeline:person')).toEqual([{ personId: fake.people[0]!.id, limit: 100 }]);
  });

  it('is virtualised and pages with the cursor as it scrolls', async () => {
    const { fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => seedTouches(f, 150));
    await screen.findByRole('list', { name: 'Timeline with Ada Obi' });
    await waitFor(() => expect(within(timeline()).getAllByRole('article').length).toBeGreaterThan(0));
    expect(within(timeline()).getAllByRole('article').length).toBeLessThan(40);
    // The last rows are near enough to the end of the first page that the next one is read.
    const scroller = screen.getByTestId('person-timeline');
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 100 * 76 });
    act(() => void scroller.dispatchEvent(new Event('scroll')));
    await waitFor(() => expect(fake.callsTo('timeline:person')).toHaveLength(2));
    expect(fake.callsTo('timeline:person')[1]).toMatchObject({ cursor: '100', limit: 100 });
    expectNoContractDrift(fake);
  });

  it('offers to log the first touchpoint when there is nothing yet', async () => {
    const { user } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => `#/people/${personId(f, 'Ada Obi')}`);
    expect(await screen.findByText(/Nothing logged with Ada Obi yet/)).toBeTruthy();
    await user.click(within(screen.getByText(/Nothing logged/).parentElement!).getByRole('button', { name: /Log touchpoint/ }));
    expect(within(screen.getByRole('dialog', { name: 'Log touchpoint' })).getByText('Ada Obi')).toBeTruthy();
  });
});

describe('Log touchpoint', () => {
  it('opens with Ctrl+L pre-filled with the open person, saves with Ctrl+Enter, and shows it on the timeline', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Ada Obi' }, { displayName: 'Sam Reyes' }], (f) => `#/people/${personId(f, 'Ada Obi')}`);
    await screen.findByRole('heading', { level: 1, name: 'Ada Obi' });
    await user.keyboard('{Control>}l{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Log touchpoint' });
    expect(within(dialog).getByText('Ada Obi')).toBeTruthy();
    await user.click(within(dialog).getByRole('radio', { name: 'X DM' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Them' }));
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'compliment');
    await user.type(within(dialog).getByRole('combobox', { name: /With/ }), 'sam');
    await user.click(await screen.findByRole('option', { name: /Sam Reyes/ }));
    await user.type(within(dialog).getByLabelText('Note'), 'Loved the talk');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [request] = fake.callsTo('touchpoints:create') as Record<string, unknown>[];
    expect(request).toMatchObject({ channel: 'x_dm', initiatedBy: 'them', kind: 'compliment', note: 'Loved the talk', eventId: null });
    expect(request!.personIds).toEqual([fake.people[0]!.id, fake.people[1]!.id]);
    expect(Math.abs(Date.parse(request!.at as string) - Date.now())).toBeLessThan(120_000);
    expect(await within(timeline()).findByText('Loved the talk')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('needs at least one person, said next to the field', async () => {
    const { user, fake } = renderApp('#/timeline');
    await user.keyboard('{Control>}l{/Control}');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Log touchpoint' }));
    const who = screen.getByRole('combobox', { name: /With/ });
    expect(who.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(who.getAttribute('aria-describedby')!)?.textContent).toBe('Add at least one person.');
    expect(fake.callsTo('touchpoints:create')).toEqual([]);
  });

  it('edits a touchpoint from the timeline and deletes one with Undo that restores it', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => seedTouches(f, 2));
    const first = await within(await screen.findByRole('list', { name: 'Timeline with Ada Obi' })).findByRole('article', { name: /^X DM/ });
    await user.click(within(first).getByRole('button', { name: /^Edit X DM/ }));
    const dialog = screen.getByRole('dialog', { name: 'Edit touchpoint' });
    await user.clear(within(dialog).getByLabelText('Note'));
    await user.type(within(dialog).getByLabelText('Note'), 'Edited note');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('touchpoints:update')).toEqual([{ id: fake.db.touchpoints[0]!.id, patch: { note: 'Edited note' } }]);
    expect(await within(timeline()).findByText('Edited note')).toBeTruthy();

    const entry = within(timeline()).getByRole('article', { name: /^X DM/ });
    await user.click(within(entry).getByRole('button', { name: /^Delete X DM/ }));
    await waitFor(() => expect(within(timeline()).queryByText('Edited note')).toBeNull());
    const toast = screen.getByText('Deleted the touchpoint with Ada Obi').closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await within(timeline()).findByText('Edited note')).toBeTruthy();
    expect(fake.callsTo('touchpoints:restore')).toEqual([{ id: fake.db.touchpoints[0]!.id }]);
    expectNoContractDrift(fake);
  });
});
