import type { NotificationEntry } from '../../../../shared/domain/reminder';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

/** The in-app inbox: every notification shown so far, newest first, and how many are unread. */
export interface InboxState {
  entries: NotificationEntry[];
  status: LoadStatus;
  error: ErrorInfo | null;
  open: boolean;
}

export interface InboxSlice {
  inbox: InboxState;
  loadInbox(): Promise<void>;
  /** Marks these entries read (all without ids). */
  markInboxRead(ids?: string[]): Promise<void>;
  setInboxOpen(open: boolean): void;
  /** A `reminder-due` entry that just arrived: shown at once, ahead of the re-read. */
  receiveNotification(entry: NotificationEntry): void;
}

export const initialInbox: InboxState = { entries: [], status: 'idle', error: null, open: false };

export const selectUnread = (s: { inbox: InboxState }) => s.inbox.entries.filter((e) => !e.read).length;

export const createInboxSlice: SliceCreator<InboxSlice> = (set, get) => ({
  inbox: initialInbox,
  async loadInbox() {
    if (get().inbox.status === 'idle') set((s) => ({ inbox: { ...s.inbox, status: 'loading' } }), undefined, 'inbox/loadStart');
    try {
      const entries = await invoke('inbox:list', { limit: 50 });
      set((s) => ({ inbox: { ...s.inbox, entries, status: 'ready', error: null } }), undefined, 'inbox/loaded');
    } catch (error) {
      set((s) => ({ inbox: { ...s.inbox, status: 'error', error: toErrorInfo(error) } }), undefined, 'inbox/loadFailed');
    }
  },
  async markInboxRead(ids) {
    const wanted = ids ? new Set(ids) : null;
    set((s) => ({ inbox: { ...s.inbox, entries: s.inbox.entries.map((e) => (!wanted || wanted.has(e.id) ? { ...e, read: true } : e)) } }), undefined, 'inbox/markRead');
    try {
      await invoke('inbox:mark-read', ids ? { ids } : {});
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not mark notifications read: ${toErrorInfo(error).message}` });
      void get().loadInbox();
    }
  },
  setInboxOpen(open) {
    set((s) => ({ inbox: { ...s.inbox, open } }), undefined, open ? 'inbox/open' : 'inbox/close');
  },
  receiveNotification(entry) {
    set((s) => ({ inbox: { ...s.inbox, entries: [entry, ...s.inbox.entries.filter((e) => e.id !== entry.id)] } }), undefined, 'inbox/received');
  },
});
