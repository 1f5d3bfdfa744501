import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Rapport';
export const DB_FILE = 'crm.db';

/**
 * The folder Electron's `app.getPath('userData')` resolves to for this app, computed without
 * Electron so the CLI and browser mode open the same file as the desktop app.
 */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** `CRM_DB` overrides the default database path (tests, scripting). */
export function defaultDbPath(env = process.env): string {
  return env.CRM_DB ?? join(defaultDataDir(), DB_FILE);
}

export function backupsDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** The migrations folder when running from the TypeScript sources (CLI, web, tests). */
export function sourceMigrationsDir(): string {
  return fileURLToPath(new URL('../db/migrations', import.meta.url));
}
