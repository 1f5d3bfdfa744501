import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationEntry } from '../../shared/domain/reminder';
import { EVENTS, type EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/events';
import type { CoreEventListener } from '../../electron/core/host';
import { FakeBrowserWindow, FakeNotification } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { MAX_HELD, notificationPath, notificationText, showReminderNotifications } = await import('../../electron/main/notifications');
const { relayCoreEvents } = await import('../../electron/main/ipc');

// A real collection, to show that nothing but the module keeps a shown notification alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
async function collectGarbage(): Promise<void> {
  // WeakRef targets stay alive until the current job ends.
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
}

const PERSON = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

function entry(overrides: Partial<NotificationEntry> = {}): NotificationEntry {
  return {
    id: '0190a1b2-c3d4-7e5f-8a9b-000000000001',
    kind: 'due',
    title: 'Send Ada the paper',
    body: 'About Ada Lovelace',
    reminderIds: ['0190a1b2-c3d4-7e5f-8a9b-000000000002'],
    personId: PERSON,
    at: '2026-03-10T09:00:00.000Z',
    read: false,
    ...overrides,
  };
}

/** A core handle whose events the test fires by hand. */
function fakeCore() {
  const listeners = new Set<CoreEventListener>();
  return {
    on: (listener: CoreEventListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: EventName, payload: unknown) => listeners.forEach((l) => l(event, payload)),
    get listeners() {
      return listeners.size;
    },
  };
}

function setup(win: FakeBrowserWindow | null = new FakeBrowserWindow({})) {
  const core = fakeCore();
  const opened: FakeBrowserWindow[] = [];
  const windows = {
    current: vi.fn(() => win as unknown as Electron.BrowserWindow | null),
    open: vi.fn(() => {
      const fresh = new FakeBrowserWindow({});
      opened.push(fresh);
      return fresh as unknown as Electron.BrowserWindow;
    }),
  };
  const log = vi.fn();
  const off = showReminderNotifications(core, windows, log);
  return { core, win, windows, opened, log, off };
}

/** The notification shown for one event (the show step waits for app.whenReady()). */
async function shownFor(core: ReturnType<typeof fakeCore>, payload: NotificationEntry): Promise<FakeNotification> {
  const before = FakeNotification.instances.length;
  core.emit('reminder-due', payload);
  await vi.waitFor(() => expect(FakeNotification.instances.length).toBe(before + 1));
  const shown = FakeNotification.instances.at(-1)!;
  expect(shown.shown).toBe(1);
  return shown;
}

beforeEach(() => {
  FakeNotification.supported = true;
  FakeNotification.instances = [];
  FakeNotification.isSupported.mockClear();
  FakeBrowserWindow.instances = [];
});

describe('reminder notifications', () => {
  it('shows one notification per due entry, with its title and body, not silent', async () => {
    const { core } = setup();
    const shown = await shownFor(core, entry());
    expect(FakeNotification.instances).toHaveLength(1);
    expect(shown.options).toMatchObject({ title: 'Send Ada the paper', silent: false });
    expect(shown.options.body).toBe(notificationText(entry()).body);
  });

  it('ignores the core\'s other events', async () => {
    const { core } = setup();
    core.emit('changed', { entity: 'reminder', ids: [] });
    core.emit('progress', { job: 'import', label: 'x', done: 1, total: 2 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(FakeNotification.instances).toHaveLength(0);
  });

  it('clicking a due reminder restores and focuses the window and opens the person', async () => {
    const { core, win, windows } = setup();
    win!.isMinimized.mockReturnValue(true);
    const shown = await shownFor(core, entry());
    expect(win!.webContents.send).not.toHaveBeenCalled();
    shown.emit('click', {});
    expect(win!.restore).toHaveBeenCalled();
    expect(win!.show).toHaveBeenCalled();
    expect(win!.focus).toHaveBeenCalled();
    expect(win!.webContents.send).toHaveBeenCalledWith('navigate', { path: `/people/${PERSON}` });
    expect(windows.open).not.toHaveBeenCalled();
  });

  it('a missed summary or a digest opens Today; the digest is silent', async () => {
    const { core, win } = setup();
    const missed = await shownFor(core, entry({ kind: 'missed', title: '4 reminders came due while Rapport was away', personId: null }));
    expect(missed.options.silent).toBe(false);
    missed.emit('click', {});
    expect(win!.webContents.send).toHaveBeenLastCalledWith('navigate', { path: '/today' });

    const digest = await shownFor(core, entry({ kind: 'digest', title: 'Your day in Rapport', body: '2 reminders due.', personId: null, reminderIds: [] }));
    expect(digest.options).toMatchObject({ title: 'Your day in Rapport', silent: true });
    digest.emit('click', {});
    expect(win!.webContents.send).toHaveBeenLastCalledWith('navigate', { path: '/today' });
  });

  it('opens the person an entry is about, else Today', () => {
    expect(notificationPath(entry())).toBe(`/people/${PERSON}`);
    expect(notificationPath(entry({ personId: null }))).toBe('/today');
    // A summary names a person only when it is about one reminder.
    expect(notificationPath(entry({ kind: 'missed', title: '1 reminder came due while Rapport was away' }))).toBe(`/people/${PERSON}`);
    expect(notificationPath(entry({ kind: 'missed', personId: null }))).toBe('/today');
    expect(notificationPath(entry({ kind: 'digest', personId: null }))).toBe('/today');
  });

  it('opens a window when none is open, and navigates once its page has loaded', async () => {
    const { core, windows, opened } = setup(null);
    const shown = await shownFor(core, entry());
    shown.emit('click', {});
    expect(windows.open).toHaveBeenCalledTimes(1);
    const [fresh] = opened;
    expect(fresh!.webContents.send).not.toHaveBeenCalled();
    fresh!.webContents.emit('did-finish-load');
    expect(fresh!.webContents.send).toHaveBeenCalledWith('navigate', { path: `/people/${PERSON}` });
  });

  it('shows nothing, and does not throw, where notifications are unsupported', async () => {
    FakeNotification.supported = false;
    const { core, log } = setup();
    expect(() => core.emit('reminder-due', entry())).not.toThrow();
    await vi.waitFor(() => expect(FakeNotification.isSupported).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(FakeNotification.instances).toHaveLength(0);
    expect(log).not.toHaveBeenCalled();
  });

  it('keeps each notification referenced until it is clicked or closed (a collected one loses its click handler)', async () => {
    const { core } = setup();
    // Only weak references from here on: what keeps a notification alive is the module.
    const show = async (payload: NotificationEntry) => new WeakRef(await shownFor(core, payload));
    const clicked = await show(entry());
    const closed = await show(entry({ id: 'closed' }));
    FakeNotification.instances = [];
    await collectGarbage();
    expect(clicked.deref(), 'collected while waiting for a click').toBeDefined();
    expect(closed.deref(), 'collected while waiting for a click').toBeDefined();

    clicked.deref()!.emit('click', {});
    closed.deref()!.emit('close', {});
    await collectGarbage();
    // Let go once answered: the set does not grow with every notification ever shown.
    expect(clicked.deref()).toBeUndefined();
    expect(closed.deref()).toBeUndefined();
  });

  it('lets go of the oldest unanswered notifications beyond MAX_HELD', async () => {
    const { core } = setup();
    const first = new WeakRef(await shownFor(core, entry({ id: 'first' })));
    for (let i = 0; i < MAX_HELD; i++) core.emit('reminder-due', entry({ id: `n${i}` }));
    await vi.waitFor(() => expect(FakeNotification.instances).toHaveLength(MAX_HELD + 1));
    FakeNotification.instances = [];
    await collectGarbage();
    expect(first.deref()).toBeUndefined();
  });

  it('logs a failed notification instead of throwing', async () => {
    const { core, log } = setup();
    const shown = await shownFor(core, entry());
    shown.emit('failed', {}, 'toast activator missing');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('toast activator missing'));
  });

  it('escapes markup in the body on Linux only (notification servers read <b>, <a href>)', () => {
    const e = entry({ body: 'About <a href="https://evil.example">Ada</a> & co' });
    expect(notificationText(e, 'linux').body).toBe('About &lt;a href="https://evil.example"&gt;Ada&lt;/a&gt; &amp; co');
    expect(notificationText(e, 'darwin').body).toBe(e.body);
    expect(notificationText(e, 'win32').body).toBe(e.body);
    expect(notificationText(e, 'linux').title).toBe(e.title);
  });

  it('unsubscribes', async () => {
    const { core, off } = setup();
    expect(core.listeners).toBe(1);
    off();
    expect(core.listeners).toBe(0);
    core.emit('reminder-due', entry());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(FakeNotification.instances).toHaveLength(0);
  });
});

describe('events reaching the window', () => {
  const samples: EventPayloads = {
    changed: { entity: 'person', ids: ['p1'] },
    progress: { job: 'import', label: 'Importing', done: 1, total: 3 },
    'reminder-due': entry(),
    navigate: { path: '/today' },
  };

  it('forwards every event name in EVENTS to every live window', () => {
    const win = new FakeBrowserWindow({});
    const core = fakeCore();
    relayCoreEvents(core);
    for (const name of EVENTS) {
      core.emit(name, samples[name]);
      expect(win.webContents.send, name).toHaveBeenLastCalledWith(name, samples[name]);
    }
    expect(win.webContents.send).toHaveBeenCalledTimes(EVENTS.length);
  });
});
