// The X archive import at the size the issue names (5,000 following, 5,000 followers,
// 50,000 tweets, 20,000 DMs): the archive is generated once into the bench folder, then each
// run imports it into a fresh database in a child process (time and peak memory of its own).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDatabase } from '../../electron/core/seed/seed';
import { writeSyntheticArchive } from '../support/xArchiveSynthetic';
import { openBenchCore } from './dataset';
import { type Timing, summarise } from './measure';

export interface XImportResult {
  ours: Timing;
  raw: Timing;
  peakRssMb: number;
  report: Record<string, unknown>;
}

export const X_ARCHIVE_SIZE = { following: 5_000, followers: 5_000, tweets: 50_000, dms: 20_000, seed: 1 };

export async function measureXImport(dir: string, runs: number, log: (line: string) => void): Promise<XImportResult> {
  mkdirSync(dir, { recursive: true });
  const archive = join(dir, `x-archive-s${X_ARCHIVE_SIZE.seed}.zip`);
  if (!existsSync(archive)) {
    log(`Writing a synthetic X archive (${X_ARCHIVE_SIZE.tweets.toLocaleString('en')} tweets, ${X_ARCHIVE_SIZE.dms.toLocaleString('en')} DMs) to ${archive}…`);
    await writeSyntheticArchive(archive, X_ARCHIVE_SIZE);
  }
  // People for the matcher to weigh the accounts against, as a user with an address book has.
  const baseDb = join(dir, 'x-import-base.db');
  if (!existsSync(baseDb)) {
    const core = await openBenchCore(baseDb);
    seedDatabase(core, { people: 5_000, touchpoints: 20_000, seed: 7 });
    await core.close();
  }
  // The child runs as plain JavaScript, as the app's worker does: under tsx the transpiler
  // alone holds ~70 MB, which would be counted as the import's memory.
  const child = join(dir, 'xImportChild.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'xImportChild.ts')], outfile: child, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  const samples: number[] = [];
  const floors: number[] = [];
  let peakRssMb = 0;
  let report: Record<string, unknown> = {};
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [child, archive, baseDb, join(dir, 'x-import.db')], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; floorMs: number; peakRssMb: number; report: Record<string, unknown> };
    samples.push(result.ms);
    floors.push(result.floorMs);
    peakRssMb = Math.max(peakRssMb, result.peakRssMb);
    report = result.report;
  }
  return { ours: summarise(samples), raw: summarise(floors), peakRssMb, report };
}
