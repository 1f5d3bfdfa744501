import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/ipc/result';
import { BUSY_TIMEOUT_MS, type Sqlite, applyPragmas } from './client';

export type Owner = 'app' | 'web' | 'cli' | 'test';

interface OwnerInfo {
  pid: number;
  owner: Owner;
  since: string;
}

const OWNER_NAMES: Record<Owner, string> = {
  app: 'the desktop app',
  web: 'browser mode (npm run web)',
  cli: 'a crm command',
  test: 'a test',
};

/** "RAPP" in the SQLite header marks files this app created (`file` shows it). */
export const APPLICATION_ID = 0x52415050;

const ownerFile = (dbPath: string) => `${dbPath}.owner.json`;

function describeHolder(dbPath: string): string {
  try {
    const info = JSON.parse(readFileSync(ownerFile(dbPath), 'utf8')) as OwnerInfo;
    const who = OWNER_NAMES[info.owner] ?? 'another program';
    return `${who} (process ${info.pid}, since ${info.since})`;
  } catch {
    return 'another program';
  }
}

/**
 * Opens the one write connection and takes the database for this process alone.
 *
 * The guard is SQLite's own EXCLUSIVE locking mode: after the first write transaction the
 * OS file lock is held until the connection closes, and the OS drops it if the process
 * dies, so a crash never leaves a stale lock. The owner file only serves the message.
 */
export function openExclusive(dbPath: string, owner: Owner): Sqlite {
  // A short timeout so a second instance answers "in use" at once instead of hanging.
  const sqlite = new Database(dbPath, { timeout: 200 });
  try {
    sqlite.pragma('locking_mode = EXCLUSIVE');
    // Checked before any pragma that writes (journal_mode changes the header).
    const appId = sqlite.pragma('application_id', { simple: true }) as number;
    if (appId !== 0 && appId !== APPLICATION_ID) {
      throw new AppError('INVALID_INPUT', `${dbPath} belongs to another application (application_id ${appId}); it was left as it is.`, {
        dbPath,
      });
    }
    applyPragmas(sqlite);
    // An exclusive transaction takes the lock that locking_mode=EXCLUSIVE then keeps. A new
    // file gets our application id in the same transaction; an existing one is not written,
    // so a file that is then refused (a newer schema, say) stays byte-for-byte as it was.
    sqlite.exec(appId === 0 ? `BEGIN EXCLUSIVE; PRAGMA application_id = ${APPLICATION_ID}; COMMIT;` : 'BEGIN EXCLUSIVE; COMMIT;');
  } catch (error) {
    sqlite.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY')) {
      throw new AppError('BUSY', `The database ${dbPath} is in use by ${describeHolder(dbPath)}. Close it and try again.`, {
        dbPath,
      });
    }
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      // Never "repair" by recreating it: the user's only copy may be in there (quality.md §4.6).
      throw new AppError(
        'INTERNAL',
        `${dbPath} is not a database this app can open (${(error as Error).message}); it was left as it is. Restore a backup or choose another file.`,
        { dbPath },
      );
    }
    throw error;
  }
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const info: OwnerInfo = { pid: process.pid, owner, since: new Date().toISOString() };
  writeFileSync(ownerFile(dbPath), JSON.stringify(info));
  return sqlite;
}

export function releaseExclusive(sqlite: Sqlite, dbPath: string): void {
  if (!sqlite.open) return;
  try {
    sqlite.pragma('optimize');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
    rmSync(ownerFile(dbPath), { force: true });
  }
}
