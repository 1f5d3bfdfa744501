// Browser mode's POST /upload against a stand-in core: the token, the size cap, the zip check,
// what is kept where, and when the copies go.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoreClient } from '../../electron/core/host';
import { type WebServer, startWebServer } from '../../electron/web/server';
import { fail, ok } from '../../shared/ipc/result';
import { tempDir } from '../support/tmp';

const TOKEN = 'upload-token-0123456789abcdef';
const MB = 1024 * 1024;

let server: WebServer | null = null;

function fakeCore(dbPath: string) {
  return {
    call: vi.fn(async (channel: string, payload: unknown) => {
      if (channel === 'app:info') return ok({ dbPath });
      if (channel === 'contacts:import') return ok({ importId: null });
      if (channel === 'x:import') return (payload as { path: string }).path.includes('broken') ? fail('INVALID_INPUT', 'data/tweets.js: not JSON') : ok({ importId: null });
      return fail('NOT_FOUND', channel);
    }),
    on: () => () => undefined,
    close: async () => undefined,
  } satisfies CoreClient;
}

async function start(options: { uploadDir?: string; maxUploadBytes?: number } = {}) {
  const dir = tempDir('rapport-upload-');
  mkdirSync(join(dir, 'static'));
  const core = fakeCore(join(dir, 'data', 'crm.db'));
  server = await startWebServer({ core, staticDir: join(dir, 'static'), token: TOKEN, ...options });
  return { dir, core, server };
}

afterEach(async () => {
  await server?.close();
  server = null;
});

const zipBytes = (size: number) => Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(size - 4)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Answer {
  status: number;
  body: { ok: boolean; value?: { path: string; name: string; bytes: number }; error?: { code: string; message: string } };
}

/** POST /upload with exact headers; `chunks` are written one by one (chunked when no length is given). */
function upload(chunks: Buffer[], options: { name?: string; token?: string | null; length?: number | null; method?: string } = {}): Promise<Answer> {
  const headers: Record<string, string | number> = { 'Content-Type': 'application/octet-stream' };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? TOKEN}`;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (options.length !== null) headers['Content-Length'] = options.length ?? total;
  const path = `/upload?name=${encodeURIComponent(options.name ?? 'twitter-2025-01-10.zip')}`;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server!.port, path, method: options.method ?? 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const rpc = (channel: string, payload: unknown) =>
  fetch(`http://127.0.0.1:${server!.port}/rpc/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });

