// The page side of the UI benchmark. These functions run inside Chromium; they reach the DOM
// through `globalThis` cast to the small interfaces below, so this file type-checks with the
// Node lib (the types are erased before Playwright serialises the functions).
import type { Page } from '@playwright/test';

interface Elem {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
  value: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): { length: number };
  addEventListener(type: string, listener: (event: { timeStamp: number; target: unknown }) => void, capture?: boolean): void;
}
interface BenchState {
  firstRowsPainted: number | null;
  /** Long tasks seen; `rows` is how many people the list held when scrolling noticed one. */
  longTasks: { start: number; duration: number; rows?: number }[];
  /** (input value, event time) of every input event in the search box. */
  inputs: { value: string; at: number }[];
  /** Resolves once `test()` is true (checked on every DOM change), rejects after `timeoutMs`. */
  until(test: () => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves after the next frame has been painted. */
  painted(): Promise<number>;
}
export interface BenchWindow {
  __bench: BenchState;
  document: {
    querySelector(selector: string): Elem | null;
    addEventListener(type: string, listener: (event: { timeStamp: number; target: unknown }) => void, capture?: boolean): void;
    body: unknown;
  };
  location: { hash: string };
  performance: { now(): number };
  requestAnimationFrame(callback: (time: number) => void): number;
  setTimeout(callback: () => void, ms?: number): number;
  clearTimeout(id: number): void;
  PerformanceObserver: new (callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void;
  };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
}

/** Installed before the app loads: long-task observer, first-rows paint time, frame helpers. */
export function INSTRUMENT(): void {
  const w = globalThis as unknown as BenchWindow;
  const painted = () =>
    new Promise<number>((resolve) => w.requestAnimationFrame(() => w.setTimeout(() => resolve(w.performance.now()), 0)));
  const state: BenchState = {
    firstRowsPainted: null,
    longTasks: [],
    inputs: [],
    painted,
    until(test, timeoutMs = 60_000) {
      // Checked on every DOM change, so the moment a result lands is not rounded up to a frame.
      return new Promise((resolve, reject) => {
        const done = () => {
          observer.disconnect();
          w.clearTimeout(timer);
        };
        const observer = new w.MutationObserver(() => {
          if (test()) {
            done();
            resolve();
          }
        });
        const timer = w.setTimeout(() => {
          done();
          reject(new Error('timed out'));
        }, timeoutMs);
        if (test()) {
          done();
          resolve();
        } else observer.observe(w.document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
  };
  w.__bench = state;
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const rows = new w.MutationObserver(() => {
    if (state.firstRowsPainted !== null || !w.document.querySelector('.person-row')) return;
    rows.disconnect();
    void painted().then((t) => (state.firstRowsPainted = t));
  });
  rows.observe(w.document, { childList: true, subtree: true });
  w.document.addEventListener(
    'input',
    (event) => {
      const target = event.target as Elem;
      if (target === w.document.querySelector('[role="search"] input')) state.inputs.push({ value: target.value, at: event.timeStamp });
    },
    true,
  );
}

/**
 * Types each term a key at a time at a brisk human pace, clearing the box between terms,
 * and returns, per keystroke, the milliseconds from its input event to the frame painted
 * after the list first showed that keystroke's answer.
 */
export async function typeAndMeasure(page: Page, terms: string[]): Promise<number[]> {
  const box = page.locator('[role="search"] input');
  await box.click();
  const samples: number[] = [];
  for (const term of terms) {
    await box.fill('');
    await page.waitForFunction(() => (globalThis as unknown as BenchWindow).document.querySelector('[data-testid="people-scroll"]')?.getAttribute('data-answered') === '');
    await page.evaluate(() => ((globalThis as unknown as BenchWindow).__bench.inputs = []));
    for (const key of term) {
      await page.keyboard.type(key);
      const took = await page.evaluate(async () => {
        const w = globalThis as unknown as BenchWindow;
        const input = w.__bench.inputs.at(-1);
        if (!input) return null;
        const list = () => w.document.querySelector('[data-testid="people-scroll"]');
        const empty = () => w.document.querySelector('.empty-state') !== null;
        await w.__bench.until(() => list()?.getAttribute('data-answered') === input.value.trim() || (empty() && !list()), 10_000);
        return (await w.__bench.painted()) - input.at;
      });
      if (took !== null) samples.push(took);
      await page.waitForTimeout(60);
    }
  }
  await box.fill('');
  return samples;
}

/** Scrolls the people list from top to bottom, three screens a frame; counts long tasks meanwhile (each noted with the rows loaded when it was seen). */
export async function scrollToEnd(page: Page): Promise<{ rows: number; longTasks: number; longest: number; tasks: object[] }> {
  await page.waitForFunction(() => (globalThis as unknown as BenchWindow).document.querySelector('[data-testid="people-scroll"]')?.getAttribute('data-answered') === '');
  return page.evaluate(async () => {
    const w = globalThis as unknown as BenchWindow;
    const scroller = w.document.querySelector('[data-testid="people-scroll"]')!;
    const started = w.performance.now();
    let still = 0;
    let lastHeight = -1;
    while (still < 60) {
      scroller.scrollTop += scroller.clientHeight * 3;
      await new Promise((resolve) => w.requestAnimationFrame(resolve));
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      still = atEnd && scroller.scrollHeight === lastHeight && !w.document.querySelector('.people-scroll [role="status"]') ? still + 1 : 0;
      lastHeight = scroller.scrollHeight;
      if (w.performance.now() - started > 600_000) break;
      const newest = w.__bench.longTasks.at(-1);
      if (newest && newest.start >= started && newest.rows === undefined) newest.rows = Math.round(scroller.scrollHeight / 52);
    }
    const during = w.__bench.longTasks.filter((t) => t.start >= started);
    // Rows are 52 px high (PeopleList's ROW_HEIGHT): the list's height says how many it holds.
    return { rows: Math.round(scroller.scrollHeight / 52), longTasks: during.filter((t) => t.duration > 50).length, longest: Math.max(0, ...during.map((t) => t.duration)), tasks: during };
  });
}
