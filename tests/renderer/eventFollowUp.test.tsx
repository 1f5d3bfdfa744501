import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoContractDrift, renderApp } from './harness';

describe('Event follow-up reminder', () => {
  it('creates an event with follow-ups off, or with the default (named from the settings)', async () => {
    const { user, fake } = renderApp('#/events');
    await user.click((await screen.findAllByRole('button', { name: /New event/ }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New event' });
    const followUp = within(dialog).getByRole('combobox', { name: 'Follow-up reminder' }) as HTMLSelectElement;
    expect(await within(followUp).findByRole('option', { name: 'Use the default (2 days)' })).toBeTruthy();
    expect(followUp.value).toBe('default');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Press dinner');
    await user.selectOptions(followUp, 'off');
    await user.click(within(dialog).getByRole('button', { name: 'Create event' }));
    await screen.findByRole('heading', { level: 1, name: 'Press dinner' });
    expect(fake.callsTo('events:create').at(-1)).toMatchObject({ name: 'Press dinner', followUpDays: 0 });
    expect(fake.db.events.at(-1)?.followUpDays).toBe(0);
    expectNoContractDrift(fake);
  });

  it('edits an event’s own follow-up days and goes back to the default', async () => {
    const { user, fake } = renderApp('#/', [], (f) => `#/events/${f.run('events:create', { name: 'Web Summit', followUpDays: 10 }).id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit event' }));
    const form = screen.getByRole('form', { name: 'Edit Web Summit' });
    const followUp = within(form).getByRole('combobox', { name: 'Follow-up reminder' }) as HTMLSelectElement;
    expect(followUp.value).toBe('10');
    expect(within(followUp).getByRole('option', { selected: true }).textContent).toBe('After 10 days');
    await user.selectOptions(followUp, '3');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.db.events[0]?.followUpDays).toBe(3));

    await user.click(await screen.findByRole('button', { name: 'Edit event' }));
    await user.selectOptions(within(screen.getByRole('form', { name: 'Edit Web Summit' })).getByRole('combobox', { name: 'Follow-up reminder' }), 'default');
    await user.click(within(screen.getByRole('form', { name: 'Edit Web Summit' })).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.db.events[0]?.followUpDays).toBeNull());
    expect((fake.callsTo('events:update').at(-1) as { patch: unknown }).patch).toMatchObject({ followUpDays: null });
    expectNoContractDrift(fake);
  });
});
