import type { Touchpoint, TouchpointChannel } from '../../../../shared/domain/touchpoint';
import { invoke } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { SliceCreator } from '../types';

export const ACTIVITY_PAGE_SIZE = 100;

export interface ActivityFilter {
  channels: TouchpointChannel[];
  mode: 'online' | 'offline' | null;
}

export type ActivityState = PagedState<Touchpoint> & { filter: ActivityFilter };

/** The global timeline: recent touchpoints with everyone. */
export interface ActivitySlice {
  activity: ActivityState;
  setActivityFilter(filter: ActivityFilter): void;
  loadActivity(): Promise<void>;
  loadMoreActivity(): Promise<void>;
  refreshActivity(): Promise<void>;
}

export const NO_ACTIVITY_FILTER: ActivityFilter = { channels: [], mode: null };
export const initialActivity: ActivityState = { ...emptyPaged<Touchpoint>(), filter: NO_ACTIVITY_FILTER };

export const createActivitySlice: SliceCreator<ActivitySlice> = (set, get) => {
  const actions = pagedActions<Touchpoint>({
    read: () => get().activity,
    write: (partial, action) => set((s) => ({ activity: { ...s.activity, ...partial } }), undefined, `activity/${action}`),
    fetch: (cursor, limit) => {
      const { channels, mode } = get().activity.filter;
      return invoke('touchpoints:recent', {
        limit,
        ...(cursor ? { cursor } : {}),
        ...(channels.length > 0 ? { channels } : {}),
        ...(mode ? { mode } : {}),
      });
    },
    keyOf: (t) => t.id,
    pageSize: ACTIVITY_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more touchpoints: ${error.message}` }),
  });

  return {
    activity: initialActivity,
    setActivityFilter(filter) {
      set((s) => ({ activity: { ...s.activity, filter } }), undefined, 'activity/setFilter');
    },
    loadActivity: () => actions.load(false),
    loadMoreActivity: actions.loadMore,
    async refreshActivity() {
      if (get().activity.status !== 'idle') await actions.load(true);
    },
  };
};
