import type { NotificationEntry } from '../../../../shared/domain/reminder';
import { subscribe } from '../../lib/events';
import { navigateHash } from '../../lib/hashLocation';
import { getTransport } from '../../lib/transport';
import { useAppStore } from '../../store';

/** Where an entry leads: the person it is about, else Today (a summary or a digest). */
export const entryHref = (entry: Pick<NotificationEntry, 'personId'>) => (entry.personId ? `/people/${entry.personId}` : '/today');

/** Web Notifications exist and may be asked for: browser mode only (Electron shows the OS one from main). */
export function canAskForDesktopNotifications(): boolean {
  return browserMode() && typeof Notification !== 'undefined' && Notification.permission === 'default';
}

function browserMode(): boolean {
  try {
    return getTransport().kind === 'http';
  } catch {
    return false;
  }
}

function showWebNotification(entry: NotificationEntry): void {
  if (!browserMode() || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    const n = new Notification(entry.title, { body: entry.body, tag: entry.id });
    n.onclick = () => {
      window.focus();
      navigateHash(entryHref(entry));
      n.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the toast and inbox still show it.
  }
}

/**
 * Subscribes once at start to `reminder-due`: a toast always, the entry in the inbox, and in
 * browser mode a Web Notification when the user allowed them. Returns the unsubscribe.
 */
export function startReminderNotifications(): () => void {
  const s = useAppStore.getState();
  void s.loadInbox();
  return subscribe('reminder-due', (entry) => {
    const store = useAppStore.getState();
    store.receiveNotification(entry);
    store.pushToast({
      tone: 'info',
      message: entry.body ? `${entry.title} — ${entry.body}` : entry.title,
      link: { label: entry.personId ? 'Open' : 'Open Today', href: entryHref(entry) },
      durationMs: 10_000,
    });
    showWebNotification(entry);
  });
}
