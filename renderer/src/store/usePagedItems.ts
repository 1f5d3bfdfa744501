import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './index';
import type { PagedState } from './paged';
import type { AppState } from './types';

/** The rows of a paged list in order; a new array only when its ids or rows change. */
export function usePagedItems<T>(select: (s: AppState) => PagedState<T>): T[] {
  const ids = useAppStore(useShallow((s) => select(s).ids));
  const byId = useAppStore((s) => select(s).byId);
  return useMemo(() => ids.map((id) => byId[id]).filter((item): item is T => item !== undefined), [ids, byId]);
}
