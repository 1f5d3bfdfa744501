import type { ChangedEvent } from '../../../shared/ipc/events';
import { subscribe } from '../lib/events';
import { useAppStore } from './index';

/** Bursts of changes (an import, a restore) arrive as many events; re-query once per burst. */
const COALESCE_MS = 40;

interface Pending {
  people: boolean;
  personIds: Set<string>;
  all: boolean;
  backups: boolean;
}

function emptyPending(): Pending {
  return { people: false, personIds: new Set(), all: false, backups: false };
}

/** Re-queries whatever screens have loaded; the core sends ids, never data. */
export function refreshVisible(pending: Pending): void {
  const s = useAppStore.getState();
  if (pending.all || pending.people) void s.refreshPeople();
  const openId = s.openPerson.id;
  if (openId && (pending.all || pending.personIds.has(openId))) void s.refreshPerson();
  if (s.appInfo.status !== 'idle') void s.loadAppInfo();
  if ((pending.all || pending.backups) && s.backups.status !== 'idle') void s.loadBackups();
}

/** Subscribes once at start; returns the unsubscribe function. */
export function startInvalidation(): () => void {
  let pending = emptyPending();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const unsubscribe = subscribe('changed', (event: ChangedEvent) => {
    if (event.entity === 'all') pending.all = true;
    else if (event.entity === 'backup') pending.backups = true;
    else {
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
