// Desktop notifications for the core's `reminder-due` events. Shows and routes only: when to
// notify and what to say is the core's pure `planNotifications`; no timers, no SQL here.
import { type BrowserWindow, Notification, app } from 'electron';
import type { NotificationEntry } from '../../shared/domain/reminder';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/events';
import type { CoreClient } from '../core/host';
import { focusWindow } from './window';

export interface NotificationWindows {
  /** The main window, or null when there is none (macOS keeps running without one). */
  current(): BrowserWindow | null;
  /** Opens the main window. */
  open(): BrowserWindow;
}

/**
 * Shown notifications are held until clicked or closed: Electron keeps only a weak reference,
 * and a collected Notification loses its click handler (electron/electron#16922). Beyond this
 * many unanswered ones the oldest is let go.
 */
export const MAX_HELD = 50;

/**
 * Where a click leads: the person when the entry is about one (the core sets `personId` only
 * then, a missed summary of a single reminder included), else Today: summaries and digests.
 * The renderer's inbox and browser-mode notifications lead to the same places.
 */
export function notificationPath(entry: NotificationEntry): string {
  return entry.personId ? `/people/${encodeURIComponent(entry.personId)}` : '/today';
}

/**
 * The text as the OS gets it. Reminder titles are user (and imported) text, and Linux
 * notification servers read a subset of markup in the body (`<b>`, `<a href>`, `<img>`);
 * Electron passes it through unescaped, so it is escaped here.
 */
export function notificationText(entry: NotificationEntry, platform: NodeJS.Platform = process.platform): { title: string; body: string } {
  const body = platform === 'linux' ? entry.body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : entry.body;
  return { title: entry.title, body };
}

function send<E extends EventName>(win: BrowserWindow, event: E, payload: EventPayload<E>): void {
  if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(event, payload);
}

/**
 * Brings the main window forward and tells its renderer to open `path`. A window opened
 * for the click gets the path once its page has loaded.
 */
export function openInWindow(windows: NotificationWindows, path: string): void {
  const existing = windows.current();
  if (existing && !existing.isDestroyed()) {
    focusWindow(existing);
    send(existing, 'navigate', { path });
    return;
  }
  const win = windows.open();
  win.webContents.once('did-finish-load', () => send(win, 'navigate', { path }));
}

/**
 * Shows an OS notification for every `reminder-due` event of the core (when the system
 * supports them); returns the unsubscribe function. Never throws into the core's event loop.
 */
export function showReminderNotifications(
  core: Pick<CoreClient, 'on'>,
  windows: NotificationWindows,
  log: (message: string, error?: unknown) => void = (message, error) => console.error(message, error ?? ''),
): () => void {
  const held = new Set<Notification>();

  function show(entry: NotificationEntry): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ ...notificationText(entry), silent: entry.kind === 'digest' });
    const release = () => held.delete(notification);
    notification.on('click', () => {
      release();
      try {
        openInWindow(windows, notificationPath(entry));
      } catch (error) {
        log('could not open what a notification points to', error);
      }
    });
    notification.on('close', release);
    notification.on('failed', (_event, error) => {
      release();
      log(`a notification could not be shown: ${error}`);
    });
    held.add(notification);
    for (const oldest of held) {
      if (held.size <= MAX_HELD) break;
      held.delete(oldest);
    }
    notification.show();
  }

  return core.on((event, payload) => {
    if (event !== 'reminder-due') return;
    // The core may open before Electron is ready, and notifications need a ready app.
    app
      .whenReady()
      .then(() => show(payload as EventPayload<'reminder-due'>))
      .catch((error: unknown) => log('a notification could not be shown', error));
  });
}
