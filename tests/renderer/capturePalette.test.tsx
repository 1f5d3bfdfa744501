import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CAPTURE_EXAMPLE } from '../../renderer/src/features/capture/QuickCaptureDialog';
import { expectNoContractDrift, renderApp } from './harness';

describe('Quick capture', () => {
  it('previews the issue’s example line, commits with Enter and links to the new person', async () => {
    const { user, fake } = renderApp('#/people', [], (f) => void f.run('events:create', { name: "Gilda's Club lunch", startsOn: '2025-02-20' }));
    await screen.findByText(/No people yet/);
    await user.keyboard('{Control>}{Shift>}k{/Shift}{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Quick capture' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Capture line' }), CAPTURE_EXAMPLE);
    const preview = await within(dialog).findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Chuck Flagg')).toBeTruthy();
    expect(within(preview).getByText('@theflaggagency')).toBeTruthy();
    expect(within(preview).getByText('existing event')).toBeTruthy();
    expect(within(preview).getByText('aviation art')).toBeTruthy();
    expect(within(preview).getByText('#prospect')).toBeTruthy();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('capture:commit')).toEqual([{ line: CAPTURE_EXAMPLE, personId: null, eventId: fake.db.events[0]!.id }]);
    const chuck = fake.people[0]!;
    expect(chuck).toMatchObject({ displayName: 'Chuck Flagg', interests: [{ name: 'aviation art' }], tags: [{ name: 'prospect' }] });
    const toast = screen.getByText(/Added Chuck Flagg · met at Gilda's Club lunch/).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('link', { name: 'Open Chuck Flagg' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Chuck Flagg' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('offers to add to the person who already has the handle, and does so by default', async () => {
    const { user, fake } = renderApp('#/people', [{ displayName: 'Charles Flagg', identities: [{ kind: 'x', value: 'theflaggagency', display: '@theflaggagency' }] }]);
    await screen.findByText('Charles Flagg');
    await user.click(screen.getByRole('button', { name: /Quick capture/ }));
    await user.type(screen.getByRole('textbox', { name: 'Capture line' }), 'Chuck Flagg @theflaggagency likes jazz');
    const existing = await screen.findByRole('radio', { name: /Add to Charles Flagg/ });
    expect((existing as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.callsTo('capture:commit')).toEqual([{ line: 'Chuck Flagg @theflaggagency likes jazz', personId: fake.people[0]!.id }]));
    expect(fake.people).toHaveLength(1);
    expect(fake.people[0]!.interests.map((i) => i.name)).toEqual(['jazz']);
  });
});

describe('Command palette', () => {
  it('searches people, events and notes as you type and opens the chosen one with the keyboard', async () => {
    const { user, fake } = renderApp('#/people', [{ displayName: 'Chuck Flagg' }, { displayName: 'Kofi Boateng' }], (f) => {
      f.run('events:create', { name: 'Flagg agency open day' });
      f.run('touchpoints:create', { at: '2025-01-02T10:00:00Z', channel: 'x_dm', initiatedBy: 'me', personIds: [f.people[1]!.id], note: 'Asked about the Flagg intro' });
    });
    await screen.findByText('Kofi Boateng');
    await user.keyboard('{Control>}k{/Control}');
    const input = screen.getByRole('combobox', { name: 'Search or run a command' });
    expect(document.activeElement).toBe(input);
    await user.keyboard('flagg');
    const list = screen.getByRole('listbox', { name: 'Results' });
    await within(list).findByRole('option', { name: /Chuck Flagg/ });
    expect(within(list).getByRole('option', { name: /Flagg agency open day/ })).toBeTruthy();
    expect(within(list).getByRole('option', { name: /Asked about the Flagg intro/ })).toBeTruthy();
    expect(fake.callsTo('search:all').at(-1)).toEqual({ query: 'flagg', limit: 6 });

    const options = within(list).getAllByRole('option');
    const chuck = options.findIndex((o) => o.textContent?.includes('Chuck Flagg'));
    for (let i = 0; i < chuck; i++) await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[chuck]!.id);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Chuck Flagg' })).toBeTruthy();
  });

  it('runs actions: log a touchpoint with the open person, new event, and closes with Esc', async () => {
    const { user } = renderApp('#/', [{ displayName: 'Chuck Flagg' }], (f) => `#/people/${f.people[0]!.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Chuck Flagg' });
    await user.keyboard('{Control>}k{/Control}');
    const first = within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Log touchpoint with Chuck Flagg');
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('dialog', { name: 'Log touchpoint' })).getByText('Chuck Flagg')).toBeTruthy();
    await user.keyboard('{Escape}');

    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('new ev{Enter}');
    expect(screen.getByRole('dialog', { name: 'New event' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sets a reminder about the open person from the palette, and opens Reminders and Prune', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Chuck Flagg' }], (f) => `#/people/${f.people[0]!.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Chuck Flagg' });
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('new reminder about{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'New reminder' });
    expect(within(dialog).getByText('Chuck Flagg')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Tomorrow' }));
    await user.click(within(dialog).getByRole('button', { name: 'Set reminder' }));
    await waitFor(() => expect(fake.callsTo('reminders:create')).toMatchObject([{ personId: fake.people[0]!.id }]));
    expect(screen.queryByRole('dialog', { name: 'New reminder' })).toBeNull();

    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('go to reminders{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reminders' })).toBeTruthy();
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('prune{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Prune' })).toBeTruthy();
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp('#/people', [{ displayName: 'Chuck Flagg' }]);
    await screen.findByText('Chuck Flagg');
    await user.keyboard('{Control>}k{/Control}zzqx');
    expect(await screen.findByText(/Nothing matches “zzqx”/)).toBeTruthy();
  });
});
