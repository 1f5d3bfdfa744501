// `npm run bench:ui [-- --people N --touchpoints M --json]`: the app at scale in browser
// mode, measured in Chromium itself (performance.now, a long-task observer, CDP heap usage):
// Today and the people list painted after load, keystroke to painted search results, opening people with
// long timelines, scrolling the whole people list, and the renderer heap. Exits non-zero
// when a budget in budgets.json ("ui.*") is missed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config';
import { startWebServer } from '../support/webServer';
import { ensureDataset, openBenchCore } from './dataset';
import { describeMachine, summarise } from './measure';
import { searchTerms } from './operations';
import { type BenchWindow, INSTRUMENT, scrollToEnd, typeAndMeasure } from './uiPage';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '50000' },
    touchpoints: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    dir: { type: 'string', default: '.bench' },
  },
});
const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Record<string, { p95_ms?: number; max?: number }>;

const people = Number(args.people);
const { dbPath } = await ensureDataset({ people, touchpoints: Number(args.touchpoints), seed: Number(args.seed), dir: args.dir, fresh: args.fresh, log });

// What to type and whom to open, read before the server takes the database's lock.
const core = await openBenchCore(dbPath);
const sqlite = core.session().sqlite;
const terms = searchTerms(sqlite).filter((t) => !t.startsWith('@'));
const heaviest = sqlite
  .prepare(`SELECT person_id FROM touchpoint_participants GROUP BY person_id ORDER BY count(*) DESC LIMIT 10`)
  .pluck()
  .all() as string[];
await core.close();

const server = await startWebServer(dbPath);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
const results: { name: string; label: string; value: number; unit: string; p50?: number; budget: number | null; ok: boolean }[] = [];
const add = (name: string, label: string, value: number, unit: string, p50?: number) => {
  const budget = budgets[name]?.p95_ms ?? budgets[name]?.max ?? null;
  results.push({ name, label, value: Math.round(value * 10) / 10, unit, p50: p50 === undefined ? undefined : Math.round(p50 * 10) / 10, budget, ok: budget === null || value <= budget });
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); the page needs it too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(INSTRUMENT);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // The home screen: Today, as it opens. The token is kept for the tab, so the second load
  // (straight to People) needs no token in the address.
  await page.goto(server.url);
  const today = await page.evaluate(async () => {
    const w = globalThis as unknown as BenchWindow;
    await w.__bench.until(() => w.document.querySelector('.today-body') !== null, 30_000);
    return w.__bench.painted();
  });
  add('ui.today', 'Page load to Today painted', today, 'ms');
  // A hash-only change would not reload the page (and would time from the first load): go
  // through about:blank so the people list is measured from a page load of its own.
  await page.goto('about:blank');
  await page.goto(`${new URL(server.url).origin}/#/people`);
  await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.firstRowsPainted !== null, undefined, { timeout: 30_000 });
  add('ui.start.server', 'crm web start to URL printed (informational)', server.startMs, 'ms');
  add('ui.first_paint', 'Page load to people list painted', await page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.firstRowsPainted!), 'ms');

  // Open the ten people with the longest timelines, each from the list.
  const opens: number[] = [];
  for (const id of heaviest) {
    opens.push(
      await page.evaluate(async (personId) => {
        const w = globalThis as unknown as BenchWindow;
        const started = w.performance.now();
        w.location.hash = `#/people/${personId}`;
        await w.__bench.until(() => w.document.querySelector('[data-testid="person-timeline"] [role="list"] > *') !== null);
        const took = (await w.__bench.painted()) - started;
        w.location.hash = '#/people';
        await w.__bench.until(() => w.document.querySelector('.person-row') !== null);
        return took;
      }, id),
    );
  }
  const open = summarise(opens);
  add('ui.open_person', 'Open a person with a long timeline (p95 of 10)', open.p95, 'ms', open.p50);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  add('ui.heap', 'Renderer heap after the list and ten people', heap.usedSize / 2 ** 20, 'MB');

  const keystrokes = await typeAndMeasure(page, terms);
  const typing = summarise(keystrokes);
  add('ui.keystroke', `Keystroke to painted results (p95 of ${keystrokes.length})`, typing.p95, 'ms', typing.p50);

  const scroll = await scrollToEnd(page);
  if (process.env.BENCH_DEBUG) log(`long tasks while scrolling: ${JSON.stringify(scroll.tasks)}`);
  add('ui.scroll.long_tasks', `Long tasks over 50 ms scrolling ${scroll.rows.toLocaleString('en')} rows`, scroll.longTasks, '');
  add('ui.scroll.longest_task', 'Longest task while scrolling (informational)', scroll.longest, 'ms');
  if (scroll.rows < people) throw new Error(`scrolling reached ${scroll.rows} of ${people} people`);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
  await server.stop();
}

const machine = describeMachine();
if (args.json) {
  process.stdout.write(`${JSON.stringify({ machine, dataset: { people, touchpoints: Number(args.touchpoints), path: dbPath }, results }, null, 2)}\n`);
} else {
  log(`\n${machine.cpu} × ${machine.cpus}, ${machine.memory_gb} GB, Chromium (headless); ${people.toLocaleString('en')} people`);
  log(`${'measurement'.padEnd(52)} ${'p50'.padStart(8)} ${'value'.padStart(8)} ${'budget'.padStart(8)}  ok`);
  for (const r of results) {
    log(`${r.label.padEnd(52)} ${(r.p50?.toFixed(1) ?? '').padStart(8)} ${`${r.value}${r.unit ? ` ${r.unit}` : ''}`.padStart(8)} ${String(r.budget ?? '—').padStart(8)}  ${r.ok ? 'yes' : 'NO'}`);
  }
}
const missed = results.filter((r) => !r.ok);
if (missed.length) log(`\nBudget missed: ${missed.map((r) => r.name).join(', ')}`);
process.exitCode = missed.length ? 1 : 0;
