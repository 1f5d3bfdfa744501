import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { loadAllScreens } from '../../renderer/src/app/lazyScreens';
import { setTransport } from '../../renderer/src/lib/transport';
import { resetAppStore } from '../../renderer/src/store';

// jsdom does no layout, so every box measures 0 and a virtualised list would render no rows.
// Give elements a viewport-sized box; scroll position is set per test where it matters.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 520 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });

// The app preloads its lazy screens after the first paint; tests start with them loaded, so a screen renders synchronously.
beforeAll(() => loadAllScreens());

afterEach(() => {
  cleanup();
  resetAppStore();
  setTransport(null);
  delete window.api;
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
  vi.useRealTimers();
  vi.restoreAllMocks();
});
