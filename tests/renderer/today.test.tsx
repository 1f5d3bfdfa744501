import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeApi } from './fakeApi';
import { reminderState, seedReminder } from './fake/reminders';
import { expectNoContractDrift, personId, renderApp } from './harness';

// The fake's clock starts on 2025-03-01 at 09:00 UTC and moves a minute per write.
const YESTERDAY = Date.parse('2025-02-28T09:00:00Z');
const TONIGHT = Date.parse('2025-03-01T20:00:00Z');

/** Ada is overdue for an inner-circle check-in and owes a reply; Kofi's article is due tonight. */
function seed(fake: FakeApi): void {
  const ada = personId(fake, 'Ada Obi');
  const kofi = personId(fake, 'Kofi Boateng');
  fake.run('touchpoints:create', { at: '2024-11-20T12:00:00Z', channel: 'call', initiatedBy: 'them', kind: 'conversation', personIds: [ada] });
  seedReminder(fake.db, { title: 'Send Ada the HBR article', personId: ada, dueAt: YESTERDAY });
  seedReminder(fake.db, { title: 'Intro Kofi to Sam', personId: kofi, dueAt: TONIGHT });
}

const PEOPLE = [
  { displayName: 'Ada Obi', circle: 'inner' as const, interests: ['college football'] },
  { displayName: 'Kofi Boateng', circle: 'network' as const },
];

function openToday(): ReturnType<typeof renderApp> {
  const h = renderApp('#/today', PEOPLE, seed);
  return h;
}

const row = (name: string) => screen.getByRole('listitem', { name });
const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label');

