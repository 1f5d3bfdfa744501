import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi, PersonSeed } from './fakeApi';
import { seedXAccount } from './fake/x';
import { expectNoContractDrift, personId, renderApp } from './harness';

const PEOPLE: PersonSeed[] = [{ displayName: 'Ada Obi' }, { displayName: 'Ada Lovelace' }, { displayName: 'Kofi Boateng' }];
const ADA = '1626922779105700001';
const KOFI = '1626922779105700002';
const QUIET = '1626922779105700003';

/** @kofi_b (two-way, one strong candidate), @ada_o (two-way, two candidates), @quiet (one-way, one candidate): best candidate first. */
function seed(fake: FakeApi): string {
  seedXAccount(fake.db, {
    accountId: ADA,
    handle: 'ada_o',
    name: 'Ada O.',
    following: true,
    follower: true,
    sent: 12,
    received: 9,
    replies: 4,
    lastAt: '2025-02-20T10:00:00.000Z',
    candidates: [
      { personId: personId(fake, 'Ada Obi'), confidence: 0.82, reasons: ['Same first name', 'Follows you and you follow them'] },
      { personId: personId(fake, 'Ada Lovelace'), confidence: 0.55, reasons: ['Same first name'] },
    ],
  });
  seedXAccount(fake.db, {
    accountId: KOFI,
    handle: 'kofi_b',
    name: 'Kofi Boateng',
    follower: true,
    sent: 3,
    received: 5,
    lastAt: '2025-02-10T10:00:00.000Z',
    candidates: [{ personId: personId(fake, 'Kofi Boateng'), confidence: 0.97, reasons: ['Same name: Kofi Boateng'] }],
  });
  seedXAccount(fake.db, { accountId: QUIET, handle: 'quiet', replies: 2, candidates: [{ personId: personId(fake, 'Ada Obi'), confidence: 0.91 }] });
  return '#/x/matches';
}

const queue = () => screen.getByRole('list', { name: 'Accounts to review' });
const row = (title: string) => within(queue()).getByRole('listitem', { name: title });
const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label');

