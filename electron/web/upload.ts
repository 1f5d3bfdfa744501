// Browser mode's `POST /upload`: a page cannot name a file on disk, so it sends the archive (or a
// contacts file) and the core imports the copy kept here. Copies live in the data folder (not
// /tmp, often a small RAM disk), one private folder each, and go when their import is done or
// the server stops.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat, statfs } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type IpcResult, fail, ok } from '../../shared/ipc/result';
import { SECURITY_HEADERS } from './static';

/** The largest archive accepted: X archives of very active accounts with media run to several GB. */
export const MAX_UPLOAD_BYTES = 8 * 1024 ** 3;
/** The largest contacts file accepted: the core refuses a vCard over 50 MB anyway. */
export const MAX_CONTACTS_UPLOAD_BYTES = 64 * 1024 ** 2;
/** A contacts file (vCard, CSV, iCalendar; some exporters write .txt) is uploaded as it is, for `contacts:import`. */
const CONTACTS_EXTENSIONS = ['.vcf', '.vcard', '.csv', '.ics', '.txt'];
/** Left free on the disk after an upload, so the database and its backups can still grow. */
const DISK_RESERVE_BYTES = 256 * 1024 ** 2;
/** Leftovers of a server that was killed rather than stopped. */
const STALE_MS = 24 * 60 * 60 * 1000;
const MAX_PARALLEL = 2;
/** A zip starts with a local file header, or is empty (end of central directory only). */
const ZIP_MAGIC = [Buffer.from('PK\u0003\u0004'), Buffer.from('PK\u0005\u0006')];

export interface UploadsOptions {
  /** Where the copies go; asked for once, at the first upload. */
  root(): Promise<string>;
  maxBytes?: number;
}

export interface Uploads {
  /** Handles an authorised `POST /upload?name=<file name>` whose body is the file. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  /** Deletes the copy at `path` if this server made it (its import is done). */
  release(path: string): Promise<void>;
  /** Deletes every copy this server made. */
  closeAll(): Promise<void>;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly result: IpcResult<never>,
  ) {
    super(result.ok ? '' : result.error.message);
  }
}

function send(res: ServerResponse, status: number, body: IpcResult<unknown>, close = false): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

const refuse = (status: number, code: Parameters<typeof fail>[0], message: string) => new Refusal(status, fail(code, message));

export type UploadKind = 'zip' | 'contacts';

/** The name as given, reduced to one safe file name that ends in `.zip` or a contacts file's extension, and which of the two it is. */
export function uploadName(raw: string | null): { name: string; kind: UploadKind } {
  const last = (raw ?? '').split(/[\\/]/).at(-1) ?? '';
  const clean = last
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(-120);
  if (!clean) return { name: 'archive.zip', kind: 'zip' };
  const lower = clean.toLowerCase();
  if (lower.endsWith('.zip')) return { name: clean, kind: 'zip' };
  if (CONTACTS_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { name: clean, kind: 'contacts' };
  throw refuse(415, 'INVALID_INPUT', 'Only a .zip archive or a contacts file (.vcf, .csv, .ics, .txt) can be uploaded; for an extracted folder, paste its path instead.');
}

const tooLarge = (kind: UploadKind, maxBytes: number) =>
  refuse(413, 'INVALID_INPUT', kind === 'zip' ? `The archive is larger than ${maxBytes / 1024 ** 3} GB, the most Rapport accepts.` : `The file is larger than ${Math.round(maxBytes / 1024 ** 2)} MB, the most Rapport accepts for contacts.`);

/** Counts bytes against the cap and checks the first four are a zip's (a contacts file is text the core reads and checks). */
function guard(maxBytes: number, kind: UploadKind): Transform {
  let seen = 0;
  let head = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) return done(tooLarge(kind, maxBytes));
      if (kind === 'zip' && head.length < 4) {
        head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
        if (head.length === 4 && !ZIP_MAGIC.some((m) => m.equals(head))) return done(refuse(415, 'INVALID_INPUT', 'That file is not a .zip archive.'));
      }
      done(null, chunk);
    },
    flush(done) {
      if (kind === 'contacts') done(seen === 0 ? refuse(415, 'INVALID_INPUT', 'That file is empty.') : null);
      else done(seen < 4 ? refuse(415, 'INVALID_INPUT', 'That file is empty, not a .zip archive.') : null);
    },
  });
}

async function removeStale(root: string, now: number): Promise<void> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(root, entry.name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

export function createUploads(options: UploadsOptions): Uploads {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const made = new Set<string>();
  let root: Promise<string> | null = null;
  let inFlight = 0;

  const ensureRoot = () =>
    (root ??= options.root().then(async (dir) => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await removeStale(dir, Date.now());
      return dir;
    }));

  async function receive(req: IncomingMessage, url: URL): Promise<{ path: string; name: string; bytes: number }> {
    const { name, kind } = uploadName(url.searchParams.get('name'));
    const cap = kind === 'zip' ? maxBytes : Math.min(maxBytes, MAX_CONTACTS_UPLOAD_BYTES);
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (declared > cap) throw tooLarge(kind, cap);
    const dir = await ensureRoot();
    if (Number.isFinite(declared)) {
      const disk = await statfs(dir).catch(() => null);
      if (disk && disk.bavail * disk.bsize < declared + DISK_RESERVE_BYTES) throw refuse(507, 'INVALID_INPUT', 'There is not enough free disk space for this archive.');
    }
    const folder = join(dir, randomBytes(12).toString('hex'));
    await mkdir(folder, { mode: 0o700 });
    made.add(folder);
    const path = join(folder, name);
    // Not pipeline(req, …): on a refusal it would destroy the request's socket, and the answer
    // saying why would never reach the page.
    const sink = guard(cap, kind);
    const written = pipeline(sink, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    const interrupted = () => {
      if (!req.complete) sink.destroy(refuse(400, 'INVALID_INPUT', 'The upload was interrupted; nothing was kept.'));
    };
    req.once('close', interrupted);
    req.once('error', interrupted);
    req.pipe(sink);
    try {
      await written;
    } catch (error) {
      req.unpipe(sink);
      made.delete(folder);
      await rm(folder, { recursive: true, force: true });
      throw error instanceof Refusal ? error : refuse(500, 'INTERNAL', `The upload could not be stored: ${(error as Error).message}`);
    } finally {
      req.off('close', interrupted);
      req.off('error', interrupted);
    }
    return { path, name, bytes: (await stat(path)).size };
  }

  return {
    async handle(req, res, url) {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      if (inFlight >= MAX_PARALLEL) {
        send(res, 429, fail('BUSY', 'Another upload is still running; wait for it to finish.'), true);
        req.resume();
        return;
      }
      inFlight++;
      try {
        send(res, 200, ok(await receive(req, url)));
      } catch (error) {
        const refusal = error instanceof Refusal ? error : refuse(500, 'INTERNAL', `The upload could not be stored: ${(error as Error).message}`);
        // Connection: close, and the rest of the body read and dropped: destroying the socket
        // now would reset the connection before the answer reached the page.
        send(res, refusal.status, refusal.result, true);
        req.resume();
      } finally {
        inFlight--;
      }
    },

    async release(path) {
      const folder = dirname(path);
      if (!made.has(folder) || !path.startsWith(folder + sep)) return;
      made.delete(folder);
      await rm(folder, { recursive: true, force: true });
    },

    async closeAll() {
      const folders = [...made];
      made.clear();
      await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }).catch(() => undefined)));
    },
  };
}
