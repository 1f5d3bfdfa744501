import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fitWithin } from '../../renderer/src/lib/photo';
import { LIVE_SEARCH_DEBOUNCE_MS, useLiveSearch } from '../../renderer/src/lib/useLiveSearch';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('useLiveSearch', () => {
  it('waits less than 100 ms, sends one request per pause, drops a late answer and keeps the previous results meanwhile', async () => {
    vi.useFakeTimers();
    expect(LIVE_SEARCH_DEBOUNCE_MS).toBeLessThanOrEqual(100);
    const answers = new Map<string, ReturnType<typeof deferred<string[]>>>();
    const search = vi.fn((q: string) => {
      const d = deferred<string[]>();
      answers.set(q, d);
      return d.promise;
    });
    const { result, rerender } = renderHook(({ q }) => useLiveSearch(q, search, [] as string[]), { initialProps: { q: 'a' } });
    rerender({ q: 'ad' });
    await act(() => vi.advanceTimersByTimeAsync(LIVE_SEARCH_DEBOUNCE_MS));
    expect(search.mock.calls).toEqual([['ad']]);
    await act(async () => answers.get('ad')!.resolve(['Ada']));
    expect(result.current).toMatchObject({ results: ['Ada'], answered: 'ad', pending: false });

    rerender({ q: 'ada' });
    await act(() => vi.advanceTimersByTimeAsync(LIVE_SEARCH_DEBOUNCE_MS));
    rerender({ q: 'adam' });
    await act(() => vi.advanceTimersByTimeAsync(LIVE_SEARCH_DEBOUNCE_MS));
    // Both requests are out; the previous results stay on screen, no empty flash.
    expect(result.current).toMatchObject({ results: ['Ada'], pending: true });
    await act(async () => answers.get('adam')!.resolve(['Adam']));
    await act(async () => answers.get('ada')!.resolve(['Ada', 'Adam', 'Adaeze']));
    expect(result.current).toMatchObject({ results: ['Adam'], answered: 'adam' });

    rerender({ q: '' });
    expect(result.current.results).toEqual([]);
    expect(search).toHaveBeenCalledTimes(3);
  });
});

describe('photo sizing', () => {
  it('fits within 512 px on the longest side and never enlarges', () => {
    expect(fitWithin(4032, 3024, 512)).toEqual({ width: 512, height: 384 });
    expect(fitWithin(1080, 1920, 512)).toEqual({ width: 288, height: 512 });
    expect(fitWithin(200, 100, 512)).toEqual({ width: 200, height: 100 });
  });
});
