import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoContractDrift, renderApp } from './harness';

describe('Global timeline', () => {
  it('lists recent touchpoints grouped by day, filtered by channel and by online/offline', async () => {
    const { user, fake } = renderApp('#/timeline', [{ displayName: 'Ada Obi' }, { displayName: 'Sam Reyes' }], (f) => {
      const [ada, sam] = f.people.map((p) => p.id);
      f.run('touchpoints:create', { at: '2025-03-01T10:00:00Z', channel: 'x_mention', initiatedBy: 'them', personIds: [ada!], note: 'Replied to my thread' });
      f.run('touchpoints:create', { at: '2025-03-01T15:00:00Z', channel: 'in_person', initiatedBy: 'me', personIds: [sam!], note: 'Lunch' });
      f.run('touchpoints:create', { at: '2025-01-10T15:00:00Z', channel: 'email', initiatedBy: 'me', personIds: [sam!], note: 'Sent the deck' });
    });
    const list = await screen.findByRole('list', { name: 'Recent touchpoints' });
    const headings = within(list).getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toHaveLength(2);
    expect(within(list).getAllByRole('article')).toHaveLength(3);

    await user.click(screen.getByRole('radio', { name: 'Offline' }));
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(1));
    expect(within(list).getByText('Lunch')).toBeTruthy();
    expect(fake.callsTo('touchpoints:recent').at(-1)).toEqual({ limit: 100, mode: 'offline' });

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.click(screen.getByRole('button', { name: 'Email' }));
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(1));
    expect(within(list).getByText('Sent the deck')).toBeTruthy();
    expect(fake.callsTo('touchpoints:recent').at(-1)).toEqual({ limit: 100, channels: ['email'] });
    expectNoContractDrift(fake);
  });

  it('says how to start when there is nothing yet, and when filters hide everything', async () => {
    const { user, fake } = renderApp('#/timeline', [{ displayName: 'Ada Obi' }]);
    expect(await screen.findByRole('heading', { name: 'No touchpoints yet' })).toBeTruthy();
    expect(screen.queryByRole('toolbar', { name: 'Timeline filters' })).toBeNull();

    fake.run('touchpoints:create', { at: '2025-03-01T10:00:00Z', channel: 'email', initiatedBy: 'me', personIds: [fake.people[0]!.id] });
    act(() => fake.emit('changed', { entity: 'touchpoint', ids: [] }));
    await user.click(await screen.findByRole('button', { name: 'Letter' }));
    expect(await screen.findByRole('heading', { name: 'No touchpoints match these filters' })).toBeTruthy();
  });
});
