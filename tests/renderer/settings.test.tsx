import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoContractDrift, renderApp } from './harness';

describe('Settings', () => {
  it('shows app info, backs up now, and restores only after a confirm step', async () => {
    const { user, fake } = renderApp('#/settings', [{ displayName: 'Kwame Mensah' }]);
    expect(await screen.findByText('/home/test/.config/Rapport/crm.db')).toBeTruthy();
    expect(screen.getByText(/0001_search/)).toBeTruthy();
    expect(await screen.findByText(/No backups yet/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    const list = await screen.findByRole('list', { name: 'Backups' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await user.click(within(list).getByRole('button', { name: 'Restore…' }));
    expect(fake.callsTo('backups:restore')).toEqual([]);
    expect(screen.getByText(/The current data is backed up first/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));

    await waitFor(() => expect(fake.callsTo('backups:restore')).toEqual([{ name: fake.backups.at(-1)?.name }]));
    expect(await screen.findByText(/The previous data is kept as/)).toBeTruthy();
    expectNoContractDrift(fake);
  });
});
