import { readFileSync } from 'node:fs';
import type { Page } from '../../shared/domain/common';
import type { Channel } from '../../shared/ipc/channels';
import type { Req, Res } from '../../shared/ipc/contract';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import { type Core, openCore } from '../core/core';
import { defaultDbPath, sourceMigrationsDir } from '../core/paths';

export interface GlobalOptions {
  db?: string;
  now?: string;
  json?: boolean;
}

/** Exit codes by error code, documented in the README. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  INTERNAL: 1,
  INVALID_INPUT: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  BUSY: 5,
  FORBIDDEN: 6,
  CANCELLED: 7,
};

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `--now` fixes the clock for everything time-dependent. */
export function parseNow(now: string | undefined): number | undefined {
  if (now === undefined) return undefined;
  const ms = Date.parse(now);
  // Date.parse rolls impossible days over ("2026-02-30" is 2 March), so check the calendar date too.
  const [y, m, d] = now.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const realDay = day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  if (!/^\d{4}-\d{2}-\d{2}/.test(now) || Number.isNaN(ms) || !realDay) {
    throw new AppError('INVALID_INPUT', `--now must be an ISO-8601 date or date-time, got "${now}"`);
  }
  return ms;
}

export function resolveDbPath(options: GlobalOptions): string {
  return options.db ?? defaultDbPath();
}

/** The CLI runs the core in-process; the exclusive lock still keeps it from racing the app. */
export async function withCore<T>(options: GlobalOptions, fn: (core: Core) => Promise<T>): Promise<T> {
  const fixed = parseNow(options.now);
  const core = await openCore({
    dbPath: resolveDbPath(options),
    migrationsDir: sourceMigrationsDir(),
    owner: 'cli',
    appVersion: appVersion(),
    now: fixed === undefined ? Date.now : () => fixed,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

/** Calls a channel through the same dispatcher as the app; failures become AppErrors. */
export async function call<C extends Channel>(core: Core, channel: C, payload: Req<C>): Promise<Res<C>> {
  const result = await core.dispatch(channel, payload);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as Res<C>;
}

/** The largest page a list channel serves. */
const MAX_PAGE = 500;

/**
 * The items of a paged list, up to `wanted` (default: all), asking `fetch` for the next
 * page (at most MAX_PAGE rows, never more than are still wanted) until the list ends.
 */
export async function collectPages<T>(
  fetch: (limit: number, cursor: string | undefined) => Promise<Page<T>>,
  wanted = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(Math.min(MAX_PAGE, wanted - all.length), cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < wanted);
  return all;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}
