// The benchmark's database: seeded once per (people, touchpoints, seed) into `dir` and
// reused by later runs (`fresh` seeds again).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Core, openCore } from '../../electron/core/core';
import { sourceMigrationsDir } from '../../electron/core/paths';
import { seedDatabase } from '../../electron/core/seed/seed';

export interface DatasetOptions {
  people: number;
  touchpoints: number;
  seed: number;
  dir: string;
  fresh: boolean;
  log: (line: string) => void;
}

export function openBenchCore(dbPath: string): Promise<Core> {
  return openCore({ dbPath, migrationsDir: sourceMigrationsDir(), owner: 'test', appVersion: 'bench' });
}

/** The database path, and how long seeding took when this run seeded it (null when reused). */
export async function ensureDataset(o: DatasetOptions): Promise<{ dbPath: string; seededMs: number | null }> {
  mkdirSync(o.dir, { recursive: true });
  const dbPath = join(o.dir, `bench-p${o.people}-t${o.touchpoints}-s${o.seed}.db`);
  if (o.fresh) for (const suffix of ['', '-wal', '-shm', '.owner.json']) rmSync(dbPath + suffix, { force: true });
  if (existsSync(dbPath)) return { dbPath, seededMs: null };
  o.log(`Seeding ${o.people.toLocaleString('en')} people and ${o.touchpoints.toLocaleString('en')} touchpoints into ${dbPath}…`);
  const core = await openBenchCore(dbPath);
  try {
    const { ms } = seedDatabase(core, {
      people: o.people,
      touchpoints: o.touchpoints,
      seed: o.seed,
      onProgress: (phase, done, total) => done === total && o.log(`  ${phase}: ${total.toLocaleString('en')}`),
    });
    o.log(`  seeded in ${(ms / 1000).toFixed(1)} s`);
    return { dbPath, seededMs: ms };
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    throw error;
  } finally {
    await core.close();
  }
}
