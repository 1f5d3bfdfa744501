import { useEffect, useRef, useState } from 'react';
import { type ErrorInfo, toErrorInfo } from './api';

/** Under 100 ms: a pause between keystrokes sends the request, a burst of typing sends one. */
export const LIVE_SEARCH_DEBOUNCE_MS = 80;

export interface LiveSearch<T> {
  /** The newest answer that arrived; kept while a newer one is on its way, so nothing flickers. */
  results: T;
  /** The query `results` answers. */
  answered: string;
  pending: boolean;
  error: ErrorInfo | null;
}

/**
 * Search-as-you-type: debounced, and an answer that arrives after a newer request was sent
 * is dropped. An empty query answers `empty` at once, without a round trip.
 */
export function useLiveSearch<T>(query: string, search: (q: string) => Promise<T>, empty: T, debounceMs = LIVE_SEARCH_DEBOUNCE_MS): LiveSearch<T> {
  const [state, setState] = useState<LiveSearch<T>>({ results: empty, answered: '', pending: false, error: null });
  const latest = useRef(search);
  const generation = useRef(0);
  const emptyRef = useRef(empty);

  useEffect(() => {
    latest.current = search;
  });

  useEffect(() => {
    const q = query.trim();
    const mine = ++generation.current;
    if (!q) {
      setState({ results: emptyRef.current, answered: '', pending: false, error: null });
      return;
    }
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const timer = setTimeout(() => {
      latest.current(q).then(
        (results) => {
          if (generation.current === mine) setState({ results, answered: q, pending: false, error: null });
        },
        (error: unknown) => {
          if (generation.current === mine) setState((s) => ({ ...s, pending: false, error: toErrorInfo(error) }));
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, debounceMs]);

  return state;
}
