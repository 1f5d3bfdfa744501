// Electron security checklist items that apply to every web contents (quality.md §5.1).
import { app, session, shell, type WebContents, type WebFrameMain } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL = 8_192;

/**
 * `scheme://host[:port]` of a URL, or null. Not `URL.origin`: Node's parser gives every
 * non-special scheme (app:, evil:) the opaque origin "null", so those would all compare equal.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
}

/** The dev server while developing from sources, else the app:// protocol. */
export function rendererUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && dev ? dev : APP_INDEX_URL;
}

/** The one origin the UI is served from; only it may call IPC or be navigated to. */
export function rendererOrigin(): string {
  return originOf(rendererUrl()) ?? APP_ORIGIN;
}

export function isAppUrl(url: string): boolean {
  return originOf(url) === rendererOrigin();
}

/** Only the top-level frame of our own UI may talk to the core (Electron checklist #17). */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  if (!frame || frame.parent !== null || typeof frame.url !== 'string') return false;
  return isAppUrl(frame.url);
}

/**
 * Links from contact data are hostile text: only web pages and mail go to the OS, never
 * file:, smb: (NTLM leak) or app handlers such as ms-msdt:.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  // "https://bank.example@evil.example" reads as the bank but opens evil.example.
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
}

/** Guards one web contents: no new windows, no navigation away, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  // A redirect is never user intent, so it is blocked without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call once, after `ready`: Electron grants every permission by default. */
export function installSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // Copy-to-clipboard buttons are the one capability the UI needs.
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === 'clipboard-sanitized-write' && originOf(requestingOrigin) === rendererOrigin());
}
