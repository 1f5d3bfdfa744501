import type { TimelineEntry } from '../../../../shared/domain/touchpoint';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

export const TIMELINE_PAGE_SIZE = 100;
const MAX_REFRESH = 500;

/** One person's timeline, newest first; entries keyed by id, the order kept in `ids`. */
export interface PersonTimelineState {
  personId: string | null;
  ids: string[];
  byId: Record<string, TimelineEntry>;
  cursor: string | null;
  status: LoadStatus;
  loadingMore: boolean;
  error: ErrorInfo | null;
  generation: number;
}

export interface TimelineSlice {
  timeline: PersonTimelineState;
  loadTimeline(personId: string, options?: { refresh?: boolean }): Promise<void>;
  loadMoreTimeline(): Promise<void>;
  /** Re-reads what is shown (no loading flash); a no-op when no timeline is open. */
  refreshTimeline(): Promise<void>;
  closeTimeline(): void;
}

export const initialTimeline: PersonTimelineState = {
  personId: null,
  ids: [],
  byId: {},
  cursor: null,
  status: 'idle',
  loadingMore: false,
  error: null,
  generation: 0,
};

const keyed = (items: TimelineEntry[]) => Object.fromEntries(items.map((e) => [`${e.type}:${e.id}`, e]));
const keysOf = (items: TimelineEntry[]) => items.map((e) => `${e.type}:${e.id}`);

export const createTimelineSlice: SliceCreator<TimelineSlice> = (set, get) => {
  const patch = (partial: Partial<PersonTimelineState>, action: string) =>
    set((s) => ({ timeline: { ...s.timeline, ...partial } }), undefined, `timeline/${action}`);

  return {
    timeline: initialTimeline,

    async loadTimeline(personId, options = {}) {
      const current = get().timeline;
      const generation = current.generation + 1;
      const same = current.personId === personId;
      const limit = options.refresh && same ? Math.min(MAX_REFRESH, Math.max(TIMELINE_PAGE_SIZE, current.ids.length)) : TIMELINE_PAGE_SIZE;
      if (options.refresh && same) patch({ generation }, 'refreshStart');
      else set({ timeline: { ...initialTimeline, personId, status: 'loading', generation } }, undefined, 'timeline/loadStart');
      try {
        const page = await invoke('timeline:person', { personId, limit });
        if (get().timeline.generation !== generation) return;
        patch({ ids: keysOf(page.items), byId: keyed(page.items), cursor: page.nextCursor, status: 'ready', error: null, loadingMore: false }, 'loaded');
      } catch (error) {
        if (get().timeline.generation !== generation) return;
        patch({ status: 'error', error: toErrorInfo(error), loadingMore: false }, 'loadFailed');
      }
    },

    async loadMoreTimeline() {
      const { timeline } = get();
      if (!timeline.personId || !timeline.cursor || timeline.loadingMore || timeline.status !== 'ready') return;
      const { generation, cursor, personId } = timeline;
      patch({ loadingMore: true }, 'loadMoreStart');
      try {
        const page = await invoke('timeline:person', { personId, cursor, limit: TIMELINE_PAGE_SIZE });
        const now = get().timeline;
        if (now.generation !== generation) return;
        const known = new Set(now.ids);
        patch(
          {
            ids: [...now.ids, ...keysOf(page.items).filter((k) => !known.has(k))],
            byId: { ...now.byId, ...keyed(page.items) },
            cursor: page.nextCursor,
            loadingMore: false,
          },
          'loadedMore',
        );
      } catch (error) {
        if (get().timeline.generation !== generation) return;
        patch({ loadingMore: false }, 'loadMoreFailed');
        get().pushToast({ tone: 'error', message: `Could not load more of the timeline: ${toErrorInfo(error).message}` });
      }
    },

    async refreshTimeline() {
      const { personId, status } = get().timeline;
      if (personId && status !== 'idle') await get().loadTimeline(personId, { refresh: true });
    },

    closeTimeline() {
      set((s) => ({ timeline: { ...initialTimeline, generation: s.timeline.generation + 1 } }), undefined, 'timeline/close');
    },
  };
};
