import { describe, expect, it, vi } from 'vitest';
import { invoke } from '../../renderer/src/lib/api';
import { parseSseFrames } from '../../renderer/src/lib/sse';
import { type Transport, httpTransport, setTransport, startTransport } from '../../renderer/src/lib/transport';
import { AppError } from '../../shared/ipc/result';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('transport choice', () => {
  it('takes the token from the address, keeps it for reloads and leaves #/ for the router', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    expect(startTransport()).toMatchObject({ kind: 'ready', transport: { kind: 'http' } });
    expect(window.location.hash).toBe('#/');
    expect(window.sessionStorage.getItem('rapport.token')).toBe('abc_DEF-123');

    window.history.replaceState(null, '', '/#/people');
    expect(startTransport().kind).toBe('ready');
    expect(window.location.hash).toBe('#/people');
  });

  it('reports a missing token in browser mode', () => {
    window.history.replaceState(null, '', '/#/people');
    expect(startTransport()).toEqual({ kind: 'no-token' });
  });

  it('prefers the preload bridge when it exists', () => {
    window.api = { invoke: vi.fn(), on: vi.fn() };
    expect(startTransport()).toMatchObject({ kind: 'ready', transport: { kind: 'ipc' } });
  });
});

describe('HTTP transport', () => {
  it('posts the payload with the bearer token and returns the envelope', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, { ok: true, value: { items: [], nextCursor: null } }));
    setTransport(httpTransport({ token: 'tok', fetchImpl }));
    await expect(invoke('people:list', { limit: 5 })).resolves.toEqual({ items: [], nextCursor: null });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/rpc/people%3Alist',
      expect.objectContaining({ method: 'POST', body: '{"limit":5}', headers: expect.objectContaining({ Authorization: 'Bearer tok' }) }),
    );
  });

  it('answers the home screen from the request public/prefetch.js started, once, for the same payload only', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, { ok: true, value: 'fresh' }));
    setTransport(httpTransport({ token: 'tok', fetchImpl }));
    const payload = { reconnectLimit: 5 };
    window.__rapportPrefetch = { channel: 'today:get', payload: JSON.stringify(payload), answer: Promise.resolve({ ok: true, value: 'early' }) };
    expect(await invoke('today:get', { reconnectLimit: 3 } as never)).toBe('fresh');
    expect(await invoke('today:get', payload as never)).toBe('early');
    expect(await invoke('today:get', payload as never)).toBe('fresh');
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    // A failed early request falls back to asking again.
    window.__rapportPrefetch = { channel: 'today:get', payload: JSON.stringify(payload), answer: Promise.resolve(null) };
    expect(await invoke('today:get', payload as never)).toBe('fresh');
  });

  it('turns a refused token into FORBIDDEN with a way out', async () => {
    setTransport(httpTransport({ token: 'old', fetchImpl: async () => jsonResponse(401, { ok: false, error: { code: 'FORBIDDEN', message: 'x' } }) }));
    await expect(invoke('app:info', {})).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/npm run web/) });
  });

  it('streams SSE frames to subscribers', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const enc = new TextEncoder();
        controller.enqueue(enc.encode(': connected\n\nevent: changed\ndata: {"entity":"person",'));
        controller.enqueue(enc.encode('"ids":["a"]}\n\n'));
      },
    });
    const fetchImpl = vi.fn(async () => new Response(body, { status: 200 }));
    const transport = httpTransport({ token: 't', fetchImpl });
    const seen: unknown[] = [];
    const stop = transport.on('changed', (p) => seen.push(p));
    await vi.waitFor(() => expect(seen).toEqual([{ entity: 'person', ids: ['a'] }]));
    expect(fetchImpl).toHaveBeenCalledWith('/events', expect.objectContaining({ headers: expect.objectContaining({ Authorization: 'Bearer t' }) }));
    stop();
  });
});

describe('parseSseFrames', () => {
  it('splits complete frames, joins data lines and keeps the unfinished tail', () => {
    const { frames, rest } = parseSseFrames('event: progress\r\ndata: {"a":1}\r\n\r\n: ping\n\ndata: x\ndata: y\n\nevent: chan');
    expect(frames).toEqual([
      { event: 'progress', data: '{"a":1}' },
      { event: 'message', data: 'x\ny' },
    ]);
    expect(rest).toBe('event: chan');
  });
});

describe('invoke', () => {
  it('throws AppError with the code, message and details of a failure', async () => {
    const transport: Transport = {
      kind: 'ipc',
      invoke: async () => ({ ok: false, error: { code: 'CONFLICT', message: '@ada already belongs to Ada', details: { kind: 'x' } } }),
      on: () => () => undefined,
    };
    setTransport(transport);
    const error = await invoke('people:get', { id: crypto.randomUUID() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'CONFLICT', message: '@ada already belongs to Ada', details: { kind: 'x' } });
  });

  it('gives up after the timeout instead of hanging', async () => {
    vi.useFakeTimers();
    setTransport({ kind: 'ipc', invoke: () => new Promise(() => undefined), on: () => () => undefined });
    const pending = invoke('app:info', {}, { timeoutMs: 1_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await pending).toMatchObject({ code: 'BUSY', message: expect.stringMatching(/did not answer within 1 s/) });
  });
});
