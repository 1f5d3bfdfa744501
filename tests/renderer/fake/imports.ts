// The fake core's X archive import, its jobs and the import history. `x:import` reports two
// progress events for the job the client named, then answers a fixed report (merged with
// `importsOf(db).report`); `holdImport` keeps the next one running after its first event until
// released or cancelled, as the real core stops at its next step when `jobs:cancel` arrives.
import type { EventName } from '../../../shared/ipc/channels';
import type { ParsedReq } from '../../../shared/ipc/contract';
import type { ImportRecord, XImportReport } from '../../../shared/domain/xArchive';
import { type FakeDb, nextTime, page, refuse } from './state';

interface Job {
  cancelled: boolean;
  wake(): void;
}

export interface ImportsFake {
  records: ImportRecord[];
  /** Merged into every report: a test's own counts, owner or skipped records. */
  report: Partial<XImportReport>;
  running: Map<string, Job>;
  hold: Promise<void> | null;
  emit(event: EventName, payload: unknown): void;
}

const state = new WeakMap<FakeDb, ImportsFake>();

export function importsOf(db: FakeDb): ImportsFake {
  let fake = state.get(db);
  if (!fake) {
    fake = { records: [], report: {}, running: new Map(), hold: null, emit: () => undefined };
    state.set(db, fake);
  }
  return fake;
}

/** Gives the fake the bridge's event emitter, for `progress`. */
export function connectImports(db: FakeDb, emit: ImportsFake['emit']): void {
  importsOf(db).emit = emit;
}

/** The next import waits after its first progress event until the returned function is called (or it is cancelled). */
export function holdImport(db: FakeDb): () => void {
  let release!: () => void;
  importsOf(db).hold = new Promise<void>((resolve) => (release = resolve));
  return release;
}

export const FAKE_REPORT: Omit<XImportReport, 'importId' | 'dryRun'> = {
  owner: { accountId: '1626922779105759235', handle: 'ada_l' },
  accounts: 412,
  resolved: 398,
  following: 233,
  followers: 540,
  mutuals: 121,
  dmConversations: 64,
  dmMessages: 3_208,
  tweets: 1_873,
  mentions: 302,
  replies: 611,
  touchpointsCreated: 96,
  identitiesCreated: 412,
  interactionsCreated: 1_044,
  matchesSuggested: 12,
  errors: [],
};

export function seedImport(db: FakeDb, over: Partial<ImportRecord> = {}): ImportRecord {
  const at = nextTime();
  const record: ImportRecord = {
    id: crypto.randomUUID(),
    kind: 'x_archive',
    sourceName: 'twitter-2024-06-01.zip',
    status: 'done',
    startedAt: at,
    finishedAt: at,
    stats: { owner: FAKE_REPORT.owner, accounts: 300, dmMessages: 2_000, touchpointsCreated: 80, matchesSuggested: 9 },
    undoneAt: null,
    ...over,
  };
  importsOf(db).records.unshift(record);
  return record;
}

const FILES = ['data/account.js', 'data/follower.js', 'data/direct-messages.js'];
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const basename = (path: string) => path.replace(/[\\/]+$/, '').split(/[\\/]/).at(-1) ?? path;

async function runImport(req: ParsedReq<'x:import'>, db: FakeDb): Promise<XImportReport> {
  const fake = importsOf(db);
  const id = req.job ?? `job-${crypto.randomUUID()}`;
  if (fake.running.has(id)) refuse('CONFLICT', `Job ${id} is already running`, { job: id });
  const job: Job = { cancelled: false, wake: () => undefined };
  fake.running.set(id, job);
  const progress = (done: number) => fake.emit('progress', { job: id, label: FILES[done] ?? 'Saving', done, total: FILES.length });
  try {
    await tick();
    progress(1);
    const hold = fake.hold;
    fake.hold = null;
    if (hold) await new Promise<void>((resolve) => ((job.wake = resolve), void hold.then(resolve)));
    if (job.cancelled) refuse('CANCELLED', `Cancelled: ${id} stopped before writing anything`, { job: id });
    progress(2);
    await tick();
    const report: XImportReport = { ...FAKE_REPORT, ...fake.report, dryRun: req.dryRun, importId: req.dryRun ? null : crypto.randomUUID() };
    if (!req.dryRun) {
      const at = nextTime();
      const { importId: _id, dryRun: _dry, errors: _errors, ...stats } = report;
      fake.records.unshift({ id: report.importId!, kind: 'x_archive', sourceName: basename(req.path), status: 'done', startedAt: at, finishedAt: at, stats, undoneAt: null });
    }
    return report;
  } finally {
    fake.running.delete(id);
  }
}

export const importHandlers = {
  'x:import': runImport,
  'jobs:cancel': (req: ParsedReq<'jobs:cancel'>, db: FakeDb) => {
    const job = importsOf(db).running.get(req.job);
    if (!job) return { job: req.job, cancelled: false };
    job.cancelled = true;
    job.wake();
    return { job: req.job, cancelled: true };
  },
  'imports:list': (req: ParsedReq<'imports:list'>, db: FakeDb) => page(importsOf(db).records, req.cursor, req.limit),
  'imports:undo': (req: ParsedReq<'imports:undo'>, db: FakeDb) => {
    const records = importsOf(db).records;
    const index = records.findIndex((r) => r.id === req.id);
    const record = records[index] ?? refuse('NOT_FOUND', `No import with id ${req.id}`, { id: req.id });
    if (record.status !== 'done') refuse('CONFLICT', `Import ${req.id} is ${record.status}`, { id: req.id, status: record.status });
    const undone: ImportRecord = { ...record, status: 'undone', undoneAt: nextTime() };
    records[index] = undone;
    return undone;
  },
};
