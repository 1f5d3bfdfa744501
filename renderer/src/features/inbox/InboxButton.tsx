import { Bell, BellRing, CheckCheck, MonitorDot } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { NotificationEntry } from '../../../../shared/domain/reminder';
import { LoadError } from '../../components/StatusViews';
import { ago } from '../../lib/dates';
import { useAppStore } from '../../store';
import { selectUnread } from '../../store/slices/inboxSlice';
import { canAskForDesktopNotifications, entryHref } from './notifications';

function Entry({ entry, onPick }: { entry: NotificationEntry; onPick(): void }) {
  return (
    <li>
      <button type="button" className={`inbox-entry${entry.read ? '' : ' unread'}`} onClick={onPick}>
        <span className="inbox-entry-title">{entry.title}</span>
        {entry.body && <span className="inbox-entry-body">{entry.body}</span>}
        <time className="inbox-entry-time" dateTime={entry.at} title={new Date(entry.at).toLocaleString()}>
          {ago(entry.at) === 'today' ? new Date(entry.at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' }) : ago(entry.at)}
        </time>
      </button>
    </li>
  );
}

function InboxPanel({ onClose }: { onClose(): void }) {
  const [, navigate] = useLocation();
  const inbox = useAppStore((s) => s.inbox);
  const markInboxRead = useAppStore((s) => s.markInboxRead);
  const loadInbox = useAppStore((s) => s.loadInbox);
  const [canAsk, setCanAsk] = useState(canAskForDesktopNotifications);
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.querySelector<HTMLElement>('button')?.focus();
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') {
        e.preventDefault();
        close.current();
      }
    }
    function onPointer(e: PointerEvent) {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !(target instanceof Element && target.closest('.inbox-button'))) close.current();
    }
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      if (document.activeElement === document.body) previous?.focus?.();
    };
  }, []);

  async function askPermission() {
    await Notification.requestPermission();
    setCanAsk(canAskForDesktopNotifications());
  }

  function pick(entry: NotificationEntry) {
    if (!entry.read) void markInboxRead([entry.id]);
    onClose();
    navigate(entryHref(entry));
  }

  const unread = inbox.entries.some((e) => !e.read);
  return (
    <div ref={panel} className="inbox-panel" role="dialog" aria-label="Notifications">
      <header className="inbox-header">
        <h2>Notifications</h2>
        {unread && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => void markInboxRead()}>
            <CheckCheck size={14} aria-hidden /> Mark all read
          </button>
        )}
      </header>
      {canAsk && (
        <div className="inbox-permission">
          <p>Get a desktop notification when a reminder falls due, even with this tab in the background.</p>
          <button type="button" className="btn btn-small" onClick={() => void askPermission()}>
            <MonitorDot size={14} aria-hidden /> Turn on desktop notifications
          </button>
        </div>
      )}
      {inbox.status === 'error' && inbox.entries.length === 0 ? (
        <LoadError what="notifications" error={inbox.error} onRetry={() => void loadInbox()} />
      ) : inbox.entries.length === 0 ? (
        <p className="muted inbox-empty">No notifications yet. When a reminder falls due it shows here, and as a toast.</p>
      ) : (
        <ul className="inbox-list" aria-label="Notification list">
          {inbox.entries.map((e) => (
            <Entry key={e.id} entry={e} onPick={() => pick(e)} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** The bell in the sidebar: how many notifications are unread, and the panel with all of them. */
export function InboxButton() {
  const unread = useAppStore(selectUnread);
  const open = useAppStore((s) => s.inbox.open);
  const setInboxOpen = useAppStore((s) => s.setInboxOpen);
  const loadInbox = useAppStore((s) => s.loadInbox);
  const Icon = unread > 0 ? BellRing : Bell;
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    <>
      <button
        type="button"
        className={`icon-button inbox-button${unread > 0 ? ' has-unread' : ''}`}
        aria-label={label}
        title={label}
        aria-expanded={open}
        onClick={() => {
          if (!open) void loadInbox();
          setInboxOpen(!open);
        }}
      >
        <Icon size={18} aria-hidden />
        {unread > 0 && (
          <span className="inbox-badge" aria-hidden>
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && <InboxPanel onClose={() => setInboxOpen(false)} />}
    </>
  );
}
