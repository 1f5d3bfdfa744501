import type { Page } from '../../../shared/domain/common';
import { type ErrorInfo, toErrorInfo } from '../lib/api';
import type { LoadStatus } from './types';

/** A keyset-paged list in the store: rows by key, their order, and where the next page starts. */
export interface PagedState<T> {
  ids: string[];
  byId: Record<string, T>;
  cursor: string | null;
  status: LoadStatus;
  loadingMore: boolean;
  error: ErrorInfo | null;
  /** Bumped by every first-page request; an answer carrying an older number is dropped. */
  generation: number;
  /** True once any answer arrived: later loads keep the last answer on screen instead of a spinner. */
  loaded: boolean;
}

export function emptyPaged<T>(): PagedState<T> {
  return { ids: [], byId: {}, cursor: null, status: 'idle', loadingMore: false, error: null, generation: 0, loaded: false };
}

const MAX_REFRESH = 500;

interface PagedOptions<T> {
  read(): PagedState<T>;
  write(partial: Partial<PagedState<T>>, action: string): void;
  fetch(cursor: string | undefined, limit: number): Promise<Page<T>>;
  keyOf(item: T): string;
  pageSize: number;
  onMoreFailed(error: ErrorInfo): void;
}

/**
 * First page, refresh (re-reads as many rows as are shown, without a loading flash) and
 * next page for one paged list; stale answers are dropped by generation.
 */
export function pagedActions<T>(o: PagedOptions<T>) {
  const keyed = (items: T[]) => Object.fromEntries(items.map((i) => [o.keyOf(i), i]));

  async function load(refresh = false): Promise<void> {
    const now = o.read();
    const generation = now.generation + 1;
    const limit = refresh ? Math.min(MAX_REFRESH, Math.max(o.pageSize, now.ids.length)) : o.pageSize;
    o.write(refresh ? { generation } : { generation, status: 'loading', error: null }, 'loadStart');
    try {
      const page = await o.fetch(undefined, limit);
      if (o.read().generation !== generation) return;
      o.write({ ids: page.items.map(o.keyOf), byId: keyed(page.items), cursor: page.nextCursor, status: 'ready', error: null, loadingMore: false, loaded: true }, 'loaded');
    } catch (error) {
      if (o.read().generation !== generation) return;
      o.write({ status: 'error', error: toErrorInfo(error), loadingMore: false }, 'loadFailed');
    }
  }

  async function loadMore(): Promise<void> {
    const now = o.read();
    if (!now.cursor || now.loadingMore || now.status !== 'ready') return;
    const { generation, cursor } = now;
    o.write({ loadingMore: true }, 'loadMoreStart');
    try {
      const page = await o.fetch(cursor, o.pageSize);
      const after = o.read();
      if (after.generation !== generation) return;
      const known = new Set(after.ids);
      o.write(
        {
          ids: [...after.ids, ...page.items.map(o.keyOf).filter((k) => !known.has(k))],
          byId: { ...after.byId, ...keyed(page.items) },
          cursor: page.nextCursor,
          loadingMore: false,
        },
        'loadedMore',
      );
    } catch (error) {
      if (o.read().generation !== generation) return;
      o.write({ loadingMore: false }, 'loadMoreFailed');
      o.onMoreFailed(toErrorInfo(error));
    }
  }

  return { load, loadMore };
}
