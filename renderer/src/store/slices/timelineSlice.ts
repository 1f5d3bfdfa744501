import type { TimelineEntry } from '../../../../shared/domain/touchpoint';
import { invoke } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { SliceCreator } from '../types';

export const TIMELINE_PAGE_SIZE = 100;

/** One person's timeline, newest first; entries keyed by `type:id`, the order kept in `ids`. */
export type PersonTimelineState = PagedState<TimelineEntry> & { personId: string | null };

export interface TimelineSlice {
  timeline: PersonTimelineState;
  loadTimeline(personId: string, options?: { refresh?: boolean }): Promise<void>;
  loadMoreTimeline(): Promise<void>;
  /** Re-reads what is shown (no loading flash); a no-op when no timeline is open. */
  refreshTimeline(): Promise<void>;
  closeTimeline(): void;
}

export const initialTimeline: PersonTimelineState = { ...emptyPaged<TimelineEntry>(), personId: null };

export const createTimelineSlice: SliceCreator<TimelineSlice> = (set, get) => {
  const actions = pagedActions<TimelineEntry>({
    read: () => get().timeline,
    write: (partial, action) => set((s) => ({ timeline: { ...s.timeline, ...partial } }), undefined, `timeline/${action}`),
    fetch: (cursor, limit) => invoke('timeline:person', { personId: get().timeline.personId!, limit, ...(cursor ? { cursor } : {}) }),
    keyOf: (e) => `${e.type}:${e.id}`,
    pageSize: TIMELINE_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more of the timeline: ${error.message}` }),
  });

  return {
    timeline: initialTimeline,

    async loadTimeline(personId, options = {}) {
      const same = get().timeline.personId === personId;
      if (options.refresh && same) return actions.load(true);
      // Another person: nothing of the last one stays on screen; the generation keeps counting so its answers are dropped.
      set((s) => ({ timeline: { ...initialTimeline, personId, generation: s.timeline.generation } }), undefined, 'timeline/open');
      return actions.load(false);
    },

    async loadMoreTimeline() {
      if (get().timeline.personId) await actions.loadMore();
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
