import { copyFileSync, rmSync, renameSync } from 'node:fs';
import type { BackupInfo } from '../../shared/domain/app';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/events';
import { AppError, type IpcResult } from '../../shared/ipc/result';
import { verifyDatabaseFile } from '../db/backups';
import { openReadOnly } from '../db/client';
import type { Owner } from '../db/lock';
import { migrationStatus, readMigrations } from '../db/migrate';
import { createIdentitiesRepository } from '../db/repositories/identitiesRepository';
import { createLabelsRepository } from '../db/repositories/labelsRepository';
import { createPeopleRepository } from '../db/repositories/peopleRepository';
import { createPositionsRepository } from '../db/repositories/positionsRepository';
import { createRelationshipsRepository } from '../db/repositories/relationshipsRepository';
import { createDispatcher } from './dispatcher';
import { createEventsContext } from './eventsContext';
import { createRemindersContext } from './remindersContext';
import { createXContext } from './xContext';
import { createContactsContext } from './contactsContext';
import { createMergeContext } from './mergeContext';
import { createChangeJournalRepository } from '../db/repositories/changeJournalRepository';
import { createJobs } from './xArchive/jobs';
import { handlers } from './handlers';
import type { CoreContext } from './handlers/types';
import { backupsDirFor, APP_NAME } from './paths';
import { createAppInfoService } from './services/appInfoService';
import { createBackupService } from './services/backupService';
import { type Session, openSession } from './session';

export interface CoreOptions {
  dbPath: string;
  migrationsDir: string;
  owner: Owner;
  appVersion: string;
  backupsDir?: string;
  /** Fixed clock for `--now` and tests. */
  now?: () => number;
  /** Scheduled backups (desktop app and browser mode); the CLI runs without. */
  autoBackup?: { firstAfterMs: number; everyMs: number } | false;
  /** Reminder checks (notifications) at start and then this often: desktop app and browser mode; the CLI runs without. */
  reminderChecks?: { everyMs: number } | false;
  validateResponses?: boolean;
  log?: (line: string) => void;
}

export type CoreListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  dispatch(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  on(listener: CoreListener): () => void;
  /** Replaces the database with the file at `path` after verifying it; returns the safety backup. */
  restoreFrom(path: string): Promise<BackupInfo>;
  /** The live session, for in-process callers (CLI export, seeding). */
  session(): Session;
  context(): CoreContext;
  close(): Promise<void>;
}

export const FOUR_HOURS_MS = 4 * 60 * 60 * 1000;

