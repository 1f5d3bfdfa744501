import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, readMigrations } from '../../electron/db/migrate';
import { MIGRATIONS_DIR } from './paths';

interface Journal {
  version: string;
  dialect: string;
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

/** A copy of the real migrations folder that a test may extend. */
export function copyMigrations(to: string): string {
  cpSync(MIGRATIONS_DIR, to, { recursive: true });
  return to;
}

/**
 * Appends a migration the way drizzle-kit does: `<tag>.sql` with statement breakpoints and
 * a journal entry whose `when` is later than every other.
 */
export function appendMigration(folder: string, tag: string, statements: string[]): void {
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  const last = journal.entries.at(-1)!;
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1000, tag, breakpoints: true });
  writeFileSync(join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
}

/** Cuts the journal after its first `keep` entries: the folder as an older release shipped it. */
export function truncateMigrations(folder: string, keep: number): void {
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  journal.entries = journal.entries.slice(0, keep);
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
}

const shipped = (JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as Journal).entries;
/** How many migrations the app ships, and the tag of the newest: the schema version of a fresh database. */
export const SHIPPED_MIGRATIONS = shipped.length;
export const LATEST_MIGRATION = shipped.at(-1)!.tag;

/**
 * A database file as an older release left it: only the first `keep` migrations applied, by
 * the migration runner alone (today's repositories expect today's columns, so an old file
 * cannot be made by opening a core on it).
 */
export function oldDatabase(path: string, keep: number, sql?: string): string {
  const sqlite = new Database(path);
  try {
    applyMigrations(sqlite, readMigrations(MIGRATIONS_DIR).slice(0, keep));
    if (sql) sqlite.exec(sql);
  } finally {
    sqlite.close();
  }
  return path;
}
