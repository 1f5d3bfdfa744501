import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** The dev server needs inline scripts and a websocket for hot reload; production keeps the strict CSP. */
function devCsp(): Plugin {
  return {
    name: 'rapport-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'").replace(/connect-src 'self'/, "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: 'electron/main/index.ts' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require anything but 'electron': one self-contained CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: 'electron/preload/index.ts' },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devCsp()],
    build: {
      outDir: 'out/renderer',
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
