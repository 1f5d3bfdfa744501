import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { createAppProtocolHandler, handleAppProtocol, registerAppScheme } = await import('../../electron/main/protocol');

// <tmp>/secret.txt sits next to <tmp>/renderer: reaching it is the traversal the handler must stop.
let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rapport-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rapport</title>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app-1234.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(base, 'renderer-evil.txt'), 'TOP SECRET');
  handler = createAppProtocolHandler(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => handler(new Request(url, init));

describe('app:// protocol', () => {
  it('serves index.html for / and for its own name, with the CSP header', async () => {
    for (const url of ['app://rapport/', 'app://rapport/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<title>Rapport</title>');
    }
  });

  it('sends assets with their content types', async () => {
    expect((await get('app://rapport/assets/app-1234.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://rapport/assets/app-1234.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://rapport/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://rapport/nope.js')).status).toBe(404);
    expect((await get('app://rapport/assets/')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    const statuses = new Map<string, number>();
    for (const url of [
      'app://rapport/../../etc/passwd',
      'app://rapport/../secret.txt',
      'app://rapport/%2e%2e/secret.txt',
      'app://rapport/%2E%2E/%2E%2E/etc/passwd',
      'app://rapport/..%2fsecret.txt',
      'app://rapport/assets/..%2f..%2fsecret.txt',
      'app://rapport/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://rapport/..%5csecret.txt',
      'app://rapport/%2e%2e%2frenderer-evil.txt',
      'app://rapport/%2fetc%2fpasswd',
      'app://rapport/index.html%00.js',
      'app://rapport/%E0%A4%A',
    ]) {
      const res = await get(url);
      statuses.set(url, res.status);
      expect(res.status, url).not.toBe(200);
      const body = await res.text();
      expect(body, url).not.toContain('TOP SECRET');
      expect(body, url).not.toContain('root:');
    }
    // The URL parser folds literal and %2e dot segments; encoded slashes reach the containment check.
    expect(statuses.get('app://rapport/..%2fsecret.txt')).toBe(403);
    expect(statuses.get('app://rapport/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBe(403);
  });

  it('refuses every method but GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const res = await get('app://rapport/index.html', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET');
    }
  });

  it('registers the scheme as standard and secure, and the handler on it', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    handleAppProtocol(base);
    expect(electronMock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