export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? Date.now;
  const backupsDir = options.backupsDir ?? backupsDirFor(options.dbPath);
  const migrations = readMigrations(options.migrationsDir);
  const listeners = new Set<CoreListener>();
  const emit: CoreListener = (event, payload) => listeners.forEach((l) => l(event, payload));
  const dispatch = createDispatcher(handlers, { validateResponses: options.validateResponses, log: options.log });
  const sessionOptions = { dbPath: options.dbPath, backupsDir, owner: options.owner, migrations, now };

  // Jobs outlive a context rebuild (restore), so a running import can still be cancelled.
  const jobs = createJobs();
  let session = await openSession(sessionOptions);
  let ctx = buildContext();
  let closed = false;

  function buildContext(): CoreContext {
    const labels = createLabelsRepository(session.db);
    const identities = createIdentitiesRepository(session.db);
    const positions = createPositionsRepository(session.db, labels);
    const people = createPeopleRepository(session.db, { labels, identities, positions });
    const relationships = createRelationshipsRepository(session.db);
    const backups = createBackupService({
      dir: backupsDir,
      sqlite: () => session.sqlite,
      now,
      restore: restoreFrom,
      onChange: () => emit('changed', { entity: 'backup', ids: [] }),
    });
    const appInfo = createAppInfoService(
      { name: APP_NAME, version: options.appVersion, dbPath: options.dbPath, schema: () => session.schema },
      people,
      backups,
    );
    const eventsSide = createEventsContext(session.db, { people, identities, labels, positions });
    const remindersSide = createRemindersContext(session.db, {
      people,
      touchpoints: eventsSide.touchpoints,
      emit,
      changed: () => emit('changed', { entity: 'reminder', ids: [] }),
    });
    const xSide = createXContext(
      session.db,
      {
        identities,
        touchpoints: eventsSide.touchpoints,
        followUps: remindersSide.followUps,
        timeZone: () => remindersSide.reminders.settings().timeZone,
        backup: (reason) => backups.create(reason),
        emit,
      },
      jobs,
    );
    const journal = createChangeJournalRepository(session.db);
    const contactsSide = createContactsContext(session.db, {
      people,
      identities,
      labels,
      positions,
      touchpoints: eventsSide.touchpoints,
      events: eventsSide.events,
      attendance: eventsSide.attendance,
      imports: xSide.imports,
      journal,
      xLinker: xSide.xLinker,
      jobs,
      backup: (reason) => backups.create(reason),
      emit,
    });
    const mergeSide = createMergeContext(session.db, { people, journal });
    return { now, emit, people, identities, positions, relationships, labels, backups, appInfo, ...eventsSide, ...remindersSide, ...xSide, ...contactsSide, ...mergeSide };
  }

  async function restoreFrom(path: string): Promise<BackupInfo> {
    verifyDatabaseFile(path);
    const candidate = openReadOnly(path);
    try {
      const hasPeople = candidate.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'people'`).get();
      if (!hasPeople) throw new AppError('INVALID_INPUT', `${path} is not a ${APP_NAME} database`, { path });
      migrationStatus(candidate, migrations); // refuses a file from a newer app
    } finally {
      candidate.close();
    }
    const incoming = `${options.dbPath}.restoring`;
    // Copy before the safety backup: taking it prunes the backups folder, which may delete
    // `path` itself (an older backup). The candidate is a closed file, so a plain copy is safe.
    copyFileSync(path, incoming);
    let safety: BackupInfo;
    try {
      safety = await ctx.backups.create('pre-restore');
    } catch (error) {
      rmSync(incoming, { force: true });
      throw error;
    }
    session.close();
    try {
      for (const suffix of ['-wal', '-shm']) rmSync(options.dbPath + suffix, { force: true });
      renameSync(incoming, options.dbPath);
      session = await openSession(sessionOptions);
    } catch (error) {
      rmSync(incoming, { force: true });
      copyFileSync(safety.path, options.dbPath);
      session = await openSession(sessionOptions);
      throw error;
    } finally {
      ctx = buildContext();
    }
    emit('changed', { entity: 'all', ids: [] });
    return safety;
  }

  const timers: NodeJS.Timeout[] = [];
  if (options.autoBackup) {
    const take = (reason: string) =>
      ctx.backups.create(reason).catch((error: unknown) => options.log?.(`automatic backup failed: ${String(error)}`));
    timers.push(setTimeout(() => void take('start'), options.autoBackup.firstAfterMs));
    timers.push(setInterval(() => void take('scheduled'), options.autoBackup.everyMs));
    timers.forEach((t) => t.unref());
  }
  if (options.reminderChecks) {
    if (!(options.reminderChecks.everyMs >= 1_000)) throw new Error('reminderChecks.everyMs must be at least 1000 ms');
    const check = (warm = false) => {
      if (closed) return;
      try {
        ctx.notifier.check(now());
        if (warm) ctx.reconnect.today(now(), 5);
      } catch (error) {
        options.log?.(`reminder check failed: ${String(error)}`);
      }
    };
    // The first check, right after opening, delivers what came due while the app was closed
    // as one summary; reading the home screen once then warms its statements and pages while
    // the window is still loading, so Today's first paint does not pay for a cold start.
    const first = setTimeout(() => check(true), 0);
    const every = setInterval(check, options.reminderChecks.everyMs);
    first.unref();
    every.unref();
    timers.push(first, every);
  }

  return {
    dispatch: (channel, payload) => {
      if (closed) return Promise.resolve({ ok: false, error: { code: 'BUSY', message: 'The database is closed.' } });
      return dispatch(channel, payload, ctx);
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restoreFrom,
    session: () => session,
    context: () => ctx,
    async close() {
      if (closed) return;
      closed = true;
      timers.forEach((t) => clearTimeout(t));
      await ctx.backups.idle();
      session.close();
    },
  };
}
