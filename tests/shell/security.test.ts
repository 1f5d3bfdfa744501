import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, electronMock, frame } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { hardenWebContents, installSecurity, isSafeExternalUrl, isTrustedSender, originOf, rendererUrl } = await import(
  '../../electron/main/security'
);

beforeEach(() => {
  electronMock.app.isPackaged = true;
  vi.unstubAllEnvs();
  vi.clearAllMocks();
});
afterEach(() => vi.unstubAllEnvs());

describe('isTrustedSender', () => {
  it('accepts the top-level frame of the app:// UI', () => {
    expect(isTrustedSender(frame('app://rapport/index.html'))).toBe(true);
    expect(isTrustedSender(frame('app://rapport/index.html#/people/1'))).toBe(true);
  });

  it('rejects other origins, look-alikes and other schemes', () => {
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'app://rapport.evil/index.html',
      'evil://rapport/index.html',
      'file:///work/main/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<script>1</script>',
    ]) {
      expect(isTrustedSender(frame(url)), url).toBe(false);
    }
  });

  it('rejects subframes, even of the app origin', () => {
    const top = frame('app://rapport/index.html');
    expect(isTrustedSender(frame('app://rapport/index.html', top))).toBe(false);
  });

  it('rejects garbage, empty and missing frames', () => {
    expect(isTrustedSender(frame('not a url'))).toBe(false);
    expect(isTrustedSender(frame(''))).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('trusts the dev server, and only it, when running from sources', () => {
    electronMock.app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(rendererUrl()).toBe('http://localhost:5173');
    expect(isTrustedSender(frame('http://localhost:5173/src/main.tsx'))).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5174/'))).toBe(false);
    expect(isTrustedSender(frame('app://rapport/index.html'))).toBe(false);
  });

  it('ignores the dev server variable in a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(rendererUrl()).toBe('app://rapport/index.html');
    expect(isTrustedSender(frame('http://localhost:5173/'))).toBe(false);
  });
});

describe('originOf', () => {
  it('keeps the scheme for non-special URLs, whose URL.origin is the opaque "null"', () => {
    expect(new URL('evil://rapport/').origin).toBe('null');
    expect(originOf('app://rapport/x')).toBe('app://rapport');
    expect(originOf('evil://rapport/x')).toBe('evil://rapport');
    expect(originOf('nonsense')).toBeNull();
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts web pages and mail', () => {
    for (const url of ['https://example.com/a?b=c', 'http://example.com', 'mailto:ada@example.com', 'HTTPS://EXAMPLE.COM/']) {
      expect(isSafeExternalUrl(url), url).toBe(true);
    }
  });

  it('rejects files, shares, scripts and app handlers', () => {
    for (const url of [
      'file:///etc/passwd',
      'file://server/share/payload.exe',
      'smb://attacker.example/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/etc/passwd',
      'data:text/html,hi',
      'ftp://example.com/',
      'app://rapport/index.html',
      'https://bank.example@evil.example/',
      'mailto:',
      'not a url',
      '',
      `https://example.com/${'a'.repeat(10_000)}`,
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  it('denies every new window and hands safe links to the OS browser', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://rapport/index.html' })).toEqual({ action: 'deny' });
    expect(electronMock.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents navigation to another origin and allows the app origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.fire('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://rapport/index.html')).toBe(false);
    // The https link went to the browser; the file: URL did not.
    expect(electronMock.shell.openExternal.mock.calls).toEqual([['https://evil.example/phish']]);
  });

  it('prevents redirects away from the app without opening them', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'app://rapport/index.html')).toBe(false);
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-attach-webview', 'app://rapport/index.html')).toBe(true);
  });
});

describe('installSecurity', () => {
  it('hooks every new web contents and denies permission requests', () => {
    installSecurity();
    const hook = electronMock.app.on.mock.calls.find(([name]) => name === 'web-contents-created')?.[1] as (e: unknown, c: FakeWebContents) => void;
    const contents = new FakeWebContents();
    hook({}, contents);
    expect(contents.windowOpenHandler).not.toBeNull();

    const request = electronMock.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb, permission).toHaveBeenCalledWith(false);
    }

    const check = electronMock.session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      origin: string,
    ) => boolean;
    expect(check({}, 'media', 'app://rapport')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://rapport')).toBe(true);
  });
});
