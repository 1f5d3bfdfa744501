import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CoreClient, startCoreWorker } from '../../electron/core/host';
import { sourceWorkerSpec } from '../../electron/core/sourceWorker';
import { type WebServer, startWebServer } from '../../electron/web/server';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/limits';
import { MIGRATIONS_DIR } from '../support/paths';
import { suiteTempDir } from '../support/tmp';

const TOKEN = 'test-token-0123456789abcdef';
let dir: string;
let core: CoreClient;
let server: WebServer;
let base: string;

beforeAll(async () => {
  dir = suiteTempDir();
  mkdirSync(join(dir, 'static', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'static', 'index.html'), '<!doctype html><title>Rapport</title>');
  writeFileSync(join(dir, 'static', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  core = await startCoreWorker(sourceWorkerSpec(), { dbPath: join(dir, 'crm.db'), migrationsDir: MIGRATIONS_DIR, owner: 'test', appVersion: 'test', validateResponses: true }, () => undefined);
  server = await startWebServer({ core, staticDir: join(dir, 'static'), token: TOKEN });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  await core?.close();
});

const auth = (token = TOKEN) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });
const rpc = (channel: string, body: unknown, headers: Record<string, string> = auth()) =>
  fetch(`${base}/rpc/${channel}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
const people = async () => ((await (await rpc('people:list', {})).json()) as { value: { items: { displayName: string }[] } }).value.items.map((p) => p.displayName);

interface Raw {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A request with an exact path and headers (fetch would normalise `..` and refuse Host). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer[] } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${path} within 10 s`)));
    if (Array.isArray(options.body)) {
      for (const chunk of options.body) req.write(chunk);
      req.end();
    } else req.end(options.body);
  });
}

describe('browser mode HTTP front door', () => {
  it('answers with the envelope for the right token', async () => {
    const res = await rpc('app:info', undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ ok: true, value: { name: 'Rapport', people: 0 } });
  });

  it.each([
    ['no token', { 'Content-Type': 'application/json' }],
    ['a wrong token', auth('wrong-token-0123456789abcdef')],
    ['a token with a different length', auth(`${TOKEN}x`)],
    ['a non-bearer scheme', { Authorization: `Basic ${TOKEN}` }],
  ])('refuses %s with 401 and touches nothing', async (_label, headers) => {
    const res = await rpc('people:create', { displayName: 'Mallory' }, headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await people()).not.toContain('Mallory');
  });

  it('refuses a wrong Host header (DNS rebinding) with 403', async () => {
    const evil = await raw('/rpc/app:info', { method: 'POST', headers: { ...auth(), Host: `evil.example:${server.port}` } });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await raw('/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await raw('/rpc/app:info', { method: 'POST', headers: { ...auth(), Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses a body that is not JSON with 400 INVALID_INPUT', async () => {
    const res = await fetch(`${base}/rpc/people:create`, { method: 'POST', headers: auth(), body: '{"displayName": "Ada",' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a body over MAX_REQUEST_BYTES with 413 INVALID_INPUT', async () => {
    const big = JSON.stringify({ displayName: 'Big', notes: 'x'.repeat(MAX_REQUEST_BYTES) });
    const res = await fetch(`${base}/rpc/people:create`, { method: 'POST', headers: auth(), body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses an oversized chunked body (no Content-Length) with 413 too', async () => {
    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 0x61));
    const res = await raw('/rpc/people:create', { method: 'POST', headers: { ...auth(), 'Transfer-Encoding': 'chunked' }, body: chunks });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await people()).not.toContain('Big');
  });

  it('answers an unknown channel and a bad payload with INVALID_INPUT envelopes', async () => {
    expect(await (await rpc('people:drop', {})).json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await (await rpc('people:create', null)).json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await (await rpc('people:create', { displayName: 'x'.repeat(300) })).json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('allows only POST on /rpc', async () => {
    const res = await fetch(`${base}/rpc/app:info`, { headers: auth() });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await fetch(`${base}/rpc/x`, { method: 'PUT', headers: auth(), body: '{}' })).status).toBe(405);
  });

  it('serves the renderer with security headers', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Rapport</title>');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fsecret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5c%2e%2e%5cpackage.json',
    '/..%00/secret.txt',
    '/%252e%252e/secret.txt',
    '//etc/passwd',
  ])('never serves a file outside the static folder: %s', async (path) => {
    const res = await raw(path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('TOP SECRET');
    expect(res.body).not.toContain('"name": "rapport"');
    expect(res.body).not.toContain('root:');
  });

  it.each([
    ['an unparseable request target, without a token', '//', {}],
    ['an unparseable request target with a port', '//:99999/', {}],
    ['a malformed percent-escape in the channel', '/rpc/%E0%A4%A', { method: 'POST', headers: auth() }],
  ])('answers %s with 400 and stays up', async (_label, path, options) => {
    const res = await raw(path, options);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await rpc('app:info', undefined)).status).toBe(200);
  });

  it('streams a changed event over SSE after people:create', async () => {
    const controller = new AbortController();
    const events = await fetch(`${base}/events`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal: controller.signal });
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': connected')) text += decoder.decode((await reader.read()).value);

    const created = (await (await rpc('people:create', { displayName: 'Sse Person' })).json()) as { value: { id: string } };
    const deadline = Date.now() + 10_000;
    while (!text.includes(created.value.id) && Date.now() < deadline) text += decoder.decode((await reader.read()).value);
    expect(text).toContain(`event: changed\ndata: ${JSON.stringify({ entity: 'person', ids: [created.value.id] })}\n\n`);
    controller.abort();

    expect((await fetch(`${base}/events`)).status).toBe(401);
    const byQuery = await fetch(`${base}/events?token=${TOKEN}`, { signal: AbortSignal.timeout(5_000) });
    expect(byQuery.status).toBe(200); // EventSource cannot send headers
    await byQuery.body?.cancel();
  });
});
