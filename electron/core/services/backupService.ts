import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/app';
import { AppError } from '../../../shared/ipc/result';
import { createBackup, listBackups } from '../../db/backups';
import type { Sqlite } from '../../db/client';

export interface BackupServiceDeps {
  dir: string;
  sqlite: () => Sqlite;
  now: () => number;
  /** Swaps the live database for the file at `path`, returning the safety backup taken first. */
  restore: (path: string) => Promise<BackupInfo>;
  onChange: () => void;
}

export function createBackupService(deps: BackupServiceDeps) {
  // One backup at a time: a second request waits for the first rather than racing it.
  let running: Promise<BackupInfo> | null = null;

  return {
    dir: deps.dir,

    /** Backups in the rotation folder, newest first. */
    list(): BackupInfo[] {
      return listBackups(deps.dir);
    },

    /** Resolves once no backup is being written (before closing or replacing the database). */
    async idle(): Promise<void> {
      while (running) await running.catch(() => undefined);
    },

    /** Takes a verified, rotated backup now. */
    async create(reason: string): Promise<BackupInfo> {
      await this.idle();
      running = createBackup(deps.sqlite(), deps.dir, reason, deps.now());
      try {
        const info = await running;
        deps.onChange();
        return info;
      } finally {
        running = null;
      }
    },

    /** Restores a backup from the rotation folder by name (front ends never pass raw paths). */
    async restoreByName(name: string): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }> {
      const restored = listBackups(deps.dir).find((b) => b.name === name);
      if (!restored) throw new AppError('NOT_FOUND', `No backup named ${name} in ${deps.dir}`, { name });
      const safetyBackup = await deps.restore(join(deps.dir, name));
      return { restored, safetyBackup };
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
