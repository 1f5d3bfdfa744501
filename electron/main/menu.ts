import { mkdirSync } from 'node:fs';
import { BrowserWindow, Menu, type MenuItemConstructorOptions, app, dialog, shell } from 'electron';
import type { IpcResult } from '../../shared/ipc/result';
import type { CoreClient } from '../core/host';
import { APP_NAME } from '../core/paths';

export interface MenuDeps {
  /** Resolves once the database is open; the menu exists before that. */
  core: Promise<Pick<CoreClient, 'call'>>;
  backupsDir: string;
  isPackaged: boolean;
  platform?: NodeJS.Platform;
}

async function backUpNow(deps: MenuDeps): Promise<void> {
  let result: IpcResult<unknown>;
  try {
    result = await (await deps.core).call('backups:create', { reason: 'manual' });
  } catch (error) {
    result = { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };
  }
  const win = BrowserWindow.getFocusedWindow();
  const options = result.ok
    ? { type: 'info' as const, message: 'Backup saved', detail: `A verified copy of your data is in ${deps.backupsDir}.` }
    : { type: 'error' as const, message: 'The backup failed', detail: result.error.message };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

async function showBackupsFolder(dir: string): Promise<void> {
  // The core creates the folder with the first backup; the user may look before that.
  mkdirSync(dir, { recursive: true });
  const problem = await shell.openPath(dir);
  if (problem) dialog.showErrorBox('Could not open the backups folder', `${dir}\n\n${problem}`);
}

/** The menu as data, so tests can read it without a display. */
export function menuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const mac = (deps.platform ?? process.platform) === 'darwin';
  const report = (error: unknown) => console.error('menu action failed', error);
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Back Up Now', accelerator: 'CmdOrCtrl+Shift+B', click: () => void backUpNow(deps).catch(report) },
        { label: 'Show Backups Folder', click: () => void showBackupsFolder(deps.backupsDir).catch(report) },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'forceReload' },
        // Devtools can reach everything the preload exposes; packaged builds do not offer them.
        ...(deps.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `About ${APP_NAME}`, click: () => app.showAboutPanel() }],
    },
  ];
}

export function installMenu(deps: MenuDeps): void {
  app.setAboutPanelOptions({
    applicationName: APP_NAME,
    applicationVersion: app.getVersion(),
    copyright: 'Your data stays on this computer.',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(deps)));
}
