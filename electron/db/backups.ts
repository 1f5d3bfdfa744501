import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/domain/app';
import { AppError } from '../../shared/ipc/result';
import { type Sqlite, openReadOnly } from './client';

/** Rotation: every backup from the last day up to `keepRecent`, then the newest of each day for `keepDays`. */
export interface RetentionPolicy {
  keepRecent: number;
  keepDays: number;
  /** Pre-migration and pre-restore snapshots are kept apart: the newest few always survive… */
  keepSafety: number;
  /** …and every one from the last `keepDays` up to this many, so a run of restores cannot prune the data they replaced. */
  maxSafety: number;
}
export const DEFAULT_RETENTION: RetentionPolicy = { keepRecent: 8, keepDays: 14, keepSafety: 3, maxSafety: 20 };

const NAME = /^crm-(\d{8})-(\d{6})-(\d{3})-([a-z0-9-]+)\.db$/;
const SAFETY_REASONS = new Set(['pre-migrate', 'pre-restore', 'pre-import']);
const DAY_MS = 86_400_000;

function stamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-23T18:02:03.456Z
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
}

export function parseBackupName(dir: string, name: string): BackupInfo | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d, t, ms, reason] = m as unknown as [string, string, string, string, string];
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  const path = join(dir, name);
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    return null;
  }
  return { name, path, reason, createdAt: iso, bytes };
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => parseBackupName(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.name.localeCompare(a.name)));
}

function fsyncPath(path: string, flags = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Opens a database file read-only and runs `quick_check`; throws INVALID_INPUT naming the file if it fails. */
export function verifyDatabaseFile(path: string): void {
  let sqlite: Sqlite | undefined;
  try {
    sqlite = openReadOnly(path);
    const result = sqlite.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(String(result));
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${basename(path)} is not a readable database: ${(error as Error).message}`, { path });
  } finally {
    sqlite?.close();
  }
}

/**
 * Writes a consistent snapshot of the live database to `target` with SQLite's online backup
 * API (never a file copy of the live file), fsyncs it, checks it with `quick_check`, and
 * only then moves it into place, so a half-written or corrupt backup is never left behind.
 */
export async function backupTo(sqlite: Sqlite, target: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(partial, { force: true });
  try {
    await sqlite.backup(partial);
    // The copy inherits the live file's WAL flag, so every read-only open (verifying it now,
    // restoring it later) would leave -wal/-shm files beside it. Make it a self-contained file.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncPath(partial, 'r+');
    try {
      verifyDatabaseFile(partial);
    } catch (error) {
      // The copy is page-for-page the live database, so a failed check means the live file is damaged.
      throw new AppError(
        'INTERNAL',
        `The backup copy failed its integrity check, so the database itself may be damaged (${(error as Error).message}). Earlier backups in ${dirname(target)} were left untouched; restore the newest one.`,
      );
    }
    renameSync(partial, target);
    try {
      fsyncPath(dirname(target));
    } catch {
      // Directory fsync is not supported on every platform (Windows); the rename already happened.
    }
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
    throw error;
  }
}

const PARTIAL = /^\.crm-.+\.db\.partial(-wal|-shm|-journal)?$/;

/**
 * Removes what a backup killed half-way left behind. Safe whenever a backup is about to
 * start: only the process holding the database writes here, one backup at a time.
 */
function removeStalePartials(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (PARTIAL.test(name)) rmSync(join(dir, name), { force: true });
}

/** Takes a rotated backup into `dir` and prunes old ones (and leftovers of interrupted ones). */
export async function createBackup(
  sqlite: Sqlite,
  dir: string,
  reason: string,
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<BackupInfo> {
  // Names carry the time to the millisecond; with a fixed clock (`--now`) two backups would
  // share one and the second would silently replace the first, so take the next free one.
  removeStalePartials(dir);
  let at = now;
  while (existsSync(join(dir, `crm-${stamp(at)}-${reason}.db`))) at++;
  const name = `crm-${stamp(at)}-${reason}.db`;
  await backupTo(sqlite, join(dir, name));
  pruneBackups(dir, now, policy);
  const info = parseBackupName(dir, name);
  if (!info) throw new AppError('INTERNAL', `backup ${name} vanished after it was written`);
  return info;
}

function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** Which backups the policy keeps at `now`; the rest are deleted by `pruneBackups`. */
export function backupsToKeep(backups: BackupInfo[], now: number, policy: RetentionPolicy): Set<string> {
  const keep = new Set<string>();
  const regular = backups.filter((b) => !SAFETY_REASONS.has(b.reason));
  const safety = backups.filter((b) => SAFETY_REASONS.has(b.reason));
  safety.slice(0, policy.keepSafety).forEach((b) => keep.add(b.name));
  safety
    .filter((b) => now - Date.parse(b.createdAt) < policy.keepDays * DAY_MS)
    .slice(0, policy.maxSafety)
    .forEach((b) => keep.add(b.name));
  regular.filter((b) => now - Date.parse(b.createdAt) < DAY_MS).slice(0, policy.keepRecent).forEach((b) => keep.add(b.name));
  const daysSeen = new Set<string>();
  for (const b of regular) {
    if (now - Date.parse(b.createdAt) >= policy.keepDays * DAY_MS) continue;
    const day = localDay(b.createdAt);
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.name);
    }
  }
  // Never prune down to nothing: the newest backup always stays.
  if (backups[0]) keep.add(backups[0].name);
  return keep;
}

export function pruneBackups(dir: string, now: number, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const backups = listBackups(dir);
  const keep = backupsToKeep(backups, now, policy);
  const removed = backups.filter((b) => !keep.has(b.name));
  for (const b of removed) rmSync(b.path, { force: true });
  return removed.map((b) => b.name);
}
