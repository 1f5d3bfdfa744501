import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronMock, state } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { createMainWindow, focusWindow } = await import('../../electron/main/window');
const { DEFAULT_STATE, validateState, stateFileIn } = await import('../../electron/main/windowState');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-window-'));
  state.userData = dir;
  state.dark = false;
  electronMock.app.isPackaged = true;
  FakeBrowserWindow.instances = [];
  vi.unstubAllEnvs();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const prefs = (win: FakeBrowserWindow) => win.options.webPreferences as Record<string, unknown>;

describe('createMainWindow', () => {
  it('applies the security baseline to webPreferences', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    const p = prefs(win);
    expect(p).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(String(p.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    // Nothing that loosens the web security model sneaks in.
    for (const key of ['webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule']) {
      expect(p, key).not.toHaveProperty(key);
    }
  });

  it('stays hidden until ready-to-show, then shows', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.options.show).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('paints a background that follows the OS theme', () => {
    const light = createMainWindow() as unknown as FakeBrowserWindow;
    state.dark = true;
    const dark = createMainWindow() as unknown as FakeBrowserWindow;
    expect(light.options.backgroundColor).not.toBe(dark.options.backgroundColor);
  });

  it('loads app://rapport in a packaged app, the dev server only from sources', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const packaged = createMainWindow() as unknown as FakeBrowserWindow;
    expect(packaged.loadURL).toHaveBeenCalledWith('app://rapport/index.html');
    electronMock.app.isPackaged = false;
    const dev = createMainWindow() as unknown as FakeBrowserWindow;
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('remembers size, position and maximized state across runs', () => {
    const first = createMainWindow() as unknown as FakeBrowserWindow;
    first.getNormalBounds.mockReturnValue({ x: 100, y: 50, width: 1000, height: 700 });
    first.isMaximized.mockReturnValue(true);
    first.emit('close');
    expect(JSON.parse(readFileSync(stateFileIn(dir), 'utf8'))).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });

    const second = createMainWindow() as unknown as FakeBrowserWindow;
    expect(second.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.maximize).toHaveBeenCalled();
  });

  it('brings back a window saved on a display that is gone', () => {
    writeFileSync(stateFileIn(dir), JSON.stringify({ x: 3000, y: 200, width: 1000, height: 700, maximized: false }));
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.options).not.toHaveProperty('x');
    expect(win.options).toMatchObject({ width: 1000, height: 700 });
  });

  it('survives a corrupt state file', () => {
    writeFileSync(stateFileIn(dir), '{"width": 12');
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.options).toMatchObject({ width: DEFAULT_STATE.width, height: DEFAULT_STATE.height });
  });

  it('focusWindow restores a minimized window', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    win.isMinimized.mockReturnValue(true);
    focusWindow(win as never);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});

describe('validateState', () => {
  const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
  const twoScreens = [...laptop, { x: 1440, y: 0, width: 2560, height: 1440 }];

  it('keeps a position that is on a display', () => {
    expect(validateState({ x: 1600, y: 100, width: 1200, height: 800 }, twoScreens)).toMatchObject({ x: 1600, y: 100 });
  });

  it('drops a position that is mostly off every display', () => {
    expect(validateState({ x: 1600, y: 100, width: 1200, height: 800 }, laptop)).not.toHaveProperty('x');
    expect(validateState({ x: -5000, y: -5000, width: 800, height: 600 }, laptop)).not.toHaveProperty('x');
  });

  it('clamps sizes to the largest display and the minimum', () => {
    expect(validateState({ width: 9000, height: 9000 }, laptop)).toMatchObject({ width: 1440, height: 900 });
    expect(validateState({ width: 10, height: 10 }, laptop)).toMatchObject({ width: 720, height: 480 });
  });

  it('ignores junk', () => {
    for (const junk of [null, 'x', 42, [], { width: 'wide', height: NaN, x: 1.5, y: null, maximized: 'yes' }]) {
      const s = validateState(junk, laptop);
      expect(s).toMatchObject({ maximized: false });
      expect(s).not.toHaveProperty('x');
    }
  });
});
