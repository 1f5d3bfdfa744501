import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, type WebPreferences, app, nativeTheme, screen } from 'electron';
import { APP_NAME } from '../core/paths';
import { rendererUrl } from './security';
import { MIN_SIZE, loadWindowState, saveWindowState, stateFileIn } from './windowState';

/** out/preload/index.cjs: main is bundled to out/main, so this resolves from there. */
export const PRELOAD_PATH = join(dirname(fileURLToPath(import.meta.url)), '../preload/index.cjs');

/** The security baseline (house-style §3.3); each line is a checklist item, none is optional. */
export const WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  spellcheck: false,
});

// Matches the renderer's page background, so the first frame is not a white flash in dark mode.
const BACKGROUND = { dark: '#111418', light: '#f7f7f8' };

export function createMainWindow(): BrowserWindow {
  const stateFile = stateFileIn(app.getPath('userData'));
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    title: APP_NAME,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: { ...WEB_PREFERENCES },
  });

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  // Normal bounds, so un-maximizing next time returns to the size the user chose.
  win.on('close', () => saveWindowState(stateFile, win.getNormalBounds(), win.isMaximized()));

  void win.loadURL(rendererUrl()).catch((error: unknown) => console.error('could not load the UI', error));
  return win;
}

/** Brings an existing window to the front (second instance, dock click). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
