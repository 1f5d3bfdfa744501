import type { Event, EventCreate } from '../../../../shared/domain/event';
import { invoke, toErrorInfo } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { SliceCreator } from '../types';

export const EVENTS_PAGE_SIZE = 50;

export type EventsListState = PagedState<Event> & { query: string };

export interface EventsSlice {
  events: EventsListState;
  setEventsQuery(query: string): void;
  loadEvents(): Promise<void>;
  loadMoreEvents(): Promise<void>;
  refreshEvents(): Promise<void>;
  /** Throws AppError so the dialog can place field errors. */
  createEvent(input: EventCreate): Promise<Event>;
  /** Throws AppError so the edit form can place field errors. */
  updateEvent(id: string, patch: Omit<EventCreate, 'name'> & { name?: string }): Promise<Event>;
  archiveEvent(id: string): Promise<void>;
  unarchiveEvent(id: string): Promise<void>;
}

export const initialEvents: EventsListState = { ...emptyPaged<Event>(), query: '' };

export const createEventsSlice: SliceCreator<EventsSlice> = (set, get) => {
  const actions = pagedActions<Event>({
    read: () => get().events,
    write: (partial, action) => set((s) => ({ events: { ...s.events, ...partial } }), undefined, `events/${action}`),
    fetch: (cursor, limit) => {
      const query = get().events.query.trim();
      return invoke('events:list', { limit, ...(cursor ? { cursor } : {}), ...(query ? { query } : {}) });
    },
    keyOf: (e) => e.id,
    pageSize: EVENTS_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more events: ${error.message}` }),
  });

  function receive(event: Event): void {
    const { events, openEvent } = get();
    if (events.byId[event.id]) set({ events: { ...events, byId: { ...events.byId, [event.id]: event } } }, undefined, 'events/received');
    if (openEvent.id === event.id) set({ openEvent: { ...openEvent, event } }, undefined, 'event/received');
  }

  return {
    events: initialEvents,
    setEventsQuery(query) {
      set((s) => ({ events: { ...s.events, query } }), undefined, 'events/setQuery');
    },
    loadEvents: () => actions.load(false),
    loadMoreEvents: actions.loadMore,
    async refreshEvents() {
      if (get().events.status !== 'idle') await actions.load(true);
    },
    async createEvent(input) {
      const event = await invoke('events:create', input);
      void get().refreshEvents();
      return event;
    },
    async updateEvent(id, patch) {
      const event = await invoke('events:update', { id, patch });
      receive(event);
      return event;
    },
    async archiveEvent(id) {
      try {
        const event = await invoke('events:archive', { id });
        receive(event);
        void get().refreshEvents();
        get().pushToast({ tone: 'info', message: `Archived ${event.name}`, action: { label: 'Undo', run: () => get().unarchiveEvent(id) } });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not archive: ${toErrorInfo(error).message}` });
      }
    },
    async unarchiveEvent(id) {
      try {
        const event = await invoke('events:unarchive', { id });
        receive(event);
        void get().refreshEvents();
        get().pushToast({ tone: 'success', message: `Restored ${event.name}` });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not restore: ${toErrorInfo(error).message}` });
      }
    },
  };
};
