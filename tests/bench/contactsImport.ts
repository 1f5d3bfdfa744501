// The contacts import at the sizes the issue names: 10,000 vCards (≤ 5 s, parse and write
// reported apart) and a 30,000-row LinkedIn Connections.csv (≤ 3 s). Each run imports into a
// fresh copy of a database that already holds 5,000 people, through the real core, as the app
// does it: a preview first (timed apart), then the import the user confirms (the timed row,
// backup and transaction included). The floor is a hand-written raw-SQL insert of the same
// people and their identities in one transaction (no jobs, tags, touchpoints or matching).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { parseContactsCsv } from '../../electron/core/contacts/csv';
import type { ParsedContacts } from '../../electron/core/contacts/contactRecord';
import { parseVcards } from '../../electron/core/contacts/vcard/parseVcards';
import { seedDatabase } from '../../electron/core/seed/seed';
import { normaliseIdentity } from '../../shared/vocabulary/identity';
import { linkedInCsv } from '../support/csvFixtures';
import { realisticVcards } from '../support/vcardFixtures';
import { openBenchCore } from './dataset';
import { type Timing, summarise } from './measure';

export interface ContactsBenchRow {
  name: string;
  label: string;
  ours: Timing;
  raw: Timing;
}

/** The raw floor: the parsed people and their identities inserted by hand, one transaction. */
function rawInsert(dbPath: string, parsed: ParsedContacts): void {
  const sqlite = new Database(dbPath);
  const now = Date.now();
  const person = sqlite.prepare(`INSERT INTO people (id, display_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
  const identity = sqlite.prepare(`INSERT OR IGNORE INTO identities (id, person_id, kind, value, display, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    for (const r of parsed.records) {
      const id = uuidv7();
      const name = r.displayName ?? r.givenName ?? 'x';
      person.run(id, name, name.toLowerCase(), now, now);
      for (const i of r.identities) {
        const n = normaliseIdentity(i.kind, i.value);
        if (!('error' in n)) identity.run(uuidv7(), id, i.kind, n.value, n.display, now, now);
      }
    }
  })();
  sqlite.close();
}

/** The product's flow: a preview (timed on its own), then the apply the user confirms (timed). */
async function importOnce(base: string, dir: string, path: string, format: 'vcard' | 'linkedin'): Promise<{ previewMs: number; applyMs: number }> {
  const db = join(dir, `contacts-run.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  copyFileSync(base, db);
  const core = await openBenchCore(db);
  try {
    let started = performance.now();
    const preview = await core.dispatch('contacts:import', { path, format, skipInvalid: true, dryRun: true });
    const previewMs = performance.now() - started;
    if (!preview.ok) throw new Error(`contacts:import (preview) failed: ${JSON.stringify(preview.error)}`);
    started = performance.now();
    const result = await core.dispatch('contacts:import', { path, format, skipInvalid: true });
    const applyMs = performance.now() - started;
    if (!result.ok) throw new Error(`contacts:import failed: ${JSON.stringify(result.error)}`);
    return { previewMs, applyMs };
  } finally {
    await core.close();
  }
}

/** The sizes the issue names; `npm test`'s smoke run uses a fifth of them (its rows carry no budget). */
export const CONTACTS_SIZE = { vcards: 10_000, linkedInRows: 30_000 };

export async function measureContactsImport(dir: string, runs: number, log: (line: string) => void, scale = 1): Promise<ContactsBenchRow[]> {
  const vcards = Math.round(CONTACTS_SIZE.vcards * scale);
  const linkedInRows = Math.round(CONTACTS_SIZE.linkedInRows * scale);
  const suffix = scale === 1 ? '' : '.smoke';
  mkdirSync(dir, { recursive: true });
  const base = join(dir, 'contacts-base.db');
  if (!existsSync(base)) {
    const core = await openBenchCore(base);
    seedDatabase(core, { people: 5_000, touchpoints: 20_000, seed: 11 });
    await core.close();
  }
  const vcf = join(dir, `contacts-${vcards}.vcf`);
  if (!existsSync(vcf)) {
    // The fixture's cards share office numbers (an import rightly keeps one person per number);
    // here every card gets its own, so the run creates 10,000 people.
    let n = 0;
    writeFileSync(vcf, realisticVcards(vcards).replace(/\+34 600 123 456|\+49 30 1234567|\+49 170 1234567|\+1-555-555-0123/g, (m) => `${m.slice(0, -5)}${String(n++).padStart(5, '0')}`));
  }
  const csv = join(dir, `Connections-${linkedInRows}.csv`);
  if (!existsSync(csv)) writeFileSync(csv, linkedInCsv(linkedInRows, 3));
  log(`Contacts import: ${vcards.toLocaleString('en')} vCards and ${linkedInRows.toLocaleString('en')} LinkedIn rows into a copy of a 5,000-people database, ${runs} run(s) each…`);

  const rows: ContactsBenchRow[] = [];
  for (const { name, label, path, format, parse } of [
    { name: `contacts.vcard${suffix}`, label: `Import ${vcards.toLocaleString('en')} vCards`, path: vcf, format: 'vcard' as const, parse: () => parseVcards(readFileSync(vcf), 'contacts.vcf') },
    { name: `contacts.linkedin${suffix}`, label: `Import ${linkedInRows.toLocaleString('en')} LinkedIn connections`, path: csv, format: 'linkedin' as const, parse: () => parseContactsCsv(readFileSync(csv, 'utf8'), 'Connections.csv') },
  ]) {
    const applies: number[] = [];
    const previews: number[] = [];
    const parses: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      const parsed = parse();
      const parseMs = performance.now() - started;
      parses.push(parseMs);
      const floorDb = join(dir, 'contacts-floor.db');
      for (const suffix of ['', '-wal', '-shm']) rmSync(floorDb + suffix, { force: true });
      copyFileSync(base, floorDb);
      started = performance.now();
      rawInsert(floorDb, parsed);
      floors.push(performance.now() - started);
      const { previewMs, applyMs } = await importOnce(base, dir, path, format);
      previews.push(previewMs);
      applies.push(applyMs);
    }
    // The issue asks for parse time and write time apart: parsing happens in the preview (read,
    // parse, match); the import the user confirms then plans against the database and writes.
    rows.push({ name, label, ours: summarise(applies), raw: summarise(floors) });
    rows.push({ name: `${name}.parse`, label: '  parsing the file (in the preview)', ours: summarise(parses), raw: summarise(parses) });
    rows.push({ name: `${name}.preview`, label: '  the preview (read, parse, match)', ours: summarise(previews), raw: summarise(parses) });
  }
  return rows;
}