describe('Today', () => {
  it('is the home screen and says what to do when nothing is due', async () => {
    renderApp('#/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Nothing due today' })).toBeTruthy();
    expect(screen.getByText(/Capture people at your next event/)).toBeTruthy();
    expect(window.location.hash).toBe('#/today');
  });

  it('shows overdue, due today and reconnect sections with reasons, opener and an explained score', async () => {
    const { fake } = openToday();
    expect(await screen.findByRole('list', { name: 'Overdue' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Overdue' })).getByText('Send Ada the HBR article')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Due today' })).getByText('Intro Kofi to Sam')).toBeTruthy();
    const ada = within(screen.getByRole('list', { name: 'Reconnect' })).getByRole('listitem', { name: 'Ada Obi' });
    expect(within(ada).getByText(/you aim for every 14/)).toBeTruthy();
    expect(within(ada).getByText(/Hey Ada, it's been a while! How's college football going these days\?/)).toBeTruthy();
    expect(within(ada).getByLabelText(/^Score \d+: overdue \+\d+/)).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('shows the first rows of a long section and the rest on "Show all"', async () => {
    const { user } = renderApp('#/today', PEOPLE, (fake) => {
      for (let i = 0; i < 12; i++) seedReminder(fake.db, { title: `Overdue ${String(i).padStart(2, '0')}`, dueAt: YESTERDAY - i * 60_000 });
    });
    const list = await screen.findByRole('list', { name: 'Overdue' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: /Show all 12/ }));
    expect(within(screen.getByRole('list', { name: 'Overdue' })).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /Show all 12/ })).toBeNull();
  });

  it('moves one focus across all rows with j/k, marks done with d, and Undo reopens', async () => {
    const { user, fake } = openToday();
    await screen.findByRole('list', { name: 'Reconnect' });
    await user.keyboard('j');
    expect(focused()).toBe('Send Ada the HBR article');
    await user.keyboard('jj');
    expect(focused()).toBe('Ada Obi');
    await user.keyboard('k');
    expect(focused()).toBe('Intro Kofi to Sam');
    await user.keyboard('d');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Intro Kofi to Sam' })).toBeNull());
    expect(fake.callsTo('reminders:complete')).toEqual([{ id: reminderState(fake.db).rows[1]!.id }]);
    // The row that took its place has the focus, so the next key acts on it.
    await waitFor(() => expect(focused()).toBe('Ada Obi'));

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Intro Kofi to Sam' })).toBeTruthy();
    expect(fake.callsTo('reminders:reopen')).toHaveLength(1);
    expectNoContractDrift(fake);
  });

  it('done & log: one step, last-used channel preselected, logs the touchpoint with the person', async () => {
    window.localStorage.setItem('rapport.lastChannel', 'x_dm');
    const { user, fake } = openToday();
    await screen.findByRole('list', { name: 'Overdue' });
    await user.keyboard('j');
    await user.keyboard('l');
    const dialog = screen.getByRole('dialog', { name: 'Done & log touchpoint' });
    expect((within(dialog).getByRole('radio', { name: 'X DM' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'Email' }));
    await user.type(within(dialog).getByLabelText('Note'), 'sent the article');
    await user.click(within(dialog).getByRole('button', { name: 'Done & log' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('reminders:complete').at(-1)).toMatchObject({ log: { channel: 'email', initiatedBy: 'me', note: 'sent the article' } });
    const logged = fake.db.touchpoints.find((t) => t.note === 'sent the article');
    expect(logged?.participants.map((p) => p.name)).toEqual(['Ada Obi']);
    // Ada's cadence is reset by the touchpoint, so she leaves the reconnect list.
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Reconnect' })).toBeNull());
    expect(window.localStorage.getItem('rapport.lastChannel')).toBe('email');
    expectNoContractDrift(fake);
  });

  it('snoozes with a preset key; the reminder leaves Today', async () => {
    const { user, fake } = openToday();
    await screen.findByRole('list', { name: 'Overdue' });
    await user.keyboard('j');
    await user.keyboard('s');
    const dialog = screen.getByRole('dialog', { name: 'Snooze' });
    expect(within(dialog).getByText('Send Ada the HBR article')).toBeTruthy();
    await user.keyboard('2');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Overdue' })).toBeNull());
    expect(fake.callsTo('reminders:snooze')).toMatchObject([{ preset: 'tomorrow_morning' }]);
    expect(await screen.findByText(/^Snoozed until/)).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('not now hides a suggestion for 30 days; Undo brings it back', async () => {
    const { user, fake } = openToday();
    await screen.findByRole('list', { name: 'Reconnect' });
    await user.keyboard('jjj');
    expect(focused()).toBe('Ada Obi');
    await user.keyboard('x');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Reconnect' })).toBeNull());
    expect(fake.callsTo('reconnect:hide')).toMatchObject([{ mode: 'not_now' }]);
    expect(screen.getByText(/Not now for Ada Obi/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Ada Obi' })).toBeTruthy();
    expect(fake.callsTo('reconnect:unhide')).toHaveLength(1);
    expectNoContractDrift(fake);
  });

  it('Enter opens the person; l on a reconnect row opens Log touchpoint with them; ? shows every key', async () => {
    const { user } = openToday();
    await screen.findByRole('list', { name: 'Reconnect' });
    await user.keyboard('?');
    expect(screen.getByRole('complementary', { name: 'Keyboard shortcuts' }).textContent).toMatch(/Dismiss \/ not now/);
    await user.keyboard('jjj');
    await user.keyboard('l');
    const dialog = screen.getByRole('dialog', { name: 'Log touchpoint' });
    expect(within(dialog).getByText('Ada Obi')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    row('Ada Obi').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Obi' })).toBeTruthy();
  });

  it('changes circle and cadence from a suggestion', async () => {
    const { user, fake } = openToday();
    await user.click(await screen.findByRole('button', { name: 'Cadence and circle for Ada Obi' }));
    const dialog = screen.getByRole('dialog', { name: 'Cadence and circle' });
    await user.selectOptions(within(dialog).getByLabelText('Circle'), 'close');
    await user.type(within(dialog).getByLabelText('Own cadence (days)'), '200');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('people:update').at(-1)).toMatchObject({ patch: { circle: 'close', cadenceDays: 200 } });
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Reconnect' })).toBeNull());
    expectNoContractDrift(fake);
  });
});
