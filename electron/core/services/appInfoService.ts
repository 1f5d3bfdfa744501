import type { AppInfo } from '../../../shared/domain/app';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import type { BackupService } from './backupService';

export interface AppInfoSource {
  name: string;
  version: string;
  dbPath: string;
  schema: () => { current: string; applied: number };
}

export function createAppInfoService(source: AppInfoSource, people: PeopleRepository, backups: BackupService) {
  return {
    get(): AppInfo {
      const schema = source.schema();
      return {
        name: source.name,
        version: source.version,
        dbPath: source.dbPath,
        backupsDir: backups.dir,
        schemaVersion: schema.current,
        migrationsApplied: schema.applied,
        lastBackup: backups.list()[0] ?? null,
        people: people.count(),
      };
    },
  };
}
export type AppInfoService = ReturnType<typeof createAppInfoService>;
