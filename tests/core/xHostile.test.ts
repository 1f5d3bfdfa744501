import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { call, dbDigest, useTestCore } from '../support/core';
import { tempDir } from '../support/tmp';
import { archiveEntries, writeZip } from '../support/xArchiveFixture';
import { storyFiles, writeStory } from '../support/xStory';
import { writeSyntheticArchive } from '../support/xArchiveSynthetic';

const t = useTestCore(Date.UTC(2026, 10, 30, 12));

/** Imports `path` and expects INVALID_INPUT whose message contains every part, with nothing written. */
async function refused(path: string, ...parts: string[]) {
  await call(t.core, 'people:create', { displayName: 'Ada Lovelace' });
  const digest = dbDigest(t.sqlite);
  const result = await t.core.dispatch('x:import', { path });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID_INPUT');
  for (const part of parts) expect(result.error.message).toContain(part);
  expect(dbDigest(t.sqlite)).toBe(digest);
}

function zipWith(extra: Record<string, string | Uint8Array>, replace: Record<string, string> = {}): string {
  const entries = archiveEntries({ layout: 'zip', files: storyFiles() });
  for (const [name, text] of Object.entries(replace)) entries.set(name, text);
  for (const [name, content] of Object.entries(extra)) entries.set(name, content);
  const path = join(tempDir(), 'hostile.zip');
  writeZip(path, entries);
  return path;
}

describe('broken and hostile archives write nothing and say where', () => {
  test('a path that does not exist', async () => {
    await refused('/nonexistent/twitter.zip', 'No file or folder at /nonexistent/twitter.zip');
  });

  test('garbage bytes named .zip', async () => {
    const path = join(tempDir(), 'garbage.zip');
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await refused(path, 'garbage.zip');
  });

  test('an entry name that climbs out of the archive', async () => {
    await refused(zipWith({ '../../etc/evil.js': 'x' }), '../../etc/evil.js');
  });

  test('a data file that is code, not JSON', async () => {
    await refused(zipWith({}, { 'data/tweets.js': 'window.YTD.tweets.part0 = alert(1)' }), 'data/tweets.js', 'line 1');
  });

  test('truncated JSON in the middle of the tweets names the file and the line', async () => {
    const text = 'window.YTD.tweets.part0 = [\n  { "tweet" : { "id_str" : "1",\n    "created_at" : ';
    await refused(zipWith({}, { 'data/tweets.js': text }), 'data/tweets.js', 'line 3');
  });

  test('a top-level object instead of an array', async () => {
    await refused(zipWith({}, { 'data/following.js': 'window.YTD.following.part0 = { "following" : {} }' }), 'data/following.js');
  });

  test('a zip bomb: a data file that inflates far beyond its compressed size', async () => {
    const bomb = 'window.YTD.like.part0 = [' + ' '.repeat(60 * 2 ** 20) + ']';
    await refused(zipWith({}, { 'data/tweets.js': bomb }), 'data/tweets.js');
  });

  test('an archive with no account.js and no owner in the manifest', async () => {
    const files = storyFiles();
    delete files.account;
    const entries = archiveEntries({ layout: 'zip', files, manifest: false });
    const path = join(tempDir(), 'ownerless.zip');
    writeZip(path, entries);
    await refused(path, 'cannot tell whose archive this is');
  });

  test('something that is not an X archive at all', async () => {
    const path = join(tempDir(), 'photos.zip');
    writeZip(path, { 'holiday/beach.jpg': new Uint8Array([0xff, 0xd8]) });
    await refused(path, 'X archive');
  });
});

describe('a long import can be followed and cancelled', () => {
  test('progress names the file and counts items; cancel stops it with nothing written', async () => {
    const path = join(tempDir(), 'big.zip');
    await writeSyntheticArchive(path, { following: 500, followers: 500, tweets: 20_000, dms: 2_000, seed: 3 });
    const digest = dbDigest(t.sqlite);
    const progress: { label: string; done: number }[] = [];
    t.core.on((event, payload) => {
      if (event !== 'progress') return;
      const p = payload as { job: string; label: string; done: number };
      progress.push(p);
      if (p.job === 'big' && p.label.includes('tweets') && p.done >= 2000) void t.core.dispatch('jobs:cancel', { job: 'big' });
    });
    const result = await t.core.dispatch('x:import', { path, job: 'big' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(progress.some((p) => p.label === 'Reading data/tweets.js' && p.done >= 2000)).toBe(true);
    expect(dbDigest(t.sqlite)).toBe(digest);
    expect(await call(t.core, 'jobs:cancel', { job: 'big' })).toEqual({ job: 'big', cancelled: false });
    // The same job id can run again once the first has stopped.
    const again = await call(t.core, 'x:import', { path: await writeStory(tempDir()), job: 'big' });
    expect(again.dryRun).toBe(false);
  });
});
