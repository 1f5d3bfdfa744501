import type { AppInfo, BackupInfo } from '../../../../shared/domain/app';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface AppInfoState {
  info: AppInfo | null;
  status: LoadStatus;
  error: ErrorInfo | null;
}

export interface BackupsState {
  items: BackupInfo[];
  status: LoadStatus;
  error: ErrorInfo | null;
  /** 'create' while a backup runs, or the name of the backup being restored. */
  busy: string | null;
}

export interface AppSlice {
  appInfo: AppInfoState;
  backups: BackupsState;
  theme: ThemePreference;
  loadAppInfo(): Promise<void>;
  loadBackups(): Promise<void>;
  createBackup(): Promise<void>;
  restoreBackup(name: string): Promise<void>;
  setTheme(theme: ThemePreference): void;
}

const THEME_KEY = 'rapport.theme';
/** Restores copy the whole file; give them longer than an ordinary request. */
const BACKUP_TIMEOUT_MS = 120_000;

export const initialAppInfo: AppInfoState = { info: null, status: 'idle', error: null };
export const initialBackups: BackupsState = { items: [], status: 'idle', error: null, busy: null };

function readTheme(): ThemePreference {
  try {
    const saved = window.localStorage.getItem(THEME_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

export const createAppSlice: SliceCreator<AppSlice> = (set, get) => ({
  appInfo: initialAppInfo,
  backups: initialBackups,
  theme: readTheme(),

  async loadAppInfo() {
    const quiet = get().appInfo.status === 'ready';
    if (!quiet) set((s) => ({ appInfo: { ...s.appInfo, status: 'loading', error: null } }), undefined, 'app/infoStart');
    try {
      const info = await invoke('app:info', {});
      set({ appInfo: { info, status: 'ready', error: null } }, undefined, 'app/infoLoaded');
    } catch (error) {
      set((s) => ({ appInfo: { ...s.appInfo, status: 'error', error: toErrorInfo(error) } }), undefined, 'app/infoFailed');
    }
  },

  async loadBackups() {
    const quiet = get().backups.status === 'ready';
    if (!quiet) set((s) => ({ backups: { ...s.backups, status: 'loading', error: null } }), undefined, 'app/backupsStart');
    try {
      const items = await invoke('backups:list', {});
      set((s) => ({ backups: { ...s.backups, items, status: 'ready', error: null } }), undefined, 'app/backupsLoaded');
    } catch (error) {
      set((s) => ({ backups: { ...s.backups, status: 'error', error: toErrorInfo(error) } }), undefined, 'app/backupsFailed');
    }
  },

  async createBackup() {
    set((s) => ({ backups: { ...s.backups, busy: 'create' } }), undefined, 'app/backupStart');
    try {
      const backup = await invoke('backups:create', { reason: 'manual' }, { timeoutMs: BACKUP_TIMEOUT_MS });
      get().pushToast({ tone: 'success', message: `Backed up to ${backup.name}` });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Backup failed: ${toErrorInfo(error).message}` });
    } finally {
      set((s) => ({ backups: { ...s.backups, busy: null } }), undefined, 'app/backupDone');
    }
    await Promise.all([get().loadBackups(), get().loadAppInfo()]);
  },

  async restoreBackup(name) {
    set((s) => ({ backups: { ...s.backups, busy: name } }), undefined, 'app/restoreStart');
    try {
      const result = await invoke('backups:restore', { name }, { timeoutMs: BACKUP_TIMEOUT_MS });
      get().pushToast({
        tone: 'success',
        message: `Restored ${result.restored.name}. The previous data is kept as ${result.safetyBackup.name}.`,
      });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Restore failed: ${toErrorInfo(error).message}` });
    } finally {
      set((s) => ({ backups: { ...s.backups, busy: null } }), undefined, 'app/restoreDone');
    }
    // Everything on screen may describe the old database now.
    await Promise.all([get().loadBackups(), get().loadAppInfo(), get().refreshPeople(), get().refreshPerson(), get().refreshTimeline(), get().refreshEvents(), get().refreshEvent(), get().refreshActivity()]);
  },

  setTheme(theme) {
    try {
      if (theme === 'system') window.localStorage.removeItem(THEME_KEY);
      else window.localStorage.setItem(THEME_KEY, theme);
    } catch {
      // storage can be unavailable (private mode); the choice then lasts for this session only
    }
    set({ theme }, undefined, 'app/setTheme');
  },
});
