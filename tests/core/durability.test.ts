import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../electron/db/client';
import { openTestCore, searchProblems } from '../support/core';
import { killStrays, spawnSupport, stop, waitForLine } from '../support/processes';
import { tempDir } from '../support/tmp';

// quality.md §4.1: kill a writer at a random moment and check that every acknowledged
// commit survived and the file is intact. CI runs the default; nightly can raise it.
afterEach(killStrays);

const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 20);
const MIN_KILL_MS = 50;
const MAX_KILL_MS = 600;

interface Acked {
  people: string[];
  tx: { personId: string; orgId: string }[];
  archived: string[];
}

/** Complete lines only: a line cut short by the kill was never acknowledged. */
function parseAcks(stdout: string): Acked {
  const acked: Acked = { people: [], tx: [], archived: [] };
  const lines = stdout.split('\n');
  lines.pop();
  for (const line of lines) {
    const [kind, a, b] = line.split(' ');
    if (kind === 'person') acked.people.push(a!);
    else if (kind === 'tx') acked.tx.push({ personId: a!, orgId: b! });
    else if (kind === 'archived') acked.archived.push(a!);
  }
  return acked;
}

function missing(sqlite: Sqlite, table: string, ids: string[]): string[] {
  const has = sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  return ids.filter((id) => !has.get(id));
}

/** Problems in the reopened file; empty means it survived. */
function check(sqlite: Sqlite, acked: Acked): string[] {
  const problems: string[] = [];
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = sqlite.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
  const lostPeople = missing(sqlite, 'people', [...acked.people, ...acked.tx.map((t) => t.personId)]);
  if (lostPeople.length) problems.push(`acknowledged people lost: ${lostPeople.join(', ')}`);
  const lostOrgs = missing(sqlite, 'organisations', acked.tx.map((t) => t.orgId));
  if (lostOrgs.length) problems.push(`acknowledged organisations lost: ${lostOrgs.join(', ')}`);
  const archived = sqlite.prepare(`SELECT deleted_at FROM people WHERE id = ?`).pluck();
  const unarchived = acked.archived.filter((id) => archived.get(id) == null);
  if (unarchived.length) problems.push(`acknowledged archives lost: ${unarchived.join(', ')}`);
  // All or nothing, acknowledged or not: no transaction may be half there.
  const torn = sqlite
    .prepare(
      `SELECT p.display_name FROM people p WHERE p.display_name LIKE 'Tx %' AND (
         (SELECT count(*) FROM identities i WHERE i.person_id = p.id) <> 2 OR
         (SELECT count(*) FROM positions po WHERE po.person_id = p.id) <> 1 OR
         (SELECT count(*) FROM person_tags pt WHERE pt.person_id = p.id) <> 1)`,
    )
    .pluck()
    .all();
  if (torn.length) problems.push(`torn transactions: ${torn.join(', ')}`);
  const orphanOrgs = sqlite.prepare(`SELECT count(*) FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM positions p WHERE p.organisation_id = o.id)`).pluck().get();
  if (orphanOrgs) problems.push(`${String(orphanOrgs)} organisations without their position`);
  problems.push(...searchProblems(sqlite));
  return problems;
}

describe('durability under SIGKILL', () => {
  it(
    `keeps every acknowledged commit and an intact file over ${ITERATIONS} kills`,
    async () => {
      const dir = tempDir('rapport-crash-');
      const dbPath = join(dir, 'crm.db');
      const first = await openTestCore(dir); // migrate once, so the children start writing at once
      await first.core.close();
      let total = 0;

      for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
        const child = spawnSupport('crashWriter.ts', [dbPath]);
        let stdout = '';
        child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        let stderr = '';
        child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        await waitForLine(child, /^ready$/);
        const delay = MIN_KILL_MS + Math.floor(Math.random() * (MAX_KILL_MS - MIN_KILL_MS));
        await new Promise((r) => setTimeout(r, delay));
        const exit = await stop(child, 'SIGKILL');
        const context = `iteration ${iteration}, killed after ${delay} ms`;
        expect(exit.signal, `${context}: the writer died on its own: ${stderr}`).toBe('SIGKILL');

        const acked = parseAcks(stdout);
        total += acked.people.length + acked.tx.length + acked.archived.length;
        const { core } = await openTestCore(dir); // also proves the killed writer left no lock behind
        try {
          expect(check(core.session().sqlite, acked), context).toEqual([]);
        } finally {
          await core.close();
        }
      }
      // The harness really wrote: on average several commits per run.
      expect(total).toBeGreaterThan(ITERATIONS);
      console.warn(`durability: ${ITERATIONS} kills, ${total} acknowledged commits checked`);
    },
    Math.max(60_000, ITERATIONS * 6_000),
  );

  it('the checker itself notices lost, torn and half-indexed data', async () => {
    const dir = tempDir('rapport-crash-');
    const { core } = await openTestCore(dir);
    const sqlite = core.session().sqlite;
    const lost = '01a209a4-1a60-7446-b578-4901cb4ce0a6';
    expect(check(sqlite, { people: [lost], tx: [], archived: [] })).toEqual([`acknowledged people lost: ${lost}`]);
    sqlite.exec(`INSERT INTO people (id, display_name, sort_name, created_at, updated_at) VALUES ('torn', 'Tx torn', 'tx torn', 0, 0)`);
    expect(check(sqlite, { people: [], tx: [], archived: ['torn'] })).toEqual(['acknowledged archives lost: torn', 'torn transactions: Tx torn']);
    sqlite.exec(`DELETE FROM people WHERE id = 'torn'; INSERT INTO person_search(rowid, name) VALUES (999, 'ghost')`);
    expect(check(sqlite, { people: [], tx: [], archived: [] }).join('\n')).toMatch(/person_search differs/);
    await core.close();
  });
});