describe('X matches', () => {
  it('explains how to get started before any archive is imported, with a way to the Import screen', async () => {
    const { fake } = renderApp('#/x/matches');
    expect(await screen.findByRole('heading', { name: 'No X archive imported yet' })).toBeTruthy();
    expect(screen.getByText(/Download an archive of your data/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Import your X archive/ }).getAttribute('href')).toBe('#/import');
    expect(screen.queryByRole('toolbar', { name: 'Review queue' })).toBeNull();
    expectNoContractDrift(fake);
  });

  it('lists the accounts you talk to with their activity, candidates, confidence and reasons', async () => {
    const { fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    expect(within(queue()).getAllByRole('listitem', { name: /^@/ }).map((li) => li.getAttribute('aria-label'))).toEqual(['@kofi_b', '@ada_o']);
    const ada = row('@ada_o');
    expect(within(ada).getByText('Ada O.')).toBeTruthy();
    expect(within(ada).getByText('Mutual')).toBeTruthy();
    expect(within(ada).getByText(/^12 DMs sent \/ 9 received · 4 replies · last /)).toBeTruthy();
    expect(within(ada).getByRole('link', { name: /@ada_o/ }).getAttribute('href')).toBe('https://x.com/ada_o');
    const candidates = within(ada).getByRole('list', { name: 'Who @ada_o may be' });
    const best = within(candidates).getByRole('listitem', { name: 'Ada Obi, 82%' });
    expect(within(best).getByText('Best match')).toBeTruthy();
    expect(within(best).getByTitle('Confidence 82%').textContent).toBe('82% Medium');
    expect(within(within(best).getByRole('list', { name: 'Why Ada Obi' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Same first name',
      'Follows you and you follow them',
    ]);
    expect(within(candidates).getByRole('listitem', { name: 'Ada Lovelace, 55%' })).toBeTruthy();
    expect(within(row('@kofi_b')).getByText('Follows you')).toBeTruthy();
    expect(within(row('@kofi_b')).queryByText('Best match')).toBeNull();
    expect(fake.callsTo('x:matches')[0]).toMatchObject({ scope: 'talk', withoutCandidates: false });
    expectNoContractDrift(fake);
  });

  it('accepts the best candidate with a; Undo unlinks and the suggestion comes back', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.keyboard('jj');
    expect(focused()).toBe('@ada_o');
    await user.keyboard('a');
    await waitFor(() => expect(within(queue()).queryByRole('listitem', { name: '@ada_o' })).toBeNull());
    expect(fake.callsTo('x:link')).toEqual([{ accountId: ADA, personId: personId(fake, 'Ada Obi') }]);
    expect(fake.db.touchpoints.filter((t) => t.participants[0]?.name === 'Ada Obi')).toHaveLength(10);
    expect(fake.people.find((p) => p.displayName === 'Ada Obi')!.identities.map((i) => [i.display, i.xAccountId])).toEqual([['@ada_o', ADA]]);
    await waitFor(() => expect(focused()).toBe('@kofi_b'));
    const toast = screen.getByText('Linked @ada_o to Ada Obi (10 touchpoints)').closest('.toast') as HTMLElement;
    expect(within(toast).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(`#/people/${personId(fake, 'Ada Obi')}`);

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Unlinked @ada_o; it is back among the suggestions');
    expect(fake.callsTo('x:unlink')).toEqual([{ accountId: ADA, undo: true }]);
    await waitFor(() => expect(within(queue()).queryByRole('listitem', { name: '@ada_o' })).not.toBeNull());
    expect(fake.db.touchpoints).toHaveLength(0);
    expect(fake.people.find((p) => p.displayName === 'Ada Obi')!.identities).toEqual([]);
    expectNoContractDrift(fake);
  });

  it('rejects the best candidate with r: the next one becomes best, and it is never offered again', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.keyboard('jj');
    await user.keyboard('r');
    await waitFor(() => expect(within(row('@ada_o')).queryByRole('listitem', { name: /^Ada Obi/ })).toBeNull());
    expect(fake.callsTo('x:reject')).toEqual([{ accountId: ADA, personId: personId(fake, 'Ada Obi') }]);
    expect(within(row('@ada_o')).getByRole('listitem', { name: 'Ada Lovelace, 55%' })).toBeTruthy();
    expect(within(row('@ada_o')).getByRole('button', { name: /^Accept/ }).title).toBe('Link to Ada Lovelace (a)');
    expect(screen.getByText('@ada_o is not Ada Obi: never suggested for them again')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expectNoContractDrift(fake);
  });

  it('links a candidate other than the best with its own button', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.click(within(row('@ada_o')).getByRole('button', { name: '@ada_o is Ada Lovelace' }));
    await waitFor(() => expect(fake.callsTo('x:link')).toEqual([{ accountId: ADA, personId: personId(fake, 'Ada Lovelace') }]));
    await waitFor(() => expect(within(queue()).queryByRole('listitem', { name: '@ada_o' })).toBeNull());
    expectNoContractDrift(fake);
  });

  it('links to someone else with l and a person search', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.keyboard('j');
    expect(focused()).toBe('@kofi_b');
    await user.keyboard('l');
    const dialog = screen.getByRole('dialog', { name: 'Link to a person' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Person' }), 'lovel');
    await user.click(await within(dialog).findByRole('option', { name: /Ada Lovelace/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Link to Ada Lovelace' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('x:link')).toEqual([{ accountId: KOFI, personId: personId(fake, 'Ada Lovelace') }]);
    await waitFor(() => expect(within(queue()).queryByRole('listitem', { name: '@kofi_b' })).toBeNull());
    expectNoContractDrift(fake);
  });

  it('creates a new person with n; Undo gives the account back and archives them', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.keyboard('jj');
    await user.keyboard('n');
    const dialog = screen.getByRole('dialog', { name: 'New person' });
    const name = within(dialog).getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('Ada O.');
    await user.clear(name);
    await user.type(name, 'Ada Okonkwo{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('x:create-person')).toEqual([{ accountId: ADA, name: 'Ada Okonkwo' }]);
    const created = fake.people.find((p) => p.displayName === 'Ada Okonkwo')!;
    expect(created.identities.map((i) => i.display)).toEqual(['@ada_o']);
    const toast = (await screen.findByText('Added Ada Okonkwo from @ada_o (10 touchpoints)')).closest('.toast') as HTMLElement;
    expect(within(toast).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(`#/people/${created.id}`);

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('people:archive')).toEqual([{ id: created.id }]));
    expect(fake.callsTo('x:unlink')).toEqual([{ accountId: ADA, undo: true }]);
    expect(await screen.findByText('Archived Ada Okonkwo; @ada_o is not linked any more')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('widens to all accounts, and to accounts without candidates, keeping the scope in the address', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, (f) => {
      seed(f);
      seedXAccount(f.db, { accountId: '1626922779105700009', handle: 'stranger', lastAt: '2025-01-01T00:00:00.000Z' });
      return '#/x/matches';
    });
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.click(screen.getByRole('radio', { name: 'All accounts' }));
    await waitFor(() => expect(within(queue()).queryByRole('listitem', { name: '@quiet' })).toBeTruthy());
    expect(window.location.hash).toBe('#/x/matches?scope=all');
    expect(within(queue()).queryByRole('listitem', { name: '@stranger' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show accounts without candidates' }));
    const stranger = await within(queue()).findByRole('listitem', { name: '@stranger' });
    expect(within(stranger).getByText(/Nobody in Rapport looks like this account/)).toBeTruthy();
    expect(within(stranger).getByRole('button', { name: /New person/ })).toBeTruthy();
    expect(within(stranger).queryByRole('button', { name: /Accept/ })).toBeNull();
    expect(fake.callsTo('x:matches').at(-1)).toMatchObject({ scope: 'all', withoutCandidates: true });
    expectNoContractDrift(fake);
  });

  it('accepts all at or above a threshold after a confirmation that lists them, with one Undo for all', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Accept all at or above' }), '0.8');
    await user.click(screen.getByRole('button', { name: /Accept…/ }));
    const dialog = screen.getByRole('dialog', { name: 'Accept all at or above 80%' });
    const plan = await within(dialog).findByRole('list', { name: 'Links to make' });
    expect(within(plan).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['@kofi_b→Kofi Boateng97% High', '@ada_o→Ada Obi82% Medium']);
    await user.click(within(dialog).getByRole('button', { name: 'Link 2 accounts' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('x:accept-above')).toEqual([{ minConfidence: 0.8, scope: 'talk' }]);
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    expect(screen.getByText('Linked 2 accounts (12 touchpoints)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('x:unlink')).toEqual([{ accountId: KOFI, undo: true }, { accountId: ADA, undo: true }]));
    expect(fake.db.touchpoints).toHaveLength(0);
    expect(await screen.findByText('Unlinked 2 accounts; link them by hand from')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('says nothing would be linked when no candidate reaches the threshold', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Accept all at or above' }), '0.95');
    await user.click(screen.getByRole('button', { name: /Accept…/ }));
    const dialog = screen.getByRole('dialog', { name: 'Accept all at or above 95%' });
    expect(await within(dialog).findByRole('button', { name: 'Link 1 account' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Accept all at or above' }), '0.6');
    fake.run('x:reject', { accountId: KOFI, personId: personId(fake, 'Kofi Boateng') });
    fake.run('x:reject', { accountId: ADA, personId: personId(fake, 'Ada Obi') });
    await user.click(screen.getByRole('button', { name: /Accept…/ }));
    expect(await screen.findByText(/No account has a candidate at 60% or above/)).toBeTruthy();
    expect((within(screen.getByRole('dialog')).getByRole('button', { name: 'Link' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fake.callsTo('x:accept-above')).toEqual([]);
  });

  it('is all caught up once every account is linked, and shows every key on ?', async () => {
    const { user, fake } = renderApp('#/', PEOPLE, seed);
    await screen.findByRole('list', { name: 'Accounts to review' });
    await user.keyboard('?');
    expect(screen.getByRole('complementary', { name: 'Keyboard shortcuts' }).textContent).toMatch(/Not them \(reject the best match\)/);
    await user.keyboard('j');
    await user.keyboard('a');
    await waitFor(() => expect(focused()).toBe('@ada_o'));
    await user.keyboard('a');
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Review all accounts' }));
    expect(await within(queue()).findByRole('listitem', { name: '@quiet' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('Enter opens the best match; the palette and the sidebar lead here', async () => {
    const { user } = renderApp('#/today', PEOPLE, (f) => void seed(f));
    await user.click(await screen.findByRole('link', { name: 'X matches' }));
    await screen.findByRole('list', { name: 'Accounts to review' });
    row('@kofi_b').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kofi Boateng' })).toBeTruthy();
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('x matches');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'X matches' })).toBeTruthy();
  });
});
