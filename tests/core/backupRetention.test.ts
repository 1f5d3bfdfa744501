import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/domain/app';
import { DEFAULT_RETENTION, backupsToKeep, listBackups, parseBackupName, pruneBackups } from '../../electron/db/backups';
import { tempDir } from '../support/tmp';

const HOUR = 3_600_000;

function nameAt(ms: number, reason: string): string {
  const iso = new Date(ms).toISOString();
  return `crm-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}-${reason}.db`;
}

function info(ms: number, reason = 'scheduled'): BackupInfo {
  const name = nameAt(ms, reason);
  return { name, path: `/backups/${name}`, reason, createdAt: new Date(ms).toISOString(), bytes: 1 };
}

const newestFirst = (list: BackupInfo[]) => [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));

// Local time, because "one per day" means the user's calendar day; mid-June avoids DST edges.
const now = new Date(2026, 5, 20, 18, 0, 0).getTime();
const daysAgo = (d: number, hour: number) => new Date(2026, 5, 20 - d, hour, 0, 0).getTime();

describe('backup retention policy', () => {
  it('keeps up to 8 from the last day, the newest of each of 14 days, and prunes the rest', () => {
    const today = Array.from({ length: 12 }, (_, i) => info(now - (i + 1) * HOUR)); // 12 in the last 12 h
    const older = Array.from({ length: 20 }, (_, i) => [info(daysAgo(i + 1, 15)), info(daysAgo(i + 1, 9))]).flat();
    const all = newestFirst([...today, ...older]);
    const keep = backupsToKeep(all, now, DEFAULT_RETENTION);

    expect(today.filter((b) => keep.has(b.name))).toEqual(today.slice(0, 8));
    for (let d = 1; d <= 20; d++) {
      const [afternoon, morning] = older.slice((d - 1) * 2, d * 2) as [BackupInfo, BackupInfo];
      // The newest of each day within 14 days (day 13 at 15:00 is 13 d 3 h old; day 14 is past it).
      expect(keep.has(afternoon.name), `day ${d} newest`).toBe(d <= 13);
      expect(keep.has(morning.name), `day ${d} older`).toBe(false);
    }
    expect(keep.size).toBe(8 + 13);
  });

  it('keeps every safety backup of the last two weeks, so repeated restores cannot prune the replaced data', () => {
    const restores = [1, 2, 3, 4, 5, 6].map((h) => info(daysAgo(0, 12 - h), 'pre-restore'));
    const older = info(daysAgo(20, 12), 'pre-restore');
    const keep = backupsToKeep(newestFirst([...restores, older]), now, DEFAULT_RETENTION);
    expect(restores.every((b) => keep.has(b.name))).toBe(true);
    expect(keep.has(older.name)).toBe(false);
  });

  it('keeps the newest three safety backups apart from the rotation', () => {
    const safety = [1, 2, 3, 4, 5].map((d) => info(daysAgo(d * 10, 12), d % 2 ? 'pre-migrate' : 'pre-restore'));
    const regular = Array.from({ length: 10 }, (_, i) => info(now - (i + 1) * HOUR));
    const keep = backupsToKeep(newestFirst([...safety, ...regular]), now, DEFAULT_RETENTION);
    expect(safety.map((b) => keep.has(b.name))).toEqual([true, true, true, false, false]);
    expect(regular.filter((b) => keep.has(b.name))).toHaveLength(8);
    expect(backupsToKeep([info(now - 30 * 24 * HOUR, 'pre-import')], now, DEFAULT_RETENTION).size).toBe(1);
  });

  it('always keeps the newest backup, however old', () => {
    const ancient = [info(daysAgo(100, 12)), info(daysAgo(200, 12))];
    expect([...backupsToKeep(ancient, now, DEFAULT_RETENTION)]).toEqual([ancient[0]!.name]);
    expect(backupsToKeep([], now, DEFAULT_RETENTION).size).toBe(0);
  });

  it('honours a custom policy', () => {
    const list = newestFirst(Array.from({ length: 6 }, (_, i) => info(now - (i + 1) * HOUR)));
    const keep = backupsToKeep(list, now, { keepRecent: 2, keepDays: 0, keepSafety: 0, maxSafety: 0 });
    expect([...keep].sort()).toEqual(list.slice(0, 2).map((b) => b.name).sort());
  });

  it('prunes files on disk, leaving other files alone', () => {
    const dir = tempDir();
    const all = newestFirst([
      ...Array.from({ length: 10 }, (_, i) => info(now - (i + 1) * HOUR)),
      info(daysAgo(30, 12)),
      info(daysAgo(40, 12), 'pre-migrate'),
    ]);
    for (const b of all) writeFileSync(join(dir, b.name), 'x');
    writeFileSync(join(dir, 'notes.txt'), 'mine');

    const removed = pruneBackups(dir, now);
    expect(removed.sort()).toEqual([all[8]!.name, all[9]!.name, all[10]!.name].sort());
    expect(readdirSync(dir).sort()).toEqual([...all.filter((b) => !removed.includes(b.name)).map((b) => b.name), 'notes.txt'].sort());
    expect(listBackups(dir).map((b) => b.name)).toEqual(all.filter((b) => !removed.includes(b.name)).map((b) => b.name));
  });

  it('parses only its own file names', () => {
    const dir = tempDir();
    const b = info(now, 'manual');
    writeFileSync(join(dir, b.name), 'abc');
    expect(parseBackupName(dir, b.name)).toEqual({ ...b, path: join(dir, b.name), bytes: 3 });
    for (const other of ['crm.db', 'crm-2026-manual.db', `${b.name}.partial`, `.${b.name}.partial`, 'crm-20260101-000000-000-Manual.db']) {
      expect(parseBackupName(dir, other), other).toBeNull();
    }
  });
});
