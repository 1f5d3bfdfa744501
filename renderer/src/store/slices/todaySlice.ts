import type { Ref } from '../../../../shared/domain/common';
import type { TodayView } from '../../../../shared/domain/reconnect';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

/** The home screen: one `today:get` read, re-read on any change that can move what it shows. */
export interface TodayState {
  view: TodayView | null;
  status: LoadStatus;
  error: ErrorInfo | null;
  /** Bumped by every request; an older answer is dropped. */
  generation: number;
}

export interface TodaySlice {
  today: TodayState;
  loadToday(): Promise<void>;
  /** Re-reads Today while it is on screen, keeping what is shown until the answer. */
  refreshToday(): Promise<void>;
  /** Today left the screen: changes elsewhere stop re-reading it (opening it again does). */
  closeToday(): void;
  /** Snooze a reconnect suggestion (a week) or "not now" (30 days), with an Undo toast. */
  hideReconnect(person: Ref, mode: 'snooze' | 'not_now'): Promise<void>;
  unhideReconnect(person: Ref): Promise<void>;
}

/** An answer this recent is shown as it is when the screen opens (changes still re-read it). */
const FRESH_MS = 2_000;

export const initialToday: TodayState = { view: null, status: 'idle', error: null, generation: 0 };

export const createTodaySlice: SliceCreator<TodaySlice> = (set, get) => {
  /** The first load in flight (started before the first render), so the screen's own load joins it. */
  let firstLoad: Promise<void> | null = null;
  /** When the last answer arrived: the screen opening right after the early load needs no second read. */
  let loadedAt = 0;
  /** Whether Today is on screen (or about to be: the early load before the first render). */
  let shown = false;

  async function read(quiet: boolean): Promise<void> {
    const generation = get().today.generation + 1;
    set((s) => ({ today: { ...s.today, generation, ...(quiet ? {} : { status: 'loading', error: null }) } }), undefined, 'today/loadStart');
    try {
      const view = await invoke('today:get', { reconnectLimit: 5 });
      if (get().today.generation !== generation) return;
      loadedAt = Date.now();
      set((s) => ({ today: { ...s.today, view, status: 'ready', error: null } }), undefined, 'today/loaded');
    } catch (error) {
      if (get().today.generation !== generation) return;
      set((s) => ({ today: { ...s.today, status: 'error', error: toErrorInfo(error) } }), undefined, 'today/loadFailed');
    }
  }

  /** Takes the person off the list at once, so the next row is under the keyboard focus straight away. */
  function dropReconnect(personId: string): void {
    const view = get().today.view;
    if (!view) return;
    set((s) => ({ today: { ...s.today, view: { ...view, reconnect: view.reconnect.filter((r) => r.personId !== personId) } } }), undefined, 'today/dropReconnect');
  }

  return {
    today: initialToday,
    loadToday() {
      shown = true;
      if (get().today.view !== null) return Date.now() - loadedAt < FRESH_MS ? Promise.resolve() : read(true);
      firstLoad ??= read(false).finally(() => (firstLoad = null));
      return firstLoad;
    },
    async refreshToday() {
      if (shown) await read(true);
    },
    closeToday() {
      shown = false;
      // What happened while it was away was not read: opening it again must re-read.
      loadedAt = 0;
    },
    async hideReconnect(person, mode) {
      try {
        const result = await invoke('reconnect:hide', { personId: person.id, mode });
        dropReconnect(person.id);
        void get().refreshToday();
        const until = result.hiddenUntil ? new Date(result.hiddenUntil).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) : null;
        const message = mode === 'snooze' ? `${person.name} snoozed${until ? ` until ${until}` : ''}` : `Not now for ${person.name}${until ? ` — back on ${until}` : ''}`;
        get().pushToast({ tone: 'info', message, action: { label: 'Undo', run: () => get().unhideReconnect(person) } });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not hide ${person.name}: ${toErrorInfo(error).message}` });
      }
    },
    async unhideReconnect(person) {
      try {
        await invoke('reconnect:unhide', { personId: person.id });
        void get().refreshToday();
        get().pushToast({ tone: 'success', message: `${person.name} is back on the list` });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not undo: ${toErrorInfo(error).message}` });
      }
    },
  };
};
