import type { Attendance, Event, FollowUpState } from '../../../../shared/domain/event';
import type { Touchpoint } from '../../../../shared/domain/touchpoint';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { LoadStatus, SliceCreator } from '../types';

export const ATTENDEES_PAGE_SIZE = 100;
/**
 * The contract has no "touchpoints at this event" query, so the event page reads the recent
 * touchpoints (newest first) until it passes the event's start, at most this many pages.
 */
const EVENT_TOUCHPOINT_PAGES = 4;

export interface OpenEventState {
  id: string | null;
  event: Event | null;
  status: LoadStatus;
  error: ErrorInfo | null;
}

export interface EventSlice {
  openEvent: OpenEventState;
  attendees: PagedState<Attendance>;
  eventTouchpoints: { items: Touchpoint[]; status: LoadStatus };
  loadEvent(id: string): Promise<void>;
  refreshEvent(): Promise<void>;
  loadMoreAttendees(): Promise<void>;
  updateAttendance(id: string, patch: { met?: boolean; followUp?: FollowUpState }): Promise<void>;
  removeAttendance(attendance: Attendance): Promise<void>;
  closeEvent(): void;
}

export const initialOpenEvent: OpenEventState = { id: null, event: null, status: 'idle', error: null };

function startOf(event: Event): number | null {
  if (!event.startsOn) return null;
  const t = Date.parse(event.startsOn.length === 10 ? `${event.startsOn}T00:00:00Z` : event.startsOn);
  return Number.isNaN(t) ? null : t - 86_400_000;
}

export const createEventSlice: SliceCreator<EventSlice> = (set, get) => {
  const attendeeActions = pagedActions<Attendance>({
    read: () => get().attendees,
    write: (partial, action) => set((s) => ({ attendees: { ...s.attendees, ...partial } }), undefined, `attendees/${action}`),
    fetch: (cursor, limit) => invoke('events:attendees', { eventId: get().openEvent.id!, limit, ...(cursor ? { cursor } : {}) }),
    keyOf: (a) => a.id,
    pageSize: ATTENDEES_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more attendees: ${error.message}` }),
  });

  async function loadTouchpoints(event: Event): Promise<void> {
    const found: Touchpoint[] = [];
    const since = startOf(event);
    let cursor: string | undefined;
    try {
      for (let n = 0; n < EVENT_TOUCHPOINT_PAGES; n++) {
        const page = await invoke('touchpoints:recent', { limit: 500, ...(cursor ? { cursor } : {}) });
        found.push(...page.items.filter((t) => t.event?.id === event.id));
        const oldest = page.items.at(-1);
        if (!page.nextCursor || (since !== null && oldest && Date.parse(oldest.at) < since)) break;
        cursor = page.nextCursor;
      }
      if (get().openEvent.id === event.id) set({ eventTouchpoints: { items: found, status: 'ready' } }, undefined, 'event/touchpointsLoaded');
    } catch {
      if (get().openEvent.id === event.id) set({ eventTouchpoints: { items: [], status: 'error' } }, undefined, 'event/touchpointsFailed');
    }
  }

  async function read(id: string, quiet: boolean): Promise<void> {
    if (!quiet) {
      set(
        (s) => ({
          openEvent: { id, event: null, status: 'loading', error: null },
          // The generation keeps counting, so an answer about the previous event is still recognised as stale.
          attendees: { ...emptyPaged<Attendance>(), generation: s.attendees.generation },
          eventTouchpoints: { items: [], status: 'loading' },
        }),
        undefined,
        'event/loadStart',
      );
    }
    try {
      const event = await invoke('events:get', { id });
      if (get().openEvent.id !== id) return;
      set({ openEvent: { id, event, status: 'ready', error: null } }, undefined, 'event/loaded');
      await Promise.all([attendeeActions.load(quiet), loadTouchpoints(event)]);
    } catch (error) {
      if (get().openEvent.id !== id) return;
      const info = toErrorInfo(error);
      const notFound = info.code === 'NOT_FOUND' || info.code === 'INVALID_INPUT';
      set({ openEvent: { id, event: null, status: 'error', error: notFound ? { ...info, code: 'NOT_FOUND' } : info } }, undefined, 'event/loadFailed');
    }
  }

  function receiveAttendance(a: Attendance): void {
    const { attendees } = get();
    set({ attendees: { ...attendees, byId: { ...attendees.byId, [a.id]: a } } }, undefined, 'attendees/received');
  }

  return {
    openEvent: initialOpenEvent,
    attendees: emptyPaged<Attendance>(),
    eventTouchpoints: { items: [], status: 'idle' },

    loadEvent: (id) => read(id, false),
    async refreshEvent() {
      const { id, status } = get().openEvent;
      if (id && status !== 'idle') await read(id, status === 'ready');
    },
    loadMoreAttendees: attendeeActions.loadMore,

    async updateAttendance(id, patch) {
      const before = get().attendees.byId[id];
      if (before) receiveAttendance({ ...before, ...patch });
      try {
        receiveAttendance(await invoke('attendance:update', { id, patch }));
      } catch (error) {
        if (before) receiveAttendance(before);
        get().pushToast({ tone: 'error', message: `Could not change ${before?.displayName ?? 'the attendee'}: ${toErrorInfo(error).message}` });
      }
    },

    async removeAttendance(attendance) {
      try {
        await invoke('attendance:remove', { id: attendance.id });
        const { attendees } = get();
        set({ attendees: { ...attendees, ids: attendees.ids.filter((x) => x !== attendance.id) } }, undefined, 'attendees/removed');
        get().pushToast({
          tone: 'info',
          message: `Removed ${attendance.displayName} from this event`,
          action: {
            label: 'Undo',
            run: async () => {
              const back = await invoke('attendance:add', { eventId: attendance.eventId, personId: attendance.personId, met: attendance.met, note: attendance.note });
              if (attendance.followUp !== 'pending') await invoke('attendance:update', { id: back.id, patch: { followUp: attendance.followUp } });
              void get().refreshEvent();
            },
          },
        });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not remove: ${toErrorInfo(error).message}` });
      }
    },

    closeEvent() {
      set(
        (s) => ({
          openEvent: initialOpenEvent,
          attendees: { ...emptyPaged<Attendance>(), generation: s.attendees.generation + 1 },
          eventTouchpoints: { items: [], status: 'idle' },
        }),
        undefined,
        'event/close',
      );
    },
  };
};
