import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../electron/db/client';
import { figureDrift, openTestCore, searchProblems } from '../support/core';
import { killStrays, spawnCli, stop } from '../support/processes';
import { tempDir } from '../support/tmp';

// quality.md §4.1 with a heavy writer: `crm seed` (the bulk path imports share) killed at a
// random moment. Each batch is one transaction, so a phase is either wholly there or not
// at all, and a phase the seeder reported done (after its commit) is always there.
afterEach(killStrays);

const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 20);
const PEOPLE = 3000;
const TOUCHPOINTS = 30_000;

const count = (sqlite: Sqlite, sql: string) => sqlite.prepare(sql).pluck().get() as number;

function check(sqlite: Sqlite, reported: string[]): string[] {
  const problems: string[] = [];
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = sqlite.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
  const people = count(sqlite, 'SELECT count(*) FROM people');
  const touchpoints = count(sqlite, 'SELECT count(*) FROM touchpoints');
  if (people !== 0 && people !== PEOPLE) problems.push(`partial people batch: ${people}`);
  if (touchpoints !== 0 && touchpoints !== TOUCHPOINTS) problems.push(`partial touchpoint batch: ${touchpoints}`);
  if (reported.includes('people') && people !== PEOPLE) problems.push('people reported done but not there');
  if (reported.includes('touchpoints') && touchpoints !== TOUCHPOINTS) problems.push('touchpoints reported done but not there');
  const bare = count(sqlite, 'SELECT count(*) FROM touchpoints t WHERE NOT EXISTS (SELECT 1 FROM touchpoint_participants p WHERE p.touchpoint_id = t.id)');
  if (bare) problems.push(`${bare} touchpoints without participants`);
  // The people's figures move in the same transaction as the touchpoints they count.
  const drift = figureDrift(sqlite);
  if (drift) problems.push(`${drift} people whose touch counts differ from their touchpoints`);
  problems.push(...searchProblems(sqlite));
  return problems;
}

describe('durability of bulk writes under SIGKILL', () => {
  it(
    `crm seed killed at random moments ${ITERATIONS} times leaves whole batches only`,
    async () => {
      const template = tempDir('rapport-bulk-');
      const first = await openTestCore(template); // a migrated, empty database to start each run from
      await first.core.close();
      const outcomes = new Map<string, number>();

      for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
        const dir = tempDir('rapport-bulk-');
        copyFileSync(join(template, 'crm.db'), join(dir, 'crm.db'));
        const child = spawnCli(['--db', join(dir, 'crm.db'), 'seed', '--people', String(PEOPLE), '--touchpoints', String(TOUCHPOINTS)]);
        let stderr = '';
        child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        // tsx needs about a second to start; the seed itself takes another two.
        const delay = 600 + Math.floor(Math.random() * 5000);
        await new Promise((r) => setTimeout(r, delay));
        const exit = await stop(child, 'SIGKILL');
        const context = `iteration ${iteration}, killed after ${delay} ms (${exit.signal ?? `exit ${exit.code}`})`;
        const reported = [...stderr.matchAll(/^seed: (\w+) ([\d,]+)\/([\d,]+)$/gm)].filter((m) => m[2] === m[3]).map((m) => m[1]!);

        const { core } = await openTestCore(dir);
        try {
          const sqlite = core.session().sqlite;
          expect(check(sqlite, reported), context).toEqual([]);
          const has = (table: string) => count(sqlite, `SELECT count(*) FROM ${table}`) > 0;
          const state = has('touchpoints') ? 'people and touchpoints' : has('people') ? 'people only' : 'nothing yet';
          outcomes.set(state, (outcomes.get(state) ?? 0) + 1);
        } finally {
          await core.close();
        }
      }
      console.warn(`bulk durability: ${ITERATIONS} kills, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    },
    Math.max(60_000, ITERATIONS * 10_000),
  );
});