describe('POST /upload', () => {
  it.each([
    ['no token', null],
    ['a wrong token', 'wrong-token-0123456789abcdef0'],
  ])('refuses %s with 401 and stores nothing', async (_label, token) => {
    const { dir, core } = await start();
    const answer = await upload([zipBytes(64 * 1024)], { token });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(existsSync(join(dir, 'data', 'uploads'))).toBe(false);
    expect(core.call).not.toHaveBeenCalled();
  });

  it('streams the body to a private copy beside the database, keeping the file name, and answers its path', async () => {
    const { dir } = await start();
    const body = zipBytes(3 * MB + 17);
    const chunks = [body.subarray(0, MB), body.subarray(MB, 2 * MB), body.subarray(2 * MB)];
    const answer = await upload(chunks);
    expect(answer.status).toBe(200);
    const { path, name, bytes } = answer.body.value!;
    expect(name).toBe('twitter-2025-01-10.zip');
    expect(bytes).toBe(body.length);
    expect(path.startsWith(join(dir, 'data', 'uploads'))).toBe(true);
    expect(path.endsWith('/twitter-2025-01-10.zip')).toBe(true);
    expect(sha(readFileSync(path))).toBe(sha(body));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps only a file name from the name given, and refuses what is not a .zip', async () => {
    const uploadDir = join(tempDir(), 'up');
    await start({ uploadDir });
    const sneaky = await upload([zipBytes(1024)], { name: '../../../etc/evil.zip' });
    expect(sneaky.status).toBe(200);
    expect(sneaky.body.value!.name).toBe('evil.zip');
    expect(sneaky.body.value!.path).not.toContain('..');

    const notNamedZip = await upload([zipBytes(1024)], { name: 'tweets.js' });
    expect(notNamedZip).toMatchObject({ status: 415, body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/paste its path/) } } });
    const notAZip = await upload([Buffer.from('window.YTD.tweets.part0 = []')]);
    expect(notAZip).toMatchObject({ status: 415, body: { error: { message: 'That file is not a .zip archive.' } } });
    const empty = await upload([]);
    expect(empty.status).toBe(415);
    // Only the accepted copy is there: refused ones leave no folder behind.
    expect(readdirSync(uploadDir)).toHaveLength(1);
  });

  it('takes a contacts file (vCard, CSV, iCalendar, text) as it is, refuses an empty one, and deletes it once its contacts import is done', async () => {
    const uploadDir = join(tempDir(), 'up');
    await start({ uploadDir });
    const card = Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n');
    const answer = await upload([card], { name: 'My Contacts.vcf' });
    expect(answer.status).toBe(200);
    const { path, name } = answer.body.value!;
    expect(name).toBe('My Contacts.vcf');
    expect(readFileSync(path)).toEqual(card);
    for (const other of ['Connections.csv', 'conference.ics', 'contacts.txt', 'CONTACTS.VCARD']) {
      expect((await upload([Buffer.from('First Name,Last Name\n')], { name: other })).status, other).toBe(200);
    }
    expect(await upload([], { name: 'empty.vcf' })).toMatchObject({ status: 415, body: { error: { message: 'That file is empty.' } } });

    await rpc('contacts:import', { path, dryRun: true });
    expect(existsSync(path)).toBe(true);
    await rpc('contacts:import', { path });
    await vi.waitFor(() => expect(existsSync(path)).toBe(false));
  });

  it('caps a contacts file far below an archive', async () => {
    await start();
    const big = await upload([Buffer.alloc(64 * MB + 1, 0x41)], { name: 'huge.csv' });
    expect(big).toMatchObject({ status: 413, body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/larger than 64 MB/) } } });
  });

  it('refuses a body over the cap, declared or not, and keeps nothing of it', async () => {
    const uploadDir = join(tempDir(), 'up');
    await start({ uploadDir, maxUploadBytes: MB });
    const declared = await upload([zipBytes(2 * MB)]);
    expect(declared).toMatchObject({ status: 413, body: { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/larger than/) } } });
    // Chunked: the cap holds while streaming, and the partial copy is deleted.
    const chunked = await upload([zipBytes(MB / 2), randomBytes(MB / 2), randomBytes(MB / 2)], { length: null });
    expect(chunked.status).toBe(413);
    expect(readdirSync(uploadDir)).toEqual([]);
    // Exactly at the cap is fine.
    expect((await upload([zipBytes(MB)])).status).toBe(200);
  });

  it('answers only POST', async () => {
    await start();
    expect((await upload([], { method: 'GET' })).status).toBe(405);
  });

  it('deletes a copy once its import is done, keeps it after a preview or a failed import, and deletes the rest on stop', async () => {
    const uploadDir = join(tempDir(), 'up');
    await start({ uploadDir });
    const first = (await upload([zipBytes(4096)])).body.value!.path;
    const broken = (await upload([zipBytes(4096)], { name: 'broken.zip' })).body.value!.path;

    await rpc('x:import', { path: first, dryRun: true });
    expect(existsSync(first)).toBe(true);
    await rpc('x:import', { path: broken });
    expect(existsSync(broken)).toBe(true);
    await rpc('x:import', { path: first });
    await vi.waitFor(() => expect(existsSync(first)).toBe(false));
    expect(readdirSync(uploadDir)).toHaveLength(1);

    await server!.close();
    server = null;
    expect(readdirSync(uploadDir)).toEqual([]);
  });
});
