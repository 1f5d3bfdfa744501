import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationEntry } from '../../shared/domain/reminder';
import { App } from '../../renderer/src/app/App';
import { setTransport } from '../../renderer/src/lib/transport';
import { type FakeApi, installFakeApi } from './fakeApi';
import { reminderState, seedReminder } from './fake/reminders';
import { expectNoContractDrift, personId, renderApp } from './harness';

// The fake's clock starts on 2025-03-01 at 09:00 UTC.
const LAST_WEEK = Date.parse('2025-02-22T09:00:00Z');
const NEXT_WEEK = Date.parse('2025-03-08T09:00:00Z');

function seed(fake: FakeApi): void {
  const ada = personId(fake, 'Ada Obi');
  seedReminder(fake.db, { title: 'Send Ada the HBR article', personId: ada, dueAt: LAST_WEEK });
  seedReminder(fake.db, { title: 'Water the plants', dueAt: NEXT_WEEK, kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=SA' });
  seedReminder(fake.db, { title: 'Book the venue', dueAt: LAST_WEEK, status: 'done', doneAt: LAST_WEEK + 3_600_000 });
}

const ADA = { displayName: 'Ada Obi' };

describe('Reminders screen', () => {
  it('lists open reminders with kind, person, local time and repeat text, and pages through tabs by state', async () => {
    const { user, fake } = renderApp('#/reminders', [ADA], seed);
    const open = await screen.findByRole('list', { name: 'Open reminders' });
    const ada = within(open).getByRole('listitem', { name: 'Send Ada the HBR article' });
    expect(within(ada).getByRole('link', { name: 'Ada Obi' })).toBeTruthy();
    expect(within(ada).getByText(/^Was due /)).toBeTruthy();
    const plants = within(open).getByRole('listitem', { name: 'Water the plants' });
    expect(within(plants).getByText('Weekly on Saturday')).toBeTruthy();
    expect(within(plants).getByText('Repeating reminder')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Done' }));
    const done = await screen.findByRole('list', { name: 'Done reminders' });
    expect(within(done).getByRole('listitem', { name: 'Book the venue' })).toBeTruthy();
    expect(fake.callsTo('reminders:list').at(-1)).toMatchObject({ status: 'done' });

    await user.click(screen.getByRole('tab', { name: 'Dismissed' }));
    expect(await screen.findByRole('heading', { name: 'Nothing dismissed' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('completes, dismisses and reopens from the keyboard', async () => {
    const { user, fake } = renderApp('#/reminders', [ADA], seed);
    await screen.findByRole('list', { name: 'Open reminders' });
    await user.keyboard('jx');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Send Ada the HBR article' })).toBeNull());
    expect(fake.callsTo('reminders:dismiss')).toHaveLength(1);
    await user.keyboard('d');
    await waitFor(() => expect(fake.callsTo('reminders:complete')).toHaveLength(1));
    // A repeating reminder comes back with its next occurrence.
    expect(await screen.findByText(/Done: Water the plants\. Next:/)).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Dismissed' }));
    const dismissed = await screen.findByRole('list', { name: 'Dismissed reminders' });
    await user.click(within(dismissed).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Send Ada the HBR article' })).toBeNull());
    expect(reminderState(fake.db).rows[0]!.status).toBe('open');
    expectNoContractDrift(fake);
  });

  it('new reminder: person, title, date and time, weekly repeat, note; core errors shown under the field', async () => {
    const { user, fake } = renderApp('#/reminders', [ADA], seed);
    await screen.findByRole('list', { name: 'Open reminders' });
    await user.keyboard('n');
    const dialog = screen.getByRole('dialog', { name: 'New reminder' });
    await user.type(within(dialog).getByRole('combobox', { name: 'About' }), 'Ada');
    await user.click(await within(dialog).findByRole('option', { name: /Ada Obi/ }));
    expect((within(dialog).getByLabelText('Title') as HTMLInputElement).placeholder).toBe('Get in touch with Ada Obi');
    await user.clear(within(dialog).getByLabelText('Due'));
    await user.type(within(dialog).getByLabelText('Due'), '2025-03-10');
    await user.type(within(dialog).getByLabelText('Time (optional)'), '14:30');
    await user.selectOptions(within(dialog).getByLabelText('Repeat'), 'custom');
    await user.type(within(dialog).getByLabelText('Rule'), 'FREQ=SOMETIMES');
    await user.click(within(dialog).getByRole('button', { name: 'Set reminder' }));

    const rule = within(dialog).getByLabelText('Rule');
    await waitFor(() => expect(rule.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(rule.getAttribute('aria-describedby')!)?.textContent).toBe('FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY.');

    await user.selectOptions(within(dialog).getByLabelText('Repeat'), 'weekly');
    expect(within(dialog).getByRole('option', { name: 'Every week on Monday' })).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Note'), 'ask about the Bulldogs');
    await user.click(within(dialog).getByRole('button', { name: 'Set reminder' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const sent = fake.callsTo('reminders:create').at(-1) as Record<string, unknown>;
    expect(sent).toMatchObject({ personId: personId(fake, 'Ada Obi'), rrule: 'FREQ=WEEKLY;BYDAY=MO', note: 'ask about the Bulldogs' });
    expect(new Date(sent.due as string).getHours()).toBe(14);
    expect(await screen.findByRole('listitem', { name: 'Get in touch with Ada Obi' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('a reminder without a person needs a title; the field says so before anything is sent', async () => {
    const { user, fake } = renderApp('#/reminders', [], () => undefined);
    expect(await screen.findByRole('heading', { name: 'No open reminders' })).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: /New reminder/ })[0]!);
    await user.click(within(screen.getByRole('dialog', { name: 'New reminder' })).getByRole('button', { name: 'Set reminder' }));
    expect(screen.getByText('Give it a title, or pick a person.')).toBeTruthy();
    expect(fake.callsTo('reminders:create')).toEqual([]);
  });
});

describe('Person reminders card', () => {
  it("shows the person's open reminders and adds one for them", async () => {
    const { user, fake } = renderApp('#/', [ADA], (f) => {
      seed(f);
      return `#/people/${personId(f, 'Ada Obi')}`;
    });
    const card = await screen.findByRole('region', { name: 'Reminders' });
    expect(await within(card).findByRole('listitem', { name: 'Send Ada the HBR article' })).toBeTruthy();
    expect(within(card).queryByText('Water the plants')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Add reminder' }));
    const dialog = screen.getByRole('dialog', { name: 'New reminder' });
    expect(within(dialog).getByText('Ada Obi')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Title'), 'Birthday card');
    await user.click(within(dialog).getByRole('button', { name: 'Set reminder' }));
    expect(await within(card).findByRole('listitem', { name: 'Birthday card' })).toBeTruthy();
    expectNoContractDrift(fake);
  });
});

describe('Inbox and notifications', () => {
  const entry = (id: string, read: boolean, personId: string | null): NotificationEntry => ({
    id,
    kind: 'due',
    title: 'Send Ada the HBR article',
    body: 'Ada Obi',
    reminderIds: [],
    personId,
    at: '2025-03-01T09:00:00.000Z',
    read,
  });

  it('shows the unread count on the bell, lists entries, and a click leads to the person', async () => {
    const { user, fake } = renderApp('#/today', [ADA], (f) => {
      reminderState(f.db).inbox.push(entry('n1', false, personId(f, 'Ada Obi')), entry('n2', true, null));
    });
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    const panel = screen.getByRole('dialog', { name: 'Notifications' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
    // Electron shows OS notifications itself: no browser permission button there.
    expect(within(panel).queryByRole('button', { name: /desktop notifications/ })).toBeNull();
    await user.click(within(panel).getAllByRole('button', { name: /Send Ada the HBR article/ })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Obi' })).toBeTruthy();
    expect(fake.callsTo('inbox:mark-read')).toEqual([{ ids: ['n1'] }]);
    expect(screen.getByRole('button', { name: 'Notifications' })).toBeTruthy();
  });

  it('a reminder-due event shows a toast and lands in the inbox', async () => {
    const { fake } = renderApp('#/today', [ADA]);
    await screen.findByRole('heading', { name: 'Nothing due today' });
    act(() => fake.emit('reminder-due', entry('n3', false, null)));
    expect(await screen.findByText('Send Ada the HBR article — Ada Obi')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('in browser mode also shows a Web Notification once allowed, and the panel offers to allow them', async () => {
    const shown: { title: string; body?: string }[] = [];
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = vi.fn(async () => (FakeNotification.permission = 'granted'));
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
      }
      close() {}
    }
    vi.stubGlobal('Notification', FakeNotification);
    const fake = installFakeApi({ people: [ADA] });
    // Browser mode: no preload bridge, the core answers over HTTP (here, the same fake).
    delete window.api;
    setTransport({ kind: 'http', invoke: (c, p) => fake.bridge.invoke(c, p), on: (e, cb) => fake.bridge.on(e, cb) });
    window.location.hash = '#/today';
    render(<App />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    await user.click(screen.getByRole('button', { name: 'Turn on desktop notifications' }));
    expect(FakeNotification.requestPermission).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Turn on desktop notifications' })).toBeNull());

    act(() => fake.emit('reminder-due', entry('n4', false, null)));
    expect(await screen.findByText('Send Ada the HBR article — Ada Obi')).toBeTruthy();
    expect(shown).toEqual([{ title: 'Send Ada the HBR article', body: 'Ada Obi' }]);
  });

  it('in Electron the main process shows the OS notification: the page does not add a second one', async () => {
    const construct = vi.fn();
    vi.stubGlobal('Notification', Object.assign(construct, { permission: 'granted' }));
    const { fake } = renderApp('#/today', [ADA]);
    await screen.findByRole('heading', { name: 'Nothing due today' });
    act(() => fake.emit('reminder-due', entry('n5', false, null)));
    expect(await screen.findByText('Send Ada the HBR article — Ada Obi')).toBeTruthy();
    expect(construct).not.toHaveBeenCalled();
  });
});
