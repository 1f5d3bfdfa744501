import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi, PersonSeed } from './fakeApi';
import { seedXAccount } from './fake/x';
import { expectNoContractDrift, personId, renderApp } from './harness';

const PEOPLE: PersonSeed[] = [{ displayName: 'Ada Obi' }, { displayName: 'Bruno Almeida' }, { displayName: 'Chiara Fabbri' }];
const MUTUAL = '1626922779105800001';
const UNRESOLVED = '1626922779105800002';
const LINKED = '1626922779105800003';

/** A mutual not yet a person, an account known only by its number, Ada linked (talk, never met), Bruno met at an event. */
function seed(fake: FakeApi): string {
  seedXAccount(fake.db, { accountId: MUTUAL, handle: 'mei_lin', name: 'Mei Lin', following: true, follower: true, lastAt: '2025-02-25T09:00:00.000Z' });
  seedXAccount(fake.db, { accountId: UNRESOLVED, handle: null, sent: 2, received: 1, lastAt: '2025-02-20T09:00:00.000Z' });
  seedXAccount(fake.db, { accountId: LINKED, handle: 'ada_o', sent: 8, received: 8, personId: personId(fake, 'Ada Obi'), lastAt: '2025-02-15T09:00:00.000Z' });
  const event = fake.run('events:create', { name: 'Web Summit 2024', kind: 'conference', startsOn: '2024-11-12' });
  fake.run('people:update', { id: personId(fake, 'Bruno Almeida'), patch: { howWeMet: { eventId: event.id } } });
  return '#/x/accounts';
}

const list = (name: string) => screen.getByRole('list', { name });
const tab = (name: string) => screen.getByRole('tab', { name });

describe('X accounts', () => {
  it('sends to the Import screen before any archive, on every tab', async () => {
    const { user } = renderApp('#/x/accounts');
    expect(await screen.findByRole('heading', { name: 'No X archive imported yet' })).toBeTruthy();
    await user.click(tab('Talk on X, never met'));
    expect(screen.getByRole('heading', { name: 'No X archive imported yet' })).toBeTruthy();
  });

  it('shows mutuals not in the CRM, and adds one as a new person', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    const mutuals = await screen.findByRole('list', { name: 'X accounts' });
    expect(within(mutuals).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['@mei_lin']);
    expect(within(mutuals).getByText('Mutual')).toBeTruthy();
    await user.click(within(mutuals).getByRole('button', { name: /New person/ }));
    await user.click(within(screen.getByRole('dialog', { name: 'New person' })).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('heading', { name: 'No mutuals left to add' })).toBeTruthy();
    expect(fake.callsTo('x:create-person')).toEqual([{ accountId: MUTUAL, name: 'Mei Lin' }]);
    expect(fake.callsTo('x:accounts')).toContainEqual({ filter: 'mutual_unlinked', limit: 50 });
    expectNoContractDrift(fake);
  });

  it('lists people you talk to but never met, and people met but not connected on X; rows open the person', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'X accounts' });
    await user.click(tab('Talk on X, never met'));
    const talk = await screen.findByRole('list', { name: 'People' });
    const ada = within(talk).getByRole('listitem', { name: 'Ada Obi' });
    expect(within(ada).getByText('@ada_o').getAttribute('href')).toBe('https://x.com/ada_o');
    expect(within(ada).getByText('16 DMs (8 from them)')).toBeTruthy();
    await user.click(tab('Met, not connected on X'));
    await waitFor(() => expect(within(list('People')).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['Bruno Almeida']));
    expect(screen.getByText('Met at Web Summit 2024')).toBeTruthy();
    expect(window.location.hash).toBe('#/x/accounts?tab=met');
    await user.keyboard('j{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bruno Almeida' })).toBeTruthy();
    expect(fake.callsTo('x:people').map((r) => (r as { view: string }).view)).toEqual(['talk_never_met', 'met_not_connected']);
    expectNoContractDrift(fake);
  });

  it('says what each people view is for when it is empty', async () => {
    const { user } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => {
      seedXAccount(f.db, { handle: 'someone' });
      return '#/x/accounts?tab=talk';
    });
    expect(await screen.findByRole('heading', { name: 'Nobody you know only online' })).toBeTruthy();
    await user.click(tab('Met, not connected on X'));
    expect(await screen.findByRole('heading', { name: 'Nobody to connect with on X' })).toBeTruthy();
    expect(screen.getByText(/neither follow you nor are followed by you/)).toBeTruthy();
  });

  it('filters all accounts by chip and text, and names an unresolved account', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'X accounts' });
    await user.click(tab('All accounts'));
    await waitFor(() => expect(within(list('X accounts')).getAllByRole('listitem')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Linked' }));
    await waitFor(() => expect(within(list('X accounts')).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['@ada_o']));
    expect(within(list('X accounts')).getByRole('link', { name: 'Ada Obi' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'All' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search accounts' }), 'zzz');
    expect(await screen.findByRole('heading', { name: 'No accounts match “zzz”' })).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search accounts' }));

    await user.click(screen.getByRole('button', { name: 'Unresolved' }));
    const unresolved = await waitFor(() => within(list('X accounts')).getByRole('listitem', { name: 'Unresolved account 162692…' }));
    expect(within(unresolved).getByRole('link', { name: /Unresolved account/ }).getAttribute('href')).toBe(`https://x.com/i/user/${UNRESOLVED}`);
    await user.click(within(unresolved).getByRole('button', { name: /Name it/ }));
    const dialog = screen.getByRole('dialog', { name: 'Name this account' });
    await user.type(within(dialog).getByLabelText(/Handle/), 'ada-l');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Must be an X handle/)).toBeTruthy();
    await user.clear(within(dialog).getByLabelText(/Handle/));
    await user.type(within(dialog).getByLabelText(/Handle/), 'https://x.com/Lin_Studio');
    await user.type(within(dialog).getByLabelText('Display name'), 'Lin Studio');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('x:name-account').at(-1)).toEqual({ accountId: UNRESOLVED, handle: 'Lin_Studio', name: 'Lin Studio' });
    expect(await screen.findByText('Named the account @Lin_Studio')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No accounts here' })).toBeTruthy();
    // The one bad handle went to the core and came back as a field error, as INVALID_INPUT does.
    expect(fake.rejected.map((r) => r.channel)).toEqual(['x:name-account']);
  });

  it('unlinks a linked account from the list, with Undo linking it back', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, (f) => {
      seed(f);
      return '#/x/accounts?tab=all&filter=matched';
    });
    const linked = await screen.findByRole('list', { name: 'X accounts' });
    await user.click(within(linked).getByRole('button', { name: 'Unlink @ada_o from Ada Obi' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'No accounts here' })).toBeTruthy());
    expect(screen.getByText('Unlinked @ada_o from Ada Obi: 4 touchpoints moved back to the account')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(list('X accounts')).getByRole('listitem', { name: '@ada_o' })).toBeTruthy());
    expect(fake.callsTo('x:link')).toEqual([{ accountId: LINKED, personId: personId(fake, 'Ada Obi') }]);
    expectNoContractDrift(fake);
  });
});
