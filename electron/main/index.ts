// Lifecycle only: single instance, core worker, protocol, security, IPC, menu, window.
import { BrowserWindow, app, dialog } from 'electron';
import { type CoreClient, startCoreWorker } from '../core/host';
import { backupsDirFor } from '../core/paths';
import workerPath from '../core/worker?modulePath';
import { registerDialogs } from './dialogs';
import { registerIpc, relayCoreEvents } from './ipc';
import { installMenu } from './menu';
import { showReminderNotifications } from './notifications';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurity } from './security';
import { coreOptions, dbPathFor, describeStartupFailure } from './startup';
import { createMainWindow, focusWindow } from './window';

// Quitting waits for the core to checkpoint and unlock; a wedged worker must not hang it forever.
const CLOSE_TIMEOUT_MS = 15_000;

// Tests and power users point the app at another data folder. It must be set before the
// single-instance lock, which is keyed on the userData folder.
if (process.env.RAPPORT_USER_DATA_DIR) app.setPath('userData', process.env.RAPPORT_USER_DATA_DIR);

// Schemes can only be made privileged before `ready`.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // The first instance gets 'second-instance' and comes to the front.
  app.quit();
} else {
  run();
}

function run(): void {
  const dbPath = dbPathFor(app.getPath('userData'));
  let mainWindow: BrowserWindow | null = null;
  let coreClosed = false;
  let closing = false;

  // The worker opens (and migrates) the database while Chromium starts and paints the window.
  const core: Promise<CoreClient> = startCoreWorker(
    { url: workerPath },
    coreOptions({
      userData: app.getPath('userData'),
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      version: app.getVersion(),
    }),
  );
  const onCoreOpen = (client: CoreClient) => {
    relayCoreEvents(client);
    showReminderNotifications(client, { current: () => mainWindow, open: openWindow });
  };
  core.then(onCoreOpen, async (error: unknown) => {
    // Nothing to close on quit, and no window to open any more.
    coreClosed = true;
    await app.whenReady();
    for (const win of BrowserWindow.getAllWindows()) win.destroy();
    const { title, message } = describeStartupFailure(error, dbPath);
    console.error(`${title}: ${message}`);
    dialog.showErrorBox(title, message);
    app.quit();
  });

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow();
    mainWindow = win;
    win.on('closed', () => (mainWindow = null));
    return win;
  };

  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });

  void app.whenReady().then(() => {
    handleAppProtocol();
    installSecurity();
    registerIpc(core);
    registerDialogs();
    installMenu({ core, backupsDir: backupsDirFor(dbPath), isPackaged: app.isPackaged });
    if (!coreClosed) openWindow();
    app.on('activate', () => {
      if (!mainWindow && !coreClosed) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Hold the quit until the core has closed the database: WAL checkpointed, lock released.
  app.on('before-quit', (event) => {
    if (coreClosed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void closeCore(core).finally(() => {
      coreClosed = true;
      app.quit();
    });
  });
}

async function closeCore(core: Promise<CoreClient>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`the core did not close within ${CLOSE_TIMEOUT_MS} ms; quitting anyway`);
      resolve();
    }, CLOSE_TIMEOUT_MS);
  });
  // A core that never opened has nothing to close.
  const closed = core.then((client) => client.close(), () => undefined);
  try {
    await Promise.race([closed, timeout]);
  } catch (error) {
    console.error('closing the core failed', error);
  } finally {
    clearTimeout(timer);
  }
}
