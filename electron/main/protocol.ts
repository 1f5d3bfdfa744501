// Serves the renderer build over app:// instead of file:// (Electron checklist #18): a real
// origin for the CSP and the sender check, and no file-protocol privileges.
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/static';
import { APP_HOST, APP_SCHEME } from './security';

/** out/renderer, next to out/main where this file is bundled. */
export const RENDERER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before `ready`: standard + secure gives app:// a real origin and a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const refuse = (status: number, extra: Record<string, string> = {}) =>
  new Response(status === 404 ? 'not found' : null, { status, headers: { 'Content-Type': 'text/plain', ...extra } });

/**
 * The app:// handler for a renderer build in `root`: GET only, files inside `root` only,
 * index.html for "/". Exported separately so tests can point it at a temporary folder.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET') return refuse(405, { Allow: 'GET' });
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url);
      // Decoded, so "%2e%2e%2f" and "..%5c" become real separators before the containment check.
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400);
    }
    if (url.host !== APP_HOST || pathname.includes('\0')) return refuse(404);
    const file = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(base + sep)) return refuse(403);
    try {
      if (!(await stat(file)).isFile()) return refuse(404);
      const body = await readFile(file);
      const ext = extname(file).toLowerCase();
      return new Response(body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': TYPES[ext] ?? 'application/octet-stream',
          'Cache-Control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        },
      });
    } catch {
      return refuse(404);
    }
  };
}

/** Call once, after `ready`, on the default session the window uses. */
export function handleAppProtocol(root = RENDERER_DIR): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
