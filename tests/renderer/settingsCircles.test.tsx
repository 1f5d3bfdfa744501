import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoContractDrift, renderApp } from './harness';

const PEOPLE = [
  { displayName: 'Ada Obi', circle: 'close' as const },
  { displayName: 'Bo Ng', circle: 'close' as const },
  { displayName: 'Cy Old', circle: 'inner' as const },
];

describe('Settings: circles and cadences', () => {
  it('lists the five circles with their cadence and people, and changes one (refusing 0 with the core’s words)', async () => {
    const { user, fake } = renderApp('#/settings', PEOPLE);
    const circles = await screen.findByRole('list', { name: 'Circles' });
    expect(within(circles).getAllByRole('listitem')).toHaveLength(5);
    const close = within(circles).getByRole('form', { name: 'Close circle' });
    expect(within(close).getByText('2 people')).toBeTruthy();
    expect(within(within(circles).getByRole('form', { name: 'Inner circle' })).getByText('1 person')).toBeTruthy();
    const days = within(close).getByRole('spinbutton', { name: 'Close: days between touches' }) as HTMLInputElement;
    expect(days.value).toBe('30');
    expect((within(close).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);

    await user.clear(days);
    await user.type(days, '0');
    await user.click(within(close).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(days.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Must be at least 1 day/i);
    expect(fake.rejected.map((r) => r.issues[0]?.path)).toEqual(['cadenceDays']);

    await user.clear(days);
    await user.type(days, '45{Enter}');
    expect(await screen.findByText('Close: every 45 days')).toBeTruthy();
    expect(fake.callsTo('circles:update').at(-1)).toEqual({ id: 'close', cadenceDays: 45 });
    expect(days.getAttribute('aria-invalid')).toBe('false');
    await waitFor(() => expect((within(close).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('a new circle cadence shows on the person page', async () => {
    const { user, fake } = renderApp('#/settings', PEOPLE);
    const close = await screen.findByRole('form', { name: 'Close circle' });
    const days = within(close).getByRole('spinbutton', { name: 'Close: days between touches' });
    await user.clear(days);
    await user.type(days, '12{Enter}');
    await screen.findByText('Close: every 12 days');
    window.location.hash = `#/people/${fake.people[0]!.id}`;
    const kept = await screen.findByRole('region', { name: 'Keeping in touch' });
    expect(await within(kept).findByText(/Every 12 days, from the Close circle/)).toBeTruthy();
    expectNoContractDrift(fake);
  });
});

describe('Settings: reminders and notifications', () => {
  it('shows the current settings and saves only what changed; a bad value gets the core’s words', async () => {
    const { user, fake } = renderApp('#/settings');
    const form = await screen.findByRole('form', { name: 'Reminders and notifications' });
    const zone = within(form).getByRole('combobox', { name: 'Time zone' }) as HTMLSelectElement;
    expect(zone.value).toBe('Europe/London');
    expect(within(zone).getAllByRole('option').length).toBeGreaterThan(100);
    expect((within(form).getByRole('combobox', { name: 'Morning hour' }) as HTMLSelectElement).value).toBe('9');
    expect((within(form).getByRole('combobox', { name: 'Daily digest' }) as HTMLSelectElement).value).toBe('off');
    const followUp = within(form).getByRole('spinbutton', { name: 'Event follow-up after (days)' }) as HTMLInputElement;
    expect(followUp.value).toBe('2');
    const notify = within(form).getByRole('checkbox', { name: /Desktop notifications/ }) as HTMLInputElement;
    expect(notify.checked).toBe(true);

    await user.clear(followUp);
    await user.type(followUp, '61');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(followUp.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(followUp.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Must be at most 60 days/);
    expect(fake.rejected.map((r) => r.issues[0]?.path)).toEqual(['eventFollowUpDays']);

    await user.clear(followUp);
    await user.type(followUp, '0');
    await user.selectOptions(zone, 'America/New_York');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Morning hour' }), '8');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Daily digest' }), '18');
    await user.click(notify);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved the reminder settings')).toBeTruthy();
    expect(fake.callsTo('reminders:update-settings').at(-1)).toEqual({
      timeZone: 'America/New_York',
      morningHour: 8,
      eventFollowUpDays: 0,
      digestHour: 18,
      notifications: false,
    });

    const saved = await screen.findByRole('form', { name: 'Reminders and notifications' });
    await user.selectOptions(within(saved).getByRole('combobox', { name: 'Daily digest' }), 'off');
    await user.click(within(saved).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('reminders:update-settings').at(-1)).toEqual({ digestHour: null }));
  });
});
