import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/limits';
import { type IpcResult, fail } from '../../shared/ipc/result';
import type { CoreClient } from '../core/host';
import { SECURITY_HEADERS, serveStatic } from './static';
import { createUploads } from './upload';

export interface WebServerOptions {
  core: CoreClient;
  /** The built renderer (out/renderer). */
  staticDir: string;
  token?: string;
  port?: number;
  /** Where uploaded archives are kept until imported: `uploads` beside the database by default. */
  uploadDir?: string;
  /** The largest upload accepted (tests lower it). */
  maxUploadBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const newToken = () => randomBytes(24).toString('base64url');

function sendJson(res: ServerResponse, status: number, body: IpcResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_REQUEST_BYTES) {
      resolve('too-large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        // Keep reading and dropping the rest: destroying the socket here reset the connection
        // before the 413 could reach a client that sent a chunked body.
        chunks.length = 0;
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the renderer and the contract over loopback HTTP, guarded by a per-run token.
 * Binds 127.0.0.1 only and checks the Host header so a web page elsewhere cannot reach it by
 * DNS rebinding.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const expected = Buffer.from(`Bearer ${token}`);
  const sse = new Set<ServerResponse>();
  let port = 0;

  const authorised = (req: IncomingMessage, url: URL): boolean => {
    const header = req.headers.authorization ?? (url.searchParams.get('token') ? `Bearer ${url.searchParams.get('token')}` : '');
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const hostAllowed = (req: IncomingMessage) => [`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? '');

  const uploads = createUploads({
    maxBytes: options.maxUploadBytes,
    async root() {
      if (options.uploadDir) return options.uploadDir;
      const info = await options.core.call('app:info', {});
      const dbPath = info.ok ? (info.value as { dbPath?: unknown }).dbPath : null;
      return typeof dbPath === 'string' ? join(dirname(dbPath), 'uploads') : join(tmpdir(), 'rapport-uploads');
    },
  });

  /** A finished import has used its uploaded copy up; a preview or a failed run may go again. */
  function afterCall(channel: string, payload: unknown, result: IpcResult<unknown>): void {
    if ((channel !== 'x:import' && channel !== 'contacts:import') || !result.ok) return;
    const req = payload as { path?: unknown; dryRun?: unknown } | null;
    if (typeof req?.path === 'string' && req.dryRun !== true) void uploads.release(req.path);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 413, fail('INVALID_INPUT', `request body is larger than ${MAX_REQUEST_BYTES} bytes`));
      return;
    }
    let payload: unknown;
    if (body.trim() !== '') {
      try {
        payload = JSON.parse(body);
      } catch {
        sendJson(res, 400, fail('INVALID_INPUT', 'request body is not valid JSON'));
        return;
      }
    }
    const result = await options.core.call(channel, payload);
    sendJson(res, 200, result);
    afterCall(channel, payload, result);
  }

  function handleEvents(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sse.add(res);
    res.on('close', () => sse.delete(res));
  }

  const unsubscribe = options.core.on((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    sse.forEach((res) => res.write(frame));
  });
  const heartbeat = setInterval(() => sse.forEach((res) => res.write(': ping\n\n')), 25_000);
  heartbeat.unref();

  const server: Server = createServer((req, res) => {
    // A throw in this listener would take the whole process down (`GET //` did), so parse defensively.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      sendJson(res, 400, fail('INVALID_INPUT', 'malformed request target'));
      return;
    }
    if (!hostAllowed(req)) {
      sendJson(res, 403, fail('FORBIDDEN', 'unexpected Host header'));
      return;
    }
    const isApi = url.pathname.startsWith('/rpc/') || url.pathname === '/events' || url.pathname === '/upload';
    if (isApi && !authorised(req, url)) {
      sendJson(res, 401, fail('FORBIDDEN', 'missing or wrong token'));
      return;
    }
    if (url.pathname.startsWith('/rpc/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(5));
      } catch {
        sendJson(res, 400, fail('INVALID_INPUT', 'malformed channel name'));
        return;
      }
      handleRpc(req, res, channel).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', String(error)));
      });
    } else if (url.pathname === '/events') handleEvents(res);
    else if (url.pathname === '/upload') {
      uploads.handle(req, res, url).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', String(error)));
      });
    }
    else serveStatic(options.staticDir, req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      clearInterval(heartbeat);
      unsubscribe();
      sse.forEach((res) => res.end());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await uploads.closeAll();
    },
  };
}
