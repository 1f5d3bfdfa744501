import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoContractDrift, renderApp } from './harness';

const ADA = {
  displayName: 'Ada Lovelace',
  notes: 'Talked about the Analytical Engine.',
  circle: 'close' as const,
  identities: [
    { kind: 'x' as const, value: 'ada', display: '@ada' },
    { kind: 'linkedin' as const, value: 'in/ada', display: 'https://www.linkedin.com/in/ada' },
  ],
};

describe('Person page', () => {
  it('shows name, identities as text, circle, notes and created date', async () => {
    const { fake } = renderApp('#/people/placeholder', [ADA]);
    window.location.hash = `#/people/${fake.people[0]!.id}`;

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeTruthy();
    const ways = screen.getByRole('region', { name: 'Ways to reach' });
    expect(within(ways).getByText('@ada')).toBeTruthy();
    expect(within(ways).getByText('https://www.linkedin.com/in/ada')).toBeTruthy();
    expect(within(ways).queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('Talked about the Analytical Engine.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Details' })).getByText('Close')).toBeTruthy();
    expect(screen.getByText('Added')).toBeTruthy();
  });

  it('archives with an undo toast that unarchives', async () => {
    const { user, fake } = renderApp('#/people', [ADA]);
    await user.click(await screen.findByRole('link', { name: /Ada Lovelace/ }));
    await user.click(await screen.findByRole('button', { name: 'Archive' }));

    expect(await screen.findByText(/Archived on/)).toBeTruthy();
    expect(fake.people[0]?.archivedAt).not.toBeNull();
    const toast = screen.getByText('Archived Ada Lovelace').closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(screen.queryByText(/Archived on/)).toBeNull());
    expect(fake.people[0]?.archivedAt).toBeNull();
    expect(fake.calls.map((c) => c.channel)).toEqual(expect.arrayContaining(['people:archive', 'people:unarchive']));
    expect(await screen.findByText('Restored Ada Lovelace')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('offers Restore on an archived person', async () => {
    const { user, fake } = renderApp('#/', [{ ...ADA, archived: true }]);
    window.location.hash = `#/people/${fake.people[0]!.id}`;
    const banner = (await screen.findByText(/Archived on/)).closest('.banner') as HTMLElement;
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByText(/Archived on/)).toBeNull());
    expect(screen.getByRole('button', { name: 'Archive' })).toBeTruthy();
  });

  it('edits basic fields and sends only what changed', async () => {
    const { user, fake } = renderApp('#/', [ADA]);
    window.location.hash = `#/people/${fake.people[0]!.id}`;
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit Ada Lovelace' });
    await user.type(within(form).getByLabelText('Location'), 'London');
    await user.selectOptions(within(form).getByLabelText('Circle'), 'inner');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(fake.callsTo('people:update')).toEqual([{ id: fake.people[0]!.id, patch: { location: 'London', circle: 'inner' } }]);
    expect(within(screen.getByRole('region', { name: 'Details' })).getByText('London')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('shows a not-found state for an unknown or malformed id', async () => {
    renderApp('#/people/0190a9c2-0000-7000-8000-000000000000');
    expect(await screen.findByRole('heading', { name: 'This person is not here' })).toBeTruthy();
    window.location.hash = '#/people/not-a-uuid';
    expect(await screen.findByRole('heading', { name: 'This person is not here' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to People' })).toBeTruthy();
  });
});
