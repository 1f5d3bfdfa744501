import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { type Core, type CoreOptions, openCore } from '../../electron/core/core';
import type { Sqlite } from '../../electron/db/client';
import { PERSON_SEARCH_COLUMNS, flushPersonSearch, flushTouchpointSearch, foldDocument } from '../../electron/db/searchIndex';
import type { Page } from '../../shared/domain/common';
import { ONLINE_CHANNELS } from '../../shared/domain/touchpoint';
import type { Channel } from '../../shared/ipc/channels';
import type { Req, Res } from '../../shared/ipc/contract';
import type { ChangedEvent } from '../../shared/ipc/events';
import { MIGRATIONS_DIR } from './paths';
import { tempDir } from './tmp';

export interface TestCore {
  core: Core;
  dbPath: string;
  dir: string;
}

/** The real core on a real file in `dir`, with responses checked against the contract. */
export async function openTestCore(dir: string, options: Partial<CoreOptions> = {}): Promise<TestCore> {
  const dbPath = options.dbPath ?? join(dir, 'crm.db');
  const core = await openCore({
    dbPath,
    migrationsDir: MIGRATIONS_DIR,
    owner: 'test',
    appVersion: '0.0.0-test',
    validateResponses: true,
    ...options,
  });
  return { core, dbPath, dir };
}

/** A clock that moves 1 ms on every read, so timestamps and backup names never collide. */
export function tickingClock(start = Date.UTC(2026, 0, 15, 12, 0, 0)): () => number {
  let t = start;
  return () => t++;
}

export interface CoreUnderTest {
  readonly core: Core;
  readonly sqlite: Sqlite;
}

/**
 * A fresh core on its own file for every test of the calling file (clock ticking from `start`),
 * closed after it. Read `core` and `sqlite` inside tests and hooks only.
 */
export function useTestCore(start?: number): CoreUnderTest {
  let current: Core | undefined;
  beforeEach(async () => {
    ({ core: current } = await openTestCore(tempDir(), { now: tickingClock(start) }));
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get core() {
      if (!current) throw new Error('the test core is open only while a test runs');
      return current;
    },
    get sqlite() {
      return this.core.session().sqlite;
    },
  };
}

/**
 * Every item of a keyset-paged list, from the first page to the last. Each page holds at most
 * `limit` items, and exactly `limit` unless it is the last.
 */
export async function allPages<T>(limit: number, fetch: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await fetch(cursor);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

/** People whose denormalised figures (online/offline/by-them counts) differ from their live touchpoints. */
export function figureDrift(sqlite: Sqlite): number {
  const online = ONLINE_CHANNELS.map((c) => `'${c}'`).join(', ');
  return sqlite
    .prepare(
      `SELECT count(*) FROM people p WHERE p.online_touches + p.offline_touches <> (
         SELECT count(*) FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id WHERE tp.person_id = p.id AND t.deleted_at IS NULL)
       OR p.online_touches <> (SELECT count(*) FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
         WHERE tp.person_id = p.id AND t.deleted_at IS NULL AND t.channel IN (${online}))
       OR p.touches_by_them <> (SELECT count(*) FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
         WHERE tp.person_id = p.id AND t.deleted_at IS NULL AND t.initiated_by = 'them')
       OR p.last_touch_at IS NOT (SELECT max(t.at) FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
         WHERE tp.person_id = p.id AND t.deleted_at IS NULL)`,
    )
    .pluck()
    .get() as number;
}

/** The `changed` events the core sends from now on, collected as they come. */
export function recordChanges(core: Core): ChangedEvent[] {
  const changes: ChangedEvent[] = [];
  core.on((name, payload) => name === 'changed' && changes.push(payload as ChangedEvent));
  return changes;
}

/** Calls a channel and returns the value; fails the test with the error envelope otherwise. */
export async function call<C extends Channel>(core: Core, channel: C, payload: Req<C>): Promise<Res<C>> {
  const result = await core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as Res<C>;
}

/** Calls a channel that must fail and returns its error envelope (code, message, details). */
export async function callError<C extends Channel>(core: Core, channel: C, payload: Req<C>): Promise<{ code: string; message: string; details?: unknown }> {
  const result = await core.dispatch(channel, payload);
  if (result.ok) throw new Error(`${channel} succeeded but was expected to fail`);
  return result.error;
}

function tables(sqlite: Sqlite): string[] {
  return sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
}

/**
 * A digest of the schema and every row of every table (FTS shadow tables included), order
 * independent: equal digests mean nothing observable changed.
 */
export function dbDigest(sqlite: Sqlite): string {
  const hash = createHash('sha256');
  const schema = sqlite.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all();
  hash.update(JSON.stringify(schema));
  for (const table of tables(sqlite)) {
    const rows = (sqlite.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().all() as unknown[][]).map((row) =>
      JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)),
    );
    rows.sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** Row counts of every ordinary table. */
export function rowCounts(sqlite: Sqlite): Record<string, number> {
  return Object.fromEntries(
    tables(sqlite).map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]),
  );
}

/** rowids of people whose search document matches `match` (an FTS5 expression). */
export function searchSeqs(sqlite: Sqlite, match: string): number[] {
  return sqlite.prepare(`SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid`).pluck().all(match) as number[];
}

/**
 * Checks that both full-text indexes are internally consistent and that person_search holds
 * exactly what its source view says, one document per live person. Returns the problems.
 */
export function searchProblems(sqlite: Sqlite): string[] {
  const problems: string[] = [];
  // What a search sees: queued notes are indexed first, as the search path does.
  flushTouchpointSearch(sqlite);
  for (const fts of ['person_search', 'touchpoint_search']) {
    try {
      sqlite.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run();
    } catch (error) {
      problems.push(`${fts}: ${(error as Error).message}`);
    }
  }
  // What a search sees: queued documents are rebuilt first, as the search path does.
  flushPersonSearch(sqlite);
  const cols = PERSON_SEARCH_COLUMNS.join(', ');
  const indexed = sqlite.prepare(`SELECT rowid AS seq, ${cols} FROM person_search ORDER BY rowid`).raw().all();
  const expected = (sqlite.prepare(`SELECT seq, ${cols} FROM person_search_source ORDER BY seq`).raw().all() as (string | number | null)[][]).map(
    foldDocument,
  );
  if (JSON.stringify(indexed) !== JSON.stringify(expected)) {
    problems.push(`person_search differs from person_search_source: ${JSON.stringify({ indexed, expected }).slice(0, 2000)}`);
  }
  return problems;
}
