// A stand-in for the 'electron' module: no Electron binary exists on CI, so the shell is tested
// against fakes that record what the code asked Electron to do. Load it with
//   vi.mock('electron', async () => (await import('./electronMock')).electronMock);
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

/** The parts of WebContents the shell touches, with the registered handlers kept for tests. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = vi.fn();
  isDestroyed = vi.fn(() => false);
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits an Electron-style event and tells whether a listener called preventDefault(). */
  fire(name: string, url: string): boolean {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    this.emit(name, event, url);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  static getFocusedWindow = () => null;
  static fromWebContents = (contents: unknown) => FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  maximize = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  destroy = vi.fn(() => this.isDestroyed.mockReturnValue(true));
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/**
 * Electron's main-process Notification, recording what was shown. `show` is a plain counter,
 * not vi.fn(): vitest keeps every spy (and the `this` of its calls), which would keep a
 * notification alive in tests that check it can be garbage-collected.
 */
export class FakeNotification extends EventEmitter {
  static supported = true;
  static instances: FakeNotification[] = [];
  static isSupported = vi.fn(() => FakeNotification.supported);
  shown = 0;
  constructor(readonly options: { title?: string; body?: string; silent?: boolean }) {
    super();
    FakeNotification.instances.push(this);
  }
  show() {
    this.shown++;
  }
}

export const ipcHandlers = new Map<string, Handler>();
export const state = { userData: tmpdir(), dark: false };

export const electronMock = {
  app: {
    isPackaged: true,
    getPath: vi.fn(() => state.userData),
    getVersion: vi.fn(() => '0.1.0'),
    getAppPath: vi.fn(() => process.cwd()),
    setPath: vi.fn((name: string, path: string) => {
      if (name === 'userData') state.userData = path;
    }),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(async () => undefined),
    on: vi.fn(),
    quit: vi.fn(),
    showAboutPanel: vi.fn(),
    setAboutPanelOptions: vi.fn(),
  },
  BrowserWindow: FakeBrowserWindow,
  Notification: FakeNotification,
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
  },
  nativeTheme: {
    get shouldUseDarkColors() {
      return state.dark;
    },
  },
  screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  dialog: {
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
};

/** A frame as IPC and navigation events carry it. */
export function frame(url: string, parent: unknown = null) {
  return { url, parent } as { url: string; parent: null };
}
