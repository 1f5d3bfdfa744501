import { AppError, type IpcResult } from '../../../shared/ipc/result';
import { openEventStream } from './sse';
import { type UploadOptions, uploadFile } from './upload';

/**
 * How the renderer reaches the core. Chosen once at start; nothing else in the renderer
 * knows whether it runs in Electron (preload bridge) or in a browser (loopback HTTP).
 */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  /** Resolves with the raw IpcResult envelope; rejects only when the core cannot be reached. */
  invoke(channel: string, payload: unknown, signal?: AbortSignal): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  /**
   * Browser mode only: the page cannot name a file on disk, so it sends the file to the server,
   * which keeps it in a temporary folder and answers with the path there.
   */
  upload?(file: Blob, options: UploadOptions): Promise<string>;
}

export type PreloadBridge = NonNullable<Window['api']>;

export type TransportStart = { kind: 'ready'; transport: Transport } | { kind: 'no-token' };

const TOKEN_KEY = 'rapport.token';

export function ipcTransport(api: PreloadBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (channel, payload) => api.invoke(channel, payload),
    on: (event, cb) => api.on(event, cb),
  };
}

export interface HttpTransportOptions {
  token: string;
  /** Origin of the browser-mode server; the page's own origin by default. */
  baseUrl?: string;
  fetchImpl?: typeof fetch;
}

export function httpTransport(options: HttpTransportOptions): Transport {
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const base = options.baseUrl ?? '';
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stopStream: (() => void) | null = null;

  const dispatch = (event: string, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload));

  function ensureStream(): void {
    if (stopStream) return;
    stopStream = openEventStream({
      url: `${base}/events`,
      token: options.token,
      fetchImpl,
      onFrame(frame) {
        let payload: unknown;
        try {
          payload = JSON.parse(frame.data);
        } catch {
          return; // a frame we cannot read is not worth breaking the stream for
        }
        dispatch(frame.event, payload);
      },
      // Events sent while the stream was down are lost; tell every screen to re-query.
      onOpen: (reconnected) => {
        if (reconnected) dispatch('changed', { entity: 'all', ids: [] });
      },
    });
  }

  return {
    kind: 'http',
    async invoke(channel, payload, signal) {
      const early = await takePrefetch(channel, payload);
      if (early) return early;
      let res: Response;
      try {
        res = await fetchImpl(`${base}/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
          body: payload === undefined ? undefined : JSON.stringify(payload),
          signal,
          cache: 'no-store',
        });
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') throw error;
        throw new AppError('INTERNAL', 'Cannot reach Rapport. Is `npm run web` still running?');
      }
      if (res.status === 401) {
        throw new AppError('FORBIDDEN', 'This page’s access token was refused. Open the link printed by `npm run web` again.');
      }
      try {
        return await res.json();
      } catch {
        throw new AppError('INTERNAL', `${channel} answered HTTP ${res.status} without a result`);
      }
    },
    upload: (file, uploadOptions) => uploadFile(`${base}/upload`, options.token, file, uploadOptions),
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(cb);
      ensureStream();
      return () => {
        set.delete(cb);
        const empty = [...listeners.values()].every((s) => s.size === 0);
        if (empty && stopStream) {
          stopStream();
          stopStream = null;
        }
      };
    },
  };
}

function safeStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

declare global {
  interface Window {
    /** The request public/prefetch.js started before the app's code loaded. */
    __rapportPrefetch?: { channel: string; payload: string; answer: Promise<IpcResult<unknown> | null> };
  }
}

/** The early answer for this exact request, once; null when there is none (or it failed). */
async function takePrefetch(channel: string, payload: unknown): Promise<IpcResult<unknown> | null> {
  const early = window.__rapportPrefetch;
  if (!early || early.channel !== channel || early.payload !== JSON.stringify(payload)) return null;
  window.__rapportPrefetch = undefined;
  return early.answer;
}

/**
 * Takes `#token=…` from the address on first load, keeps it for this tab in sessionStorage
 * (so a reload still works) and swaps the hash for `#/` so the router starts clean and the
 * token does not linger in the address bar or history.
 */
export function takeToken(): string | null {
  const storage = safeStorage();
  const match = /^#(?:.*&)?token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    storage?.setItem(TOKEN_KEY, token);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}#/`);
    return token;
  }
  return storage?.getItem(TOKEN_KEY) ?? null;
}

let current: Transport | null = null;

/** Picks the preload bridge when present, else HTTP with the page's token. */
export function startTransport(): TransportStart {
  if (window.api) current = ipcTransport(window.api);
  else {
    const token = takeToken();
    if (!token) return { kind: 'no-token' };
    current = httpTransport({ token });
  }
  return { kind: 'ready', transport: current };
}

export function getTransport(): Transport {
  if (!current) throw new AppError('INTERNAL', 'The renderer has no connection to the core yet.');
  return current;
}

/** Tests swap the transport; the app itself calls startTransport once. */
export function setTransport(transport: Transport | null): void {
  current = transport;
}
