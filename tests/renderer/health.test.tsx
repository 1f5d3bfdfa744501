import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi } from './fakeApi';
import { expectNoContractDrift, personId, renderApp } from './harness';

type Touch = [at: string, initiatedBy: 'me' | 'them', kind?: 'conversation' | 'help_given' | 'help_received'];

/** The fake's clock stands at the start of March 2025: these fall in the last 90 days, the year, and two years. */
const HISTORY: Touch[] = [
  ['2025-02-20T10:00:00Z', 'me'],
  ['2025-02-01T10:00:00Z', 'them', 'help_received'],
  ['2024-12-10T10:00:00Z', 'me', 'help_given'],
  ['2024-06-15T10:00:00Z', 'me'],
  ['2023-05-10T10:00:00Z', 'them'],
];

function seed(touches: Touch[]) {
  return (fake: FakeApi) => {
    const ada = personId(fake, 'Ada Obi');
    for (const [at, initiatedBy, kind = 'conversation'] of touches) {
      fake.run('touchpoints:create', { at, channel: 'x_dm', initiatedBy, kind, personIds: [ada] });
    }
    return `#/people/${ada}`;
  };
}

const ADA = [{ displayName: 'Ada Obi', circle: 'close' as const }];
const card = (name: string) => screen.getByRole('region', { name });

describe('Relationship health', () => {
  it('shows recency, frequency, who starts, favours, trend and two years by month', async () => {
    const { fake } = renderApp('#/', ADA, seed(HISTORY));
    const health = await screen.findByRole('region', { name: 'Relationship health' });
    await within(health).findByText('You started 3 of the last 5.');
    expect(within(health).getByText('Balanced: 1 given and 1 received in 12 months.')).toBeTruthy();
    expect(within(health).getByText('Last 90 days').nextElementSibling?.textContent).toBe('3');
    expect(within(health).getByText('Last 12 months').nextElementSibling?.textContent).toBe('4');
    expect(within(health).getByText(/Feb 20, 2025/)).toBeTruthy();
    expect(within(health).getByText('Warming')).toBeTruthy();

    const chart = within(health).getByRole('img', { name: /Touchpoints per month, April 2023 to March 2025: 5 touchpoints in all/ });
    const months = chart.querySelectorAll('.months-chart-month');
    expect(months).toHaveLength(24);
    expect(months[1]!.querySelector('title')?.textContent).toBe('May 2023: 1 touchpoint');
    expect(months[23]!.querySelector('title')?.textContent).toBe('March 2025: 0 touchpoints');
    expect(fake.callsTo('health:person')).toEqual([{ id: fake.people[0]!.id }]);
    expectNoContractDrift(fake);
  });

  it('re-reads when a touchpoint is logged elsewhere', async () => {
    const { fake } = renderApp('#/', ADA, seed(HISTORY));
    const health = await screen.findByRole('region', { name: 'Relationship health' });
    await within(health).findByText('You started 3 of the last 5.');
    await fake.bridge.invoke('touchpoints:create', { at: '2025-02-28T10:00:00Z', channel: 'email', initiatedBy: 'them', personIds: [fake.people[0]!.id] });
    expect(await within(health).findByText('Evenly shared: each of you started 3 of the last 6.')).toBeTruthy();
    expect(within(health).getByText('Last 90 days').nextElementSibling?.textContent).toBe('4');
  });

  it('says what will show up for someone with nothing logged', async () => {
    renderApp('#/', ADA, seed([]));
    const health = await screen.findByRole('region', { name: 'Relationship health' });
    expect(await within(health).findByText(/No touchpoints yet. Once you log some/)).toBeTruthy();
    expect(within(health).getByText('Never')).toBeTruthy();
    expect(within(health).queryByRole('img')).toBeNull();
  });
});

describe('Keeping in touch', () => {
  it('shows the due state from the circle, sets their own cadence (refusing 0 with the core’s words) and goes back to the circle’s', async () => {
    const { user, fake } = renderApp('#/', ADA, seed(HISTORY));
    const id = fake.people[0]!.id;
    await within(await screen.findByRole('region', { name: 'Keeping in touch' })).findByText('On track');
    expect(within(card('Keeping in touch')).getByText(/Every 30 days, from the Close circle/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit circle and cadence' }));
    const form = screen.getByRole('form', { name: 'Keeping in touch' });
    await user.click(within(form).getByRole('radio', { name: 'Their own' }));
    const days = within(form).getByRole('spinbutton', { name: 'Every how many days' });
    await user.type(days, '0');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(days.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Must be at least 1 day/i);
    expect(fake.rejected.map((r) => r.issues[0]?.path)).toEqual(['patch.cadenceDays']);

    await user.clear(days);
    await user.type(days, '7');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const kept = card('Keeping in touch');
    expect(await within(kept).findByText('Overdue by 1 day')).toBeTruthy();
    expect(within(kept).getByText(/Every 7 days, their own cadence/)).toBeTruthy();
    expect(fake.callsTo('people:update').at(-1)).toEqual({ id, patch: { circle: 'close', cadenceDays: 7 } });

    await user.click(screen.getByRole('button', { name: 'Edit circle and cadence' }));
    await user.click(within(screen.getByRole('form', { name: 'Keeping in touch' })).getByRole('radio', { name: /Use the circle’s/ }));
    await user.click(within(screen.getByRole('form', { name: 'Keeping in touch' })).getByRole('button', { name: 'Save' }));
    expect(await within(card('Keeping in touch')).findByText('On track')).toBeTruthy();
    expect(fake.callsTo('people:update').at(-1)).toEqual({ id, patch: { circle: 'close', cadenceDays: null } });
  });

  it('says there is no rhythm for someone outside any circle', async () => {
    renderApp('#/', [{ displayName: 'Ada Obi' }], seed([]));
    expect(await screen.findByText(/No rhythm yet/)).toBeTruthy();
  });
});
