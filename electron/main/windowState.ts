// Remembers the window's size and place between runs. Displays change (a laptop leaves its
// monitor), so a saved position is only reused when it is still mostly visible.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent when the window should be centred by the OS. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_STATE: WindowState = { width: 1200, height: 800, maximized: false };
export const MIN_SIZE = { width: 720, height: 480 };
const STATE_FILE = 'window-state.json';

export const stateFileIn = (dir: string) => join(dir, STATE_FILE);

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e6;

/**
 * Turns whatever was saved into a usable state for the current `workAreas`: size clamped to
 * the largest display, position kept only if at least half the window lands on one display.
 */
export function validateState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return { ...DEFAULT_STATE };
  const s = saved as Record<string, unknown>;
  const maxW = Math.max(MIN_SIZE.width, ...workAreas.map((a) => a.width));
  const maxH = Math.max(MIN_SIZE.height, ...workAreas.map((a) => a.height));
  const clamp = (v: unknown, min: number, max: number, fallback: number) => (isInt(v) ? Math.min(Math.max(v, min), max) : fallback);
  const state: WindowState = {
    width: clamp(s.width, MIN_SIZE.width, maxW, Math.min(DEFAULT_STATE.width, maxW)),
    height: clamp(s.height, MIN_SIZE.height, maxH, Math.min(DEFAULT_STATE.height, maxH)),
    maximized: s.maximized === true,
  };
  if (isInt(s.x) && isInt(s.y)) {
    const rect = { x: s.x, y: s.y, width: state.width, height: state.height };
    const visible = workAreas.some((area) => overlap(rect, area) >= (rect.width * rect.height) / 2);
    if (visible) Object.assign(state, { x: s.x, y: s.y });
  }
  return state;
}

export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  try {
    return validateState(JSON.parse(readFileSync(file, 'utf8')), workAreas);
  } catch {
    return validateState(null, workAreas);
  }
}

/** Best effort: losing the window position must never stop the app from quitting. */
export function saveWindowState(file: string, bounds: Rect, maximized: boolean): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const state: WindowState = { ...bounds, maximized };
    // Write then rename, so a crash mid-write leaves the previous file, not half a JSON.
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.error('could not save the window state', error);
  }
}
