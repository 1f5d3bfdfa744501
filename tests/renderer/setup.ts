import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setTransport } from '../../renderer/src/lib/transport';
import { resetAppStore } from '../../renderer/src/store';

// jsdom does no layout, so every box measures 0 and a virtualised list would render no rows.
// Give elements a viewport-sized box; scroll position is set per test where it matters.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 520 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });

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
