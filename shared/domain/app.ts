import { z } from 'zod';
import { IsoDateTime } from './common';

export const BackupInfo = z.object({
  /** File name inside the backups folder; what `backups:restore` takes. */
  name: z.string(),
  path: z.string(),
  reason: z.string(),
  createdAt: IsoDateTime,
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dbPath: z.string(),
  backupsDir: z.string(),
  /** Tag of the newest applied migration, e.g. "0001_search". */
  schemaVersion: z.string(),
  migrationsApplied: z.number().int(),
  lastBackup: BackupInfo.nullable(),
  people: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const BackupCreate = z.strictObject({ reason: z.string().regex(/^[a-z0-9-]{1,32}$/).default('manual') });
export const BackupRestore = z.strictObject({
  /** A name from `backups:list`; the front ends cannot point the core at arbitrary files. */
  name: z.string().regex(/^[A-Za-z0-9._-]{1,200}\.db$/, { message: 'must be a backup file name from the list' }),
});
export const BackupRestoreResult = z.object({ restored: BackupInfo, safetyBackup: BackupInfo });
