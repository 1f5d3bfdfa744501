import type { Reminder, ReminderCreate, SnoozePreset } from '../../../../shared/domain/reminder';
import type { Req } from '../../../../shared/ipc/contract';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { LoadStatus, SliceCreator } from '../types';

export const REMINDERS_PAGE_SIZE = 50;
export const REMINDER_TABS = ['open', 'due', 'snoozed', 'done', 'dismissed'] as const;
export type ReminderTab = (typeof REMINDER_TABS)[number];

export type RemindersListState = PagedState<Reminder> & { tab: ReminderTab };

/** The open reminders of the person whose page is open. */
export interface PersonRemindersState {
  personId: string | null;
  items: Reminder[];
  status: LoadStatus;
  error: ErrorInfo | null;
}

export type CompletionLog = NonNullable<Req<'reminders:complete'>['log']>;
export type SnoozeTo = { preset: SnoozePreset } | { until: string };

export interface RemindersSlice {
  reminders: RemindersListState;
  personReminders: PersonRemindersState;
  setRemindersTab(tab: ReminderTab): void;
  loadReminders(): Promise<void>;
  loadMoreReminders(): Promise<void>;
  refreshReminders(): Promise<void>;
  loadPersonReminders(personId: string): Promise<void>;
  refreshPersonReminders(): Promise<void>;
  closePersonReminders(): void;
  /** Throws AppError so the dialog can place field errors. */
  createReminder(input: ReminderCreate): Promise<Reminder>;
  /** Done, or done and a touchpoint logged with the person in the same step; Undo reopens. */
  completeReminder(reminder: Reminder, log?: CompletionLog): Promise<boolean>;
  snoozeReminder(reminder: Reminder, to: SnoozeTo): Promise<boolean>;
  dismissReminder(reminder: Reminder): Promise<void>;
  reopenReminder(reminder: Reminder): Promise<void>;
  /** Every view that shows reminders: Today, the list, the person card. */
  refreshReminderViews(): Promise<void>;
}

export const initialReminders: RemindersListState = { ...emptyPaged<Reminder>(), tab: 'open' };
export const initialPersonReminders: PersonRemindersState = { personId: null, items: [], status: 'idle', error: null };

const shortWhen = (iso: string) => new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

export const createRemindersSlice: SliceCreator<RemindersSlice> = (set, get) => {
  const actions = pagedActions<Reminder>({
    read: () => get().reminders,
    write: (partial, action) => set((s) => ({ reminders: { ...s.reminders, ...partial } }), undefined, `reminders/${action}`),
    fetch: (cursor, limit) => invoke('reminders:list', { status: get().reminders.tab, limit, ...(cursor ? { cursor } : {}) }),
    keyOf: (r) => r.id,
    pageSize: REMINDERS_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more reminders: ${error.message}` }),
  });

  async function readPerson(personId: string, quiet: boolean): Promise<void> {
    if (!quiet) set({ personReminders: { personId, items: [], status: 'loading', error: null } }, undefined, 'personReminders/loadStart');
    try {
      const page = await invoke('reminders:list', { status: 'open', personId, limit: 20 });
      if (get().personReminders.personId !== personId) return;
      set({ personReminders: { personId, items: page.items, status: 'ready', error: null } }, undefined, 'personReminders/loaded');
    } catch (error) {
      if (get().personReminders.personId !== personId) return;
      set((s) => ({ personReminders: { ...s.personReminders, status: 'error', error: toErrorInfo(error) } }), undefined, 'personReminders/loadFailed');
    }
  }

  /** Takes a reminder off Today at once (the re-read follows), so keyboard focus moves on without a wait. */
  function dropFromToday(id: string): void {
    const view = get().today.view;
    if (!view) return;
    set((s) => ({ today: { ...s.today, view: { ...view, overdue: view.overdue.filter((r) => r.id !== id), dueToday: view.dueToday.filter((r) => r.id !== id) } } }), undefined, 'today/dropReminder');
  }

  const undo = (reminder: Reminder) => ({ label: 'Undo', run: () => get().reopenReminder(reminder) });
  const fail = (what: string, error: unknown) => get().pushToast({ tone: 'error', message: `Could not ${what}: ${toErrorInfo(error).message}` });

  return {
    reminders: initialReminders,
    personReminders: initialPersonReminders,
    setRemindersTab(tab) {
      set((s) => ({ reminders: { ...s.reminders, tab } }), undefined, 'reminders/setTab');
    },
    loadReminders: () => actions.load(false),
    loadMoreReminders: actions.loadMore,
    async refreshReminders() {
      if (get().reminders.status !== 'idle') await actions.load(true);
    },
    loadPersonReminders: (personId) => readPerson(personId, get().personReminders.personId === personId),
    async refreshPersonReminders() {
      const { personId, status } = get().personReminders;
      if (personId && status !== 'idle') await readPerson(personId, true);
    },
    closePersonReminders() {
      set({ personReminders: initialPersonReminders }, undefined, 'personReminders/close');
    },
    async createReminder(input) {
      const reminder = await invoke('reminders:create', input);
      void get().refreshReminderViews();
      return reminder;
    },
    async completeReminder(reminder, log) {
      try {
        const result = await invoke('reminders:complete', { id: reminder.id, ...(log ? { log } : {}) });
        dropFromToday(reminder.id);
        void get().refreshReminderViews();
        if (log) void get().refreshTouchpointViews();
        const next = result.next ? ` Next: ${shortWhen(result.next.nextAt)}.` : '';
        const message = log ? `Done, and logged with ${reminder.person?.name ?? 'them'}.${next}` : `Done: ${reminder.title}.${next}`;
        get().pushToast({ tone: 'success', message, action: undo(reminder) });
        return true;
      } catch (error) {
        fail('complete it', error);
        return false;
      }
    },
    async snoozeReminder(reminder, to) {
      try {
        const snoozed = await invoke('reminders:snooze', { id: reminder.id, ...to });
        if (snoozed.timing !== 'overdue' && snoozed.timing !== 'today') dropFromToday(reminder.id);
        void get().refreshReminderViews();
        get().pushToast({ tone: 'info', message: `Snoozed until ${shortWhen(snoozed.nextAt)}`, action: undo(reminder) });
        return true;
      } catch (error) {
        fail('snooze it', error);
        return false;
      }
    },
    async dismissReminder(reminder) {
      try {
        await invoke('reminders:dismiss', { id: reminder.id });
        dropFromToday(reminder.id);
        void get().refreshReminderViews();
        get().pushToast({ tone: 'info', message: `Dismissed: ${reminder.title}`, action: undo(reminder) });
      } catch (error) {
        fail('dismiss it', error);
      }
    },
    async reopenReminder(reminder) {
      try {
        await invoke('reminders:reopen', { id: reminder.id });
        void get().refreshReminderViews();
        get().pushToast({ tone: 'success', message: `Back on your list: ${reminder.title}` });
      } catch (error) {
        fail('undo', error);
      }
    },
    async refreshReminderViews() {
      const s = get();
      await Promise.all([s.refreshToday(), s.refreshReminders(), s.refreshPersonReminders()]);
    },
  };
};
