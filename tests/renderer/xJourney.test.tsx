import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi } from './fakeApi';
import { seedXAccount } from './fake/x';
import { expectNoContractDrift, personId, renderApp } from './harness';

const ACCOUNT = '1626922779105900001';

function openPerson(fake: FakeApi, name: string): string {
  return `#/people/${personId(fake, name)}`;
}

const card = () => screen.getByRole('region', { name: 'Online and offline' });

/** The journey sentence is the core's own: the card shows what `journey:person` answered. */
function journeyText(fake: FakeApi, name: string): string {
  return fake.run('journey:person', { id: personId(fake, name) }).text;
}

describe('Journey card', () => {
  it('says there are no touchpoints yet and how to link an X account', async () => {
    const { fake } = renderApp('#/', [{ displayName: 'Hana Novotná' }], (f) => openPerson(f, 'Hana Novotná'));
    await waitFor(() => expect(within(card()).getByText('No touchpoints yet', { selector: '.journey-lives' })).toBeTruthy());
    expect(within(card()).getByText(/No account from your X archive is linked/)).toBeTruthy();
    expect(within(card()).getByRole('link', { name: 'X matches' }).getAttribute('href')).toBe('#/x/matches');
    expect(within(card()).queryByText('First online')).toBeNull();
    expectNoContractDrift(fake);
  });

  it('shows an online-only relationship with its linked account, how you follow each other and the first online date', async () => {
    const { fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => {
      seedXAccount(f.db, { accountId: ACCOUNT, handle: 'ada_o', name: 'Ada O.', following: true, follower: true, sent: 4, received: 4, personId: personId(f, 'Ada Obi'), lastAt: '2025-02-20T10:00:00.000Z' });
      return openPerson(f, 'Ada Obi');
    });
    await waitFor(() => expect(within(card()).getByText('Online only')).toBeTruthy());
    expect(within(card()).getByText(journeyText(fake, 'Ada Obi'))).toBeTruthy();
    expect(within(card()).getByText('First online').nextElementSibling?.textContent).toMatch(/X DM$/);
    expect(within(card()).getByText('First offline').nextElementSibling?.textContent).toBe('Not yet');
    const accounts = within(card()).getByRole('list', { name: 'X accounts of Ada Obi' });
    expect(within(accounts).getByRole('link', { name: /@ada_o/ }).getAttribute('href')).toBe('https://x.com/ada_o');
    expect(within(accounts).getByText('Mutual')).toBeTruthy();
    expect(within(accounts).getByText(/^4 DMs sent \/ 4 received · last /)).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('shows both worlds: the first offline touchpoint names the event', async () => {
    const { fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => {
      const ada = personId(f, 'Ada Obi');
      seedXAccount(f.db, { handle: 'ada_o', sent: 4, received: 4, personId: ada, lastAt: '2023-05-20T10:00:00.000Z' });
      const event = f.run('events:create', { name: 'Config 2024', kind: 'conference', startsOn: '2024-06-04' });
      f.run('touchpoints:create', { at: '2024-06-04T15:00:00.000Z', channel: 'in_person', initiatedBy: 'me', personIds: [ada], eventId: event.id });
      return openPerson(f, 'Ada Obi');
    });
    await waitFor(() => expect(within(card()).getByText('Both', { selector: '.journey-lives' })).toBeTruthy());
    expect(within(card()).getByText('First offline').nextElementSibling?.textContent).toMatch(/at Config 2024$/);
    expect(within(card()).getByText(journeyText(fake, 'Ada Obi'))).toBeTruthy();
  });

  it('unlinks an account with Undo linking it back; the card follows', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => {
      seedXAccount(f.db, { accountId: ACCOUNT, handle: 'ada_o', sent: 4, received: 4, personId: personId(f, 'Ada Obi') });
      return openPerson(f, 'Ada Obi');
    });
    await user.click(await within(await waitFor(card)).findByRole('button', { name: 'Unlink @ada_o from Ada Obi' }));
    await waitFor(() => expect(within(card()).getByText('No touchpoints yet', { selector: '.journey-lives' })).toBeTruthy());
    expect(fake.callsTo('x:unlink')).toEqual([{ accountId: ACCOUNT }]);
    expect(screen.getByText('Unlinked @ada_o from Ada Obi: 2 touchpoints moved back to the account')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(card()).getByText('Online only')).toBeTruthy());
    expect(fake.callsTo('x:link')).toEqual([{ accountId: ACCOUNT, personId: personId(fake, 'Ada Obi') }]);
    expect(within(card()).getByRole('list', { name: 'X accounts of Ada Obi' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('adding an x.com link under Ways to reach links the archive account, and the card refreshes', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => {
      seedXAccount(f.db, { accountId: ACCOUNT, handle: 'Ada_O', sent: 4, received: 4 });
      return openPerson(f, 'Ada Obi');
    });
    await waitFor(() => expect(within(card()).getByText(/No account from your X archive is linked/)).toBeTruthy());
    const ways = screen.getByRole('region', { name: 'Ways to reach' });
    await user.click(within(ways).getByRole('button', { name: 'Add' }));
    await user.type(within(ways).getByLabelText('Handle, address or link'), 'https://x.com/Ada_O');
    expect(within(ways).getByText('@Ada_O')).toBeTruthy();
    await user.click(within(ways).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(within(card()).getByRole('list', { name: 'X accounts of Ada Obi' })).toBeTruthy());
    expect(within(card()).getByText('Online only')).toBeTruthy();
    expect(fake.callsTo('identities:add')).toEqual([{ personId: personId(fake, 'Ada Obi'), identity: { kind: 'x', value: 'https://x.com/Ada_O' } }]);
    expectNoContractDrift(fake);
  });
});
