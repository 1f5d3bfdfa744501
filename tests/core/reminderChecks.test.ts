import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/core';
import { withCore } from '../../electron/cli/runtime';
import type { ReminderDueEvent } from '../../shared/ipc/events';
import { call, openTestCore } from '../support/core';
import { REPO_ROOT } from '../support/paths';
import { killStrays, spawnCli, stop, waitForLine } from '../support/processes';
import { tempDir } from '../support/tmp';

const HOUR = 60 * 60 * 1000;
// The app was last open on the morning of Tuesday 10 March 2026 and reopened the next day.
const BEFORE = Date.UTC(2026, 2, 10, 8, 0, 0);
const AFTER = BEFORE + 26 * HOUR;
// The first check runs as soon as the core has opened (a timer of 0 ms).
const FIRST_CHECK_WITHIN_MS = 5_000;

const open: Core[] = [];
afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
  killStrays();
});

function recordDue(core: Core): ReminderDueEvent[] {
  const due: ReminderDueEvent[] = [];
  core.on((event, payload) => event === 'reminder-due' && due.push(payload as ReminderDueEvent));
  return due;
}

/** Three reminders made while the app was open: two fall due before AFTER, one after. */
async function remindersMadeBefore(dir: string): Promise<{ missed: string[]; later: string }> {
  const { core } = await openTestCore(dir, { now: () => BEFORE });
  try {
    const ada = await call(core, 'people:create', { displayName: 'Ada Lovelace' });
    const a = await call(core, 'reminders:create', { personId: ada.id, due: new Date(BEFORE + 2 * HOUR).toISOString() });
    const b = await call(core, 'reminders:create', { title: 'Book the venue', due: new Date(BEFORE + 5 * HOUR).toISOString() });
    const later = await call(core, 'reminders:create', { title: 'Not yet', due: new Date(AFTER + 48 * HOUR).toISOString() });
    return { missed: [a.id, b.id], later: later.id };
  } finally {
    await core.close();
  }
}

describe('reminder checks', () => {
  it('a core opened with reminderChecks sends what fell due while it was closed as one missed summary', async () => {
    const dir = tempDir();
    const { missed, later } = await remindersMadeBefore(dir);

    const { core } = await openTestCore(dir, { now: () => AFTER, reminderChecks: { everyMs: 60_000 } });
    open.push(core);
    const due = recordDue(core);
    await vi.waitFor(() => expect(due).toHaveLength(1), { timeout: FIRST_CHECK_WITHIN_MS, interval: 100 });
    // Not a burst: nothing else follows before the next check (a minute away).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(due).toHaveLength(1);

    const [summary] = due;
    expect(summary).toMatchObject({
      kind: 'missed',
      title: '2 reminders came due while Rapport was away',
      personId: null,
      at: new Date(AFTER).toISOString(),
      read: false,
    });
    expect([...summary!.reminderIds].sort()).toEqual([...missed].sort());
    expect(summary!.reminderIds).not.toContain(later);
    expect(summary!.body).toContain('Get in touch with Ada Lovelace');
    expect(summary!.body).toContain('Book the venue');
    // The same entry waits in the inbox.
    expect(await call(core, 'inbox:list', {})).toEqual([summary]);
  });

  it('without reminderChecks (the CLI) nothing is checked or sent', async () => {
    const dir = tempDir();
    await remindersMadeBefore(dir);
    await withCore({ db: join(dir, 'crm.db'), now: new Date(AFTER).toISOString() }, async (core) => {
      const due = recordDue(core);
      // A check would have run by now (it is the first timer after opening) and written the inbox.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(due).toEqual([]);
      expect(await call(core, 'inbox:list', {})).toEqual([]);
    });
  });

  it('browser mode (crm web) runs the checks too', async (ctx) => {
    if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) ctx.skip('crm web needs the built renderer (npm run build)');
    const dir = tempDir();
    const db = join(dir, 'crm.db');
    const { missed } = await remindersMadeBefore(dir);

    const child = spawnCli(['--db', db, '--now', new Date(AFTER).toISOString(), 'web', '--port', '0'], { CRM_DB: db });
    try {
      const [, origin, token] = (await waitForLine(child, /^crm web: (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/)) as unknown as [string, string, string];
      // The pushed event may go out before this test connects to /events (the server relays
      // it like any other event); the inbox keeps it either way, which is what a page loads.
      const inbox = async () => {
        const res = await fetch(`${origin}/rpc/inbox:list`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
        return ((await res.json()) as { value: ReminderDueEvent[] }).value;
      };
      await vi.waitFor(async () => expect(await inbox()).toHaveLength(1), { timeout: FIRST_CHECK_WITHIN_MS, interval: 200 });
      const [summary] = await inbox();
      expect(summary).toMatchObject({ kind: 'missed', title: '2 reminders came due while Rapport was away' });
      expect([...summary!.reminderIds].sort()).toEqual([...missed].sort());
    } finally {
      await stop(child, 'SIGTERM');
    }
  });
});
