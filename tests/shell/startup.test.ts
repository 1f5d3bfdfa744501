import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { FOUR_HOURS_MS } from '../../electron/core/core';
import { electronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { AUTO_BACKUP_EVERY_MS, REMINDER_CHECK_EVERY_MS, coreOptions, describeStartupFailure } = await import('../../electron/main/startup');
const web = await import('../../electron/cli/commands/web');
const { menuTemplate } = await import('../../electron/main/menu');

const where = { userData: '/home/ada/.config/Rapport', resourcesPath: '/opt/Rapport/resources', appPath: '/src/rapport', version: '1.2.3' };

describe('coreOptions', () => {
  it('opens crm.db in userData as the app, with scheduled backups', () => {
    const o = coreOptions({ ...where, isPackaged: true });
    expect(o).toMatchObject({ dbPath: join(where.userData, 'crm.db'), owner: 'app', appVersion: '1.2.3' });
    expect(o.autoBackup).toEqual({ firstAfterMs: 30_000, everyMs: FOUR_HOURS_MS });
  });

  it('reads migrations from resources when packaged and from the sources otherwise', () => {
    expect(coreOptions({ ...where, isPackaged: true }).migrationsDir).toBe(join('/opt/Rapport/resources', 'migrations'));
    expect(coreOptions({ ...where, isPackaged: false }).migrationsDir).toBe(join('/src/rapport', 'electron/db/migrations'));
  });

  it('checks reminders every 30 s, as browser mode does', () => {
    expect(coreOptions({ ...where, isPackaged: true }).reminderChecks).toEqual({ everyMs: 30_000 });
    expect(REMINDER_CHECK_EVERY_MS).toBe(30_000);
    expect(web.REMINDER_CHECK_EVERY_MS).toBe(REMINDER_CHECK_EVERY_MS);
  });

  it('uses the core\'s backup interval', () => {
    expect(AUTO_BACKUP_EVERY_MS).toBe(FOUR_HOURS_MS);
  });
});

describe('describeStartupFailure', () => {
  const db = '/home/ada/.config/Rapport/crm.db';

  it('says the app is already open when the database is busy', () => {
    const f = describeStartupFailure(new AppError('BUSY', 'The database is in use by a crm command.'), db);
    expect(f.title).toBe('Rapport is already open');
    expect(f.message).toBe('The database is in use by a crm command.');
  });

  it('names the problem and the backups folder for a newer database', () => {
    const f = describeStartupFailure(new AppError('CONFLICT', 'This database was written by a newer version of the app.'), db);
    expect(f.title).toMatch(/cannot open/);
    expect(f.message).toContain('newer version');
    expect(f.message).toContain(join('/home/ada/.config/Rapport', 'backups'));
  });

  it('never suggests deleting anything', () => {
    for (const error of [new AppError('INTERNAL', 'disk I/O error'), new Error('SQLITE_CORRUPT'), 'weird']) {
      const f = describeStartupFailure(error, db);
      expect(f.message).toContain(join('/home/ada/.config/Rapport', 'backups'));
      expect(`${f.title} ${f.message}`).not.toMatch(/delete (your|all)|reset|erase/i);
    }
  });
});

describe('menuTemplate', () => {
  type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
  const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const deps = (isPackaged: boolean, call = vi.fn(async () => ({ ok: true as const, value: {} }))) => ({
    core: Promise.resolve({ call }),
    backupsDir: join(where.userData, 'backups'),
    isPackaged,
    platform: 'linux' as const,
  });

  it('offers devtools only when running from sources', () => {
    const roles = (p: boolean) => flat(menuTemplate(deps(p)) as Item[]).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'togglefullscreen', 'editMenu', 'windowMenu', 'quit']));
  });

  it('has the app menu on macOS only', () => {
    expect((menuTemplate({ ...deps(true), platform: 'darwin' })[0] as Item).role).toBe('appMenu');
    expect((menuTemplate(deps(true))[0] as Item).role).not.toBe('appMenu');
  });

  it('"Back Up Now" asks the core for a manual backup', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: {} }));
    const item = flat(menuTemplate(deps(true, call)) as Item[]).find((i) => i.label === 'Back Up Now');
    item?.click?.();
    await vi.waitFor(() => expect(electronMock.dialog.showMessageBox).toHaveBeenCalled());
    expect(call).toHaveBeenCalledWith('backups:create', { reason: 'manual' });
  });

  it('"Show Backups Folder" opens the backups folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-menu-'));
    const d = { ...deps(true), backupsDir: join(dir, 'backups') };
    try {
      flat(menuTemplate(d) as Item[])
        .find((i) => i.label === 'Show Backups Folder')
        ?.click?.();
      // The folder may not exist before the first backup; the menu creates it rather than fail.
      await vi.waitFor(() => expect(electronMock.shell.openPath).toHaveBeenCalledWith(d.backupsDir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has an About item', () => {
    flat(menuTemplate(deps(true)) as Item[])
      .find((i) => i.label === 'About Rapport')
      ?.click?.();
    expect(electronMock.app.showAboutPanel).toHaveBeenCalled();
  });
});
