import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi } from './fakeApi';
import { expectNoContractDrift, renderApp } from './harness';

function gilda(fake: FakeApi): string {
  return fake.run('events:create', { name: "Gilda's Club lunch", kind: 'dinner', startsOn: '2025-02-20', place: 'New York' }).id;
}

describe('Events list', () => {
  it('says what to do when there are no events, and creates one from the dialog', async () => {
    const { user, fake } = renderApp('#/events');
    expect(await screen.findByRole('heading', { name: /No events yet/ })).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: /New event/ })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New event' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Web Summit');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'conference');
    await user.type(within(dialog).getByLabelText('Starts'), '2026-11-10');
    await user.type(within(dialog).getByLabelText('Start time'), '09:30');
    await user.type(within(dialog).getByLabelText('Link'), 'see their site');
    await user.click(within(dialog).getByRole('button', { name: 'Create event' }));

    const link = within(dialog).getByLabelText('Link');
    await waitFor(() => expect(link.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(link.getAttribute('aria-describedby')!)?.textContent).toBe('Must be an http(s) address.');
    expect(fake.rejected.map((r) => r.issues[0]?.path)).toEqual(['link']);
    await user.clear(link);
    await user.type(link, 'websummit.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create event' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Web Summit' })).toBeTruthy();
    const created = fake.callsTo('events:create').at(-1) as Record<string, unknown>;
    expect(created).toMatchObject({ name: 'Web Summit', kind: 'conference', link: 'https://websummit.com', endsOn: null });
    expect(new Date(created.startsOn as string).getHours()).toBe(9);
  });

  it('lists newest first and searches as you type', async () => {
    const { user, fake } = renderApp('#/events', [], (f) => {
      f.run('events:create', { name: 'Web Summit 2024', startsOn: '2024-11-12' });
      gilda(f);
    });
    const list = await screen.findByRole('list', { name: 'Events' });
    await waitFor(() => expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual([expect.stringMatching(/^Gilda/), expect.stringMatching(/^Web Summit/)]));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'summit');
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(1));
    expect(fake.callsTo('events:list').at(-1)).toMatchObject({ query: 'summit' });
  });
});

describe('Event page', () => {
  it('shows attendees and changes a follow-up in place', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Chuck Flagg' }], (f) => {
      const id = gilda(f);
      f.run('events:capture', { eventId: id, personId: f.people[0]!.id, hook: 'aviation art' });
      return `#/events/${id}`;
    });
    expect(await screen.findByRole('heading', { level: 1, name: "Gilda's Club lunch" })).toBeTruthy();
    const follow = await screen.findByRole('radiogroup', { name: 'Follow-up with Chuck Flagg' });
    expect((within(follow).getByRole('radio', { name: 'Not yet' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(follow).getByRole('radio', { name: 'Done' }));
    await waitFor(() => expect(fake.db.attendance[0]!.followUp).toBe('done'));
    expect(fake.callsTo('attendance:update')).toEqual([{ id: fake.db.attendance[0]!.id, patch: { followUp: 'done' } }]);
    expectNoContractDrift(fake);
  });

  it('captures people one after another with the keyboard only, reusing someone already known', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Kofi Boateng', identities: [{ kind: 'x', value: 'kofi_b', display: '@kofi_b' }] }], (f) => `#/events/${gilda(f)}/capture`);
    const name = await screen.findByRole('combobox', { name: 'Name' });
    await waitFor(() => expect(document.activeElement).toBe(name));

    await user.keyboard('Chuck Flagg{Tab}talked about aviation art{Tab}@theflaggagency{Tab}aviation art, college football{Enter}');
    await waitFor(() => expect(fake.callsTo('events:capture')).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect((name as HTMLInputElement).value).toBe('');

    await user.keyboard('Kofi');
    await screen.findByRole('option', { name: /Kofi Boateng/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('One-line hook'));
    await user.keyboard('owes me an intro{Enter}');
    await waitFor(() => expect(fake.callsTo('events:capture')).toHaveLength(2));

    expect(fake.callsTo('events:capture')).toEqual([
      { eventId: fake.db.events[0]!.id, displayName: 'Chuck Flagg', identities: [{ kind: 'x', value: '@theflaggagency' }], interests: ['aviation art', 'college football'], hook: 'talked about aviation art' },
      { eventId: fake.db.events[0]!.id, personId: fake.people[0]!.id, identities: [], interests: [], hook: 'owes me an intro' },
    ]);
    expect(fake.people.map((p) => p.displayName)).toEqual(['Kofi Boateng', 'Chuck Flagg']);
    const captured = screen.getByRole('list', { name: 'Captured just now' });
    expect(within(captured).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Kofi Boateng.*already known/), expect.stringMatching(/^Chuck Flagg.*new/)]);
    expect(await within(await screen.findByRole('list', { name: 'Attendees' })).findByText('Chuck Flagg')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('undoes a captured person: off the event, and archived when they were new', async () => {
    const { user, fake } = renderApp('#/', [], (f) => `#/events/${gilda(f)}/capture`);
    await screen.findByRole('combobox', { name: 'Name' });
    await user.keyboard('Renée Dubois{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Undo Renée Dubois' }));
    await waitFor(() => expect(fake.db.attendance).toEqual([]));
    expect(fake.people[0]!.archivedAt).not.toBeNull();
    expect(screen.getByText('undone')).toBeTruthy();
  });

  it('puts a handle conflict under the handle and offers the owner instead', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Kofi Boateng', identities: [{ kind: 'x', value: 'kofi_b', display: '@kofi_b' }] }], (f) => `#/events/${gilda(f)}/capture`);
    await screen.findByRole('combobox', { name: 'Name' });
    await user.keyboard('K. Boateng{Tab}{Tab}@kofi_b{Enter}');
    const handle = screen.getByLabelText('Handle');
    await waitFor(() => expect(handle.getAttribute('aria-invalid')).toBe('true'));
    await user.click(screen.getByRole('button', { name: 'Add Kofi Boateng instead' }));
    await user.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() => expect(fake.db.attendance).toHaveLength(1));
    expect(fake.people).toHaveLength(1);
  });
});
