// Pure pieces of startup, apart from index.ts so they can be tested without an app.
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { APP_NAME, DB_FILE, backupsDirFor } from '../core/paths';
import type { WorkerCoreOptions } from '../core/protocol';

/**
 * Same value as core.ts's FOUR_HOURS_MS (a test holds them equal). Importing it would pull
 * core.ts, and with it better-sqlite3, drizzle and zod, into the main-process bundle.
 */
export const AUTO_BACKUP_EVERY_MS = 4 * 60 * 60 * 1000;

/**
 * How often the core looks for reminders that fell due (the notifications). Only a
 * cadence: what to say is the core's pure `planNotifications` of (reminders, now), so a
 * late or skipped tick changes nothing but the delay.
 */
export const REMINDER_CHECK_EVERY_MS = 30_000;

export interface AppLocation {
  userData: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  appPath: string;
  version: string;
}

export function dbPathFor(userData: string): string {
  return join(userData, DB_FILE);
}

export function coreOptions(where: AppLocation): WorkerCoreOptions {
  return {
    dbPath: dbPathFor(where.userData),
    // Packaged: copied out of the asar by extraResources; from sources: the committed folder.
    migrationsDir: where.isPackaged ? join(where.resourcesPath, 'migrations') : join(where.appPath, 'electron/db/migrations'),
    owner: 'app',
    appVersion: where.version,
    // Not at launch: the first minute belongs to painting the UI (quality.md §2.7).
    autoBackup: { firstAfterMs: 30_000, everyMs: AUTO_BACKUP_EVERY_MS },
    reminderChecks: { everyMs: REMINDER_CHECK_EVERY_MS },
  };
}

export interface StartupFailure {
  title: string;
  message: string;
}

/**
 * The error box for a core that would not open. Never offers to delete or reset anything:
 * a CRM has no second copy of its data (quality.md §4.6).
 */
export function describeStartupFailure(error: unknown, dbPath: string): StartupFailure {
  const backups = `Your backups are in:\n${backupsDirFor(dbPath)}`;
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof AppError && error.code === 'BUSY') {
    return { title: `${APP_NAME} is already open`, message: text };
  }
  if (error instanceof AppError && error.code === 'CONFLICT') {
    return {
      title: `${APP_NAME} cannot open this database`,
      message: `${text}\n\nDatabase: ${dbPath}\n${backups}`,
    };
  }
  return {
    title: `${APP_NAME} could not open its database`,
    message: `${text}\n\nNothing was deleted. Database: ${dbPath}\n${backups}`,
  };
}
