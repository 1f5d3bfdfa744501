// `npm run bench [-- --people N --touchpoints M --json --smoke --fresh --runs R]`
// Seeds (or reuses) a database, times every operation a user waits on against its raw-SQL
// floor, prints a table (or one JSON document) and exits non-zero when a budget is missed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureDataset, openBenchCore } from './dataset';
import { describeMachine } from './measure';
import { type Timing, time } from './measure';
import { findSubjects, operations, rawOpen, searchTerms } from './operations';
import { X_ARCHIVE_SIZE, measureXImport } from './xImport';
import { measureContactsImport } from './contactsImport';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '50000' },
    touchpoints: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    /** Runs of the X archive import (each a fresh database; 0 skips it). */
    'x-runs': { type: 'string', default: '3' },
    /** Runs of the contacts imports (10k vCards, 30k LinkedIn rows; 0 skips them). */
    'contacts-runs': { type: 'string', default: '3' },
    /** CI: a small dataset; only absolute budgets count (ratios over sub-millisecond floors are noise). */
    smoke: { type: 'boolean', default: false },
    dir: { type: 'string', default: '.bench' },
  },
});

interface Budget {
  p95_ms: number;
  ratio: number;
}
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Record<string, Budget>;

const people = Number(args.people);
const touchpoints = Number(args.touchpoints);
const runs = Number(args.runs);
const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);

const { dbPath, seededMs } = await ensureDataset({ people, touchpoints, seed: Number(args.seed), dir: args.dir, fresh: args.fresh, log });
const open = openBenchCore;

interface Result {
  name: string;
  label: string;
  ours: Timing;
  raw: Timing;
}
const results: Result[] = [];

// Start-up: open, lock, pragmas, migration check, close; against the same steps done by hand.
results.push({
  name: 'open',
  label: 'Open database and run start-up checks',
  ours: await time(async () => (await open(dbPath)).close(), Math.min(runs, 30), 3),
  raw: await time(() => rawOpen(dbPath), Math.min(runs, 30), 3),
});

const core = await open(dbPath);
try {
  const subjects = await findSubjects(core);
  const terms = searchTerms(core.session().sqlite);
  for (const op of operations(core, subjects, terms)) {
    const ours = await time(op.ours, runs);
    const raw = await time(op.raw, runs);
    results.push({ name: op.name, label: op.label, ours, raw });
  }
} finally {
  await core.close();
}

// The X archive import: a synthetic archive of the size the product promises, into a fresh
// database with 5,000 people; the floor is decompressing the data files it reads.
let xPeakRssMb: number | null = null;
if (Number(args['x-runs']) > 0) {
  const x = await measureXImport(args.dir, Number(args['x-runs']), log);
  const size = `${X_ARCHIVE_SIZE.tweets / 1000}k tweets, ${X_ARCHIVE_SIZE.dms / 1000}k DMs`;
  results.push({ name: 'x.import', label: `X archive import (${size})`, ours: x.ours, raw: x.raw });
  xPeakRssMb = x.peakRssMb;
}
if (Number(args['contacts-runs']) > 0) results.push(...(await measureContactsImport(args.dir, Number(args['contacts-runs']), log, args.smoke ? 0.2 : 1)));
const rssBudget = (budgets['x.import.peak_rss_mb'] as unknown as { max: number } | undefined)?.max ?? null;

const rows = results.map((r) => {
  const budget = budgets[r.name];
  const ratio = r.ours.p50 / Math.max(r.raw.p50, 0.001);
  const withinP95 = !budget || r.ours.p95 <= budget.p95_ms;
  const withinRatio = !budget || args.smoke || ratio <= budget.ratio;
  return {
    name: r.name,
    label: r.label,
    p50_ms: round(r.ours.p50),
    p95_ms: round(r.ours.p95),
    max_ms: round(r.ours.max),
    raw_p50_ms: round(r.raw.p50),
    ratio: round(ratio),
    budget_p95_ms: budget?.p95_ms ?? null,
    budget_ratio: budget?.ratio ?? null,
    ok: withinP95 && withinRatio,
  };
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const machine = describeMachine();
const dataset = { people, touchpoints, seed: Number(args.seed), path: dbPath, seeded_ms: seededMs, smoke: args.smoke };

if (args.json) {
  process.stdout.write(`${JSON.stringify({ machine, dataset, results: rows, x_import_peak_rss_mb: xPeakRssMb }, null, 2)}\n`);
} else {
  log(`\n${machine.cpu} × ${machine.cpus}, ${machine.memory_gb} GB, Node ${machine.node}; ${people.toLocaleString('en')} people, ${touchpoints.toLocaleString('en')} touchpoints`);
  log(`${'operation'.padEnd(44)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} ${'raw p50'.padStart(8)} ${'ratio'.padStart(6)} ${'budget'.padStart(14)}  ok`);
  for (const r of rows) {
    const budget = r.budget_p95_ms === null ? '—' : `${r.budget_p95_ms} ms/${r.budget_ratio}×`;
    log(
      `${r.label.padEnd(44)} ${r.p50_ms.toFixed(2).padStart(8)} ${r.p95_ms.toFixed(2).padStart(8)} ${r.max_ms.toFixed(2).padStart(8)} ${r.raw_p50_ms.toFixed(2).padStart(8)} ${r.ratio.toFixed(1).padStart(6)} ${budget.padStart(14)}  ${r.ok ? 'yes' : 'NO'}`,
    );
  }
}
if (xPeakRssMb !== null) log(`X archive import peak memory (RSS of its process): ${xPeakRssMb} MB (budget ${rssBudget ?? '—'} MB)`);
const missed = rows.filter((r) => !r.ok);
if (xPeakRssMb !== null && rssBudget !== null && xPeakRssMb > rssBudget) missed.push({ name: 'x.import.peak_rss_mb' } as (typeof rows)[number]);
if (missed.length) log(`\nBudget missed: ${missed.map((r) => r.name).join(', ')}`);
process.exitCode = missed.length ? 1 : 0;
