import type { ChangedEvent } from '../../../shared/ipc/events';
import { subscribe } from '../lib/events';
import { useAppStore } from './index';

/** Bursts of changes (an import, a restore) arrive as many events; re-query once per burst. */
const COALESCE_MS = 40;

interface Pending {
  all: boolean;
  people: boolean;
  personIds: Set<string>;
  events: boolean;
  touchpoints: boolean;
  reminders: boolean;
  backups: boolean;
}

function emptyPending(): Pending {
  return { all: false, people: false, personIds: new Set(), events: false, touchpoints: false, reminders: false, backups: false };
}

/**
 * Re-queries whatever screens have loaded; the core sends ids, never data. Each refresh is
 * a no-op for a screen that was never opened, and keeps what is shown until the answer.
 */
export function refreshVisible(pending: Pending): void {
  const s = useAppStore.getState();
  const any = (...flags: boolean[]) => pending.all || flags.some(Boolean);
  if (any(pending.people, pending.touchpoints, pending.events)) void s.refreshPeople();
  const openId = s.openPerson.id;
  // A touchpoint or an event changes a person's timeline and last touch without naming them.
  if (openId && any(pending.personIds.has(openId), pending.touchpoints, pending.events)) {
    void s.refreshPerson();
    void s.refreshTimeline();
  }
  if (any(pending.events, pending.people)) void s.refreshEvents();
  if (any(pending.events, pending.people, pending.touchpoints)) void s.refreshEvent();
  if (any(pending.touchpoints, pending.people)) void s.refreshActivity();
  // A circle's new cadence changes everyone in it without naming them; each is a no-op unless shown.
  if (any(pending.people, pending.touchpoints, pending.events)) {
    void s.refreshHealth();
    void s.refreshPrune();
    void s.refreshCircles();
  }
  // Reminders, follow-ups and the reconnect list move with almost any change (a touchpoint settles a follow-up).
  if (any(pending.reminders, pending.people, pending.touchpoints, pending.events)) {
    void s.refreshToday();
    void s.refreshReminders();
    void s.refreshPersonReminders();
  }
  // Linking an X account moves touchpoints; the X views and the journey card are no-ops unless shown.
  if (any(pending.people, pending.touchpoints, pending.events)) void s.refreshX();
  if (any(pending.reminders) && s.inbox.status !== 'idle') void s.loadInbox();
  if (s.appInfo.status !== 'idle') void s.loadAppInfo();
  if (any(pending.backups) && s.backups.status !== 'idle') void s.loadBackups();
}

/** Subscribes once at start; returns the unsubscribe function. */
export function startInvalidation(): () => void {
  let pending = emptyPending();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const unsubscribe = subscribe('changed', (event: ChangedEvent) => {
    if (event.entity === 'all') pending.all = true;
    else if (event.entity === 'backup') pending.backups = true;
    else if (event.entity === 'event') pending.events = true;
    else if (event.entity === 'reminder') pending.reminders = true;
    else if (event.entity === 'touchpoint') {
      pending.touchpoints = true;
      event.ids.forEach((id) => pending.personIds.add(id));
    } else {
      pending.people = true;
      event.ids.forEach((id) => pending.personIds.add(id));
    }
    timer ??= setTimeout(() => {
      const batch = pending;
      pending = emptyPending();
      timer = null;
      refreshVisible(batch);
    }, COALESCE_MS);
  });

  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
