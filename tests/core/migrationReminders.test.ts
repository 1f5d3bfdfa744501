import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, openTestCore } from '../support/core';
import { oldDatabase } from '../support/migrations';
import { tempDir } from '../support/tmp';

const P1 = '01a209a4-1a60-7446-b578-4901cb4ce001';
const P2 = '01a209a4-1a60-7446-b578-4901cb4ce002';
const T1 = '01a209a4-1a60-7446-b578-4901cb4ce101';
const T2 = '01a209a4-1a60-7446-b578-4901cb4ce102';
const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T10:00:00Z');

describe('migration 0003 (reminders and cadences) on a database with history', () => {
  it('fills the effective cadence and the counts of touchpoints they started, so the reconnect list works at once', async () => {
    const dir = tempDir();
    const dbPath = oldDatabase(
      join(dir, 'crm.db'),
      3,
      `INSERT INTO people (seq, id, display_name, sort_name, circle_id, cadence_days, last_touch_at, online_touches, offline_touches, created_at, updated_at)
         VALUES (1, '${P1}', 'Sam Rivera', 'sam rivera', 'inner', NULL, ${NOW - 30 * DAY}, 1, 1, 0, 0),
                (2, '${P2}', 'Own Cadence', 'own cadence', 'dormant', 7, ${NOW - 30 * DAY}, 0, 1, 0, 0);
       INSERT INTO touchpoints (seq, id, at, channel, initiated_by, kind, created_at, updated_at)
         VALUES (1, '${T1}', ${NOW - 30 * DAY}, 'x_dm', 'them', 'conversation', 0, 0),
                (2, '${T2}', ${NOW - 40 * DAY}, 'call', 'me', 'conversation', 0, 0);
       INSERT INTO touchpoint_participants (touchpoint_id, person_id, at) VALUES ('${T1}', '${P1}', ${NOW - 30 * DAY}), ('${T2}', '${P1}', ${NOW - 40 * DAY}), ('${T2}', '${P2}', ${NOW - 40 * DAY});`,
    );
    const { core } = await openTestCore(dir, { dbPath, now: () => NOW });
    const rows = core.session().sqlite.prepare(`SELECT display_name, effective_cadence_days, touches_by_them FROM people ORDER BY seq`).raw().all();
    expect(rows).toEqual([
      ['Sam Rivera', 14, 1],
      ['Own Cadence', 7, 0],
    ]);
    expect((await call(core, 'reconnect:list', {})).map((i) => [i.name, i.cadence.daysOverdue])).toEqual([
      ['Own Cadence', 23],
      ['Sam Rivera', 16],
    ]);
    await core.close();
  });
});
