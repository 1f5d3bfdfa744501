import { afterEach, beforeEach } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { Sqlite } from '../../electron/db/client';
import type { Channel } from '../../shared/ipc/channels';
import type { Req, Res } from '../../shared/ipc/contract';
import { call, openTestCore } from './core';
import { tempDir } from './tmp';

export const DAY = 86_400_000;

/** A fake clock the test moves by hand; each read adds nothing, so "now" is exactly what was set. */
export interface FakeClock {
  now(): number;
  set(iso: string): void;
  advance(ms: number): void;
  /** `days` days before (negative: after) now, as ISO. */
  ago(days: number, hours?: number): string;
}

export function fakeClock(startIso: string): FakeClock {
  let t = Date.parse(startIso);
  return {
    now: () => t,
    set: (iso) => (t = Date.parse(iso)),
    advance: (ms) => (t += ms),
    ago: (days, hours = 0) => new Date(t - days * DAY - hours * 3_600_000).toISOString(),
  };
}

export interface ClockedCore {
  readonly core: Core;
  readonly sqlite: Sqlite;
  readonly clock: FakeClock;
  call<C extends Channel>(channel: C, payload: Req<C>): Promise<Res<C>>;
}

/**
 * A fresh core per test whose clock stands still at `startIso` until the test moves it; its
 * reminder time zone is `timeZone` (so all-day dates and snooze presets do not depend on
 * the machine's zone).
 */
export function useClockedCore(startIso: string, timeZone = 'UTC'): ClockedCore {
  let current: Core | undefined;
  let clock = fakeClock(startIso);
  beforeEach(async () => {
    clock = fakeClock(startIso);
    ({ core: current } = await openTestCore(tempDir(), { now: () => clock.now() }));
    await call(current, 'reminders:update-settings', { timeZone });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const env: ClockedCore = {
    get core() {
      if (!current) throw new Error('the test core is open only while a test runs');
      return current;
    },
    get sqlite() {
      return env.core.session().sqlite;
    },
    get clock() {
      return clock;
    },
    call: (channel, payload) => call(env.core, channel, payload),
  };
  return env;
}
