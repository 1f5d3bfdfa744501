/**
 * The X archive reader's speed check, run by hand (not a test: timings on shared CI machines are
 * noise). Writes the synthetic archive, then reads every data file in a fresh process so that its
 * peak RSS is the reader's alone:
 *
 *   node --import tsx tests/support/xArchiveBench.ts [archive.zip]    # default .bench/x-synthetic.zip
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../electron/core/xArchive/archiveSource';
import { readManifest, streamRecords } from '../../electron/core/xArchive/ytdFiles';
import { writeSyntheticArchive } from './xArchiveSynthetic';

const say = (line: string) => process.stdout.write(`${line}\n`);
const SIZE = { following: 5000, followers: 5000, tweets: 50000, dms: 20000, seed: 42 };

async function read(path: string): Promise<void> {
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const source = await openArchive(path);
  const manifest = await readManifest(source);
  const lines: string[] = [];
  let records = 0;
  for (const file of manifest.files) {
    const t = performance.now();
    const n = await streamRecords(source, file, () => undefined);
    records += n;
    lines.push(`  ${file.name.padEnd(32)} ${String(n).padStart(6)} records ${(source.size(file.name) / 1e6).toFixed(1).padStart(6)} MB ${(performance.now() - t).toFixed(0).padStart(5)} ms`);
  }
  await source.close();
  clearInterval(sample);
  const total = performance.now() - t0;
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  say(`${lines.join('\n')}\n  all: ${records} records in ${total.toFixed(0)} ms, peak RSS ${(peak / 1048576).toFixed(0)} MB`);
}

async function main(): Promise<void> {
  const [mode, arg] = process.argv.slice(2);
  if (mode === '--read') return read(arg!);
  const path = resolve(mode ?? '.bench/x-synthetic.zip');
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const t = performance.now();
    const counts = await writeSyntheticArchive(path, SIZE);
    say(`wrote ${path} in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
  for (let run = 1; run <= 3; run++) {
    say(`read ${run}:`);
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--read', path], { stdio: 'inherit' });
  }
}

await main();
