import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi, PersonSeed } from './fakeApi';
import { expectNoContractDrift, personId, renderApp } from './harness';

const PEOPLE: PersonSeed[] = [
  { displayName: 'Bo Ng', circle: 'network' },
  { displayName: 'Cy Old' },
  { displayName: 'Di Two', circle: 'close' },
];

function reachOut(fake: FakeApi, name: string, count: number, replies = 0): void {
  const id = personId(fake, name);
  for (let i = 0; i < count + replies; i++) {
    const at = new Date(Date.UTC(2025, 0, 20 - i)).toISOString();
    fake.run('touchpoints:create', { at, channel: 'x_mention', initiatedBy: i < count ? 'me' : 'them', personIds: [id] });
  }
}

/** Bo: three one-way attempts. Cy: added long ago, nothing since. Di: attempts and a reply (not suggested). */
function seed(fake: FakeApi): string {
  reachOut(fake, 'Bo Ng', 3);
  fake.people.find((p) => p.displayName === 'Cy Old')!.createdAt = '2024-10-01T09:00:00.000Z';
  reachOut(fake, 'Di Two', 3, 1);
  return '#/prune';
}

const list = () => screen.getByRole('list', { name: 'Suggestions to prune' });
const row = (name: string) => within(list()).getByRole('listitem', { name: new RegExp(`^${name}:`) });

describe('Prune view', () => {
  it('lists one-way and never-engaged people with the reason and the suggestion, and changes nobody by itself', async () => {
    const { fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Suggestions to prune' });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
    expect(within(row('Bo Ng')).getByText(/You reached out 3 times; they never started a conversation/)).toBeTruthy();
    expect(within(row('Bo Ng')).getByText('Suggested: move to Dormant')).toBeTruthy();
    expect(within(row('Cy Old')).getByText(/Added over 90 days ago; no touchpoint yet/)).toBeTruthy();
    expect(within(row('Cy Old')).getByText('Suggested: archive')).toBeTruthy();
    expect(fake.callsTo('people:update')).toEqual([]);
    expect(fake.callsTo('people:archive')).toEqual([]);
    expectNoContractDrift(fake);
  });

  it('moves someone to Dormant (then suggests the archive) with Undo back to their circle', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Suggestions to prune' });
    const bo = personId(fake, 'Bo Ng');
    await user.click(within(row('Bo Ng')).getByRole('button', { name: /Move to dormant/ }));
    await waitFor(() => expect(fake.people.find((p) => p.id === bo)!.circle).toBe('dormant'));
    expect(fake.callsTo('people:update')).toEqual([{ id: bo, patch: { circle: 'dormant' } }]);
    expect(await within(await waitFor(() => row('Bo Ng'))).findByText('Suggested: archive')).toBeTruthy();
    expect(within(row('Bo Ng')).queryByRole('button', { name: /Move to dormant/ })).toBeNull();

    const toast = screen.getByText('Moved Bo Ng to Dormant').closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.people.find((p) => p.id === bo)!.circle).toBe('network'));
    expect(await within(row('Bo Ng')).findByText('Suggested: move to Dormant')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('archives from the keyboard and Undo brings the row back', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Suggestions to prune' });
    const cy = personId(fake, 'Cy Old');
    row('Bo Ng').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(row('Cy Old'));
    await user.keyboard('a');
    await waitFor(() => expect(fake.callsTo('people:archive')).toEqual([{ id: cy }]));
    await waitFor(() => expect(within(list()).queryByRole('listitem', { name: /^Cy Old:/ })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(row('Bo Ng')));

    const toast = screen.getByText('Archived Cy Old').closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('people:unarchive')).toEqual([{ id: cy }]));
    expect(await within(list()).findByRole('listitem', { name: /^Cy Old:/ })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('keeps someone off the list (Shift+K or the button) and Undo brings them back', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Suggestions to prune' });
    const bo = personId(fake, 'Bo Ng');
    row('Bo Ng').focus();
    await user.keyboard('{Shift>}K{/Shift}');
    await waitFor(() => expect(fake.callsTo('prune:keep')).toEqual([{ personId: bo, keep: true }]));
    await waitFor(() => expect(within(list()).queryByRole('listitem', { name: /^Bo Ng:/ })).toBeNull());
    const toast = screen.getByText('Keeping Bo Ng: no longer suggested').closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('prune:keep')).toEqual([{ personId: bo, keep: true }, { personId: bo, keep: false }]));
    expect(await within(list()).findByRole('listitem', { name: /^Bo Ng:/ })).toBeTruthy();
    await user.click(within(row('Cy Old')).getByRole('button', { name: /Keep/ }));
    await waitFor(() => expect(within(list()).queryByRole('listitem', { name: /^Cy Old:/ })).toBeNull());
    expect(fake.callsTo('people:update')).toEqual([]);
    expectNoContractDrift(fake);
  });

  it('opens the person with Enter', async () => {
    const { user } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Suggestions to prune' });
    row('Bo Ng').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Ng' })).toBeTruthy();
  });

  it('pages with the cursor', async () => {
    const many: PersonSeed[] = Array.from({ length: 53 }, (_, i) => ({ displayName: `Quiet ${String(i).padStart(2, '0')}` }));
    const { user, fake } = renderApp('#/', many, (f) => {
      f.people.forEach((p) => (p.createdAt = '2024-06-01T09:00:00.000Z'));
      return '#/prune';
    });
    await screen.findByRole('list', { name: 'Suggestions to prune' });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(53));
    expect(fake.callsTo('prune:list')).toEqual([{ limit: 50 }, { limit: 50, cursor: '50' }]);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    // Fifty rows with their buttons take a while to render in jsdom on a busy machine.
  }, 20_000);

  it('explains what would show up when there is nobody to prune, and is reached from People', async () => {
    const { user } = renderApp('#/people', [{ displayName: 'Ada Obi' }]);
    await user.click(await screen.findByRole('link', { name: /Prune/ }));
    expect(await screen.findByRole('heading', { name: 'Nobody to prune right now' })).toBeTruthy();
    expect(screen.getByText(/reached out three or more times and they never started a conversation/)).toBeTruthy();
    expect(screen.getByText(/nobody is moved or archived until you click/)).toBeTruthy();
  });
});
