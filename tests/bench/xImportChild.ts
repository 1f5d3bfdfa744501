// One measured X archive import, in a process of its own so its peak memory is the import's:
// `tsx tests/bench/xImportChild.ts ARCHIVE BASE_DB DB` copies BASE_DB (people to match against)
// to DB, imports ARCHIVE into it and prints `{ ms, floorMs, peakRssMb, report }`.
import { copyFileSync, rmSync } from 'node:fs';
import { openArchive } from '../../electron/core/xArchive/archiveSource';
import { readManifest } from '../../electron/core/xArchive/ytdFiles';
import { call } from '../../electron/cli/runtime';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';

const [archive, baseDb, dbPath] = process.argv.slice(2) as [string, string, string];
for (const suffix of ['', '-wal', '-shm', '.owner.json']) rmSync(dbPath + suffix, { force: true });
copyFileSync(baseDb, dbPath);

// The floor: the bytes of every data file the import reads, decompressed from the zip, parsed by no one.
const floorStarted = performance.now();
const source = await openArchive(archive);
const manifest = await readManifest(source);
for (const file of manifest.files) {
  const stream = await source.open(file.name);
  for await (const _chunk of stream as AsyncIterable<Buffer>) void _chunk;
}
await source.close();
const floorMs = performance.now() - floorStarted;

// Bundled into the bench folder, so the migrations are found from the working directory (the repository).
const core = await openCore({ dbPath, migrationsDir: join(process.cwd(), 'electron/db/migrations'), owner: 'test', appVersion: 'bench' });
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const started = performance.now();
const report = await call(core, 'x:import', { path: archive, dryRun: false });
const ms = performance.now() - started;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await core.close();
process.stdout.write(`${JSON.stringify({ ms, floorMs, peakRssMb: Math.round(peak / 2 ** 20), report: { ...report, errors: report.errors.length } })}\n`);
