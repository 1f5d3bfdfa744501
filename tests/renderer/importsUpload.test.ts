import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport, setTransport } from '../../renderer/src/lib/transport';
import { uploadArchive } from '../../renderer/src/lib/archive';
import { AppError } from '../../shared/ipc/result';

/** Records what the upload asked of XMLHttpRequest; a test answers with `respond` or `fail`. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const file = new File(['PK\u0003\u0004 rest'], 'twitter 2025.zip', { type: 'application/zip' });

function useHttp() {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  setTransport(httpTransport({ token: 'tok', fetchImpl: vi.fn() }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

describe('uploadArchive over HTTP', () => {
  it('posts the file as the body with the token and its name, reports progress, and answers the stored path', async () => {
    useHttp();
    const onProgress = vi.fn();
    const done = uploadArchive(file, { onProgress });
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/upload?name=twitter%202025.zip');
    expect(xhr.headers).toMatchObject({ Authorization: 'Bearer tok', 'Content-Type': 'application/octet-stream' });
    expect(xhr.body).toBe(file);
    xhr.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true });
    expect(onProgress).toHaveBeenCalledWith(5, 10);
    xhr.respond(200, { ok: true, value: { path: '/data/uploads/ab/twitter 2025.zip', name: 'twitter 2025.zip', bytes: 10 } });
    await expect(done).resolves.toBe('/data/uploads/ab/twitter 2025.zip');
  });

  it('turns a refusal into AppError with the server’s code and words, and a refused token into FORBIDDEN', async () => {
    useHttp();
    const tooLarge = uploadArchive(file);
    FakeXhr.last!.respond(413, { ok: false, error: { code: 'INVALID_INPUT', message: 'The archive is larger than 8 GB' } });
    await expect(tooLarge).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'The archive is larger than 8 GB' });

    const refused = uploadArchive(file);
    FakeXhr.last!.respond(401, { ok: false, error: { code: 'FORBIDDEN', message: 'missing or wrong token' } });
    await expect(refused).rejects.toBeInstanceOf(AppError);

    const unreachable = uploadArchive(file);
    FakeXhr.last!.onerror?.();
    await expect(unreachable).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/Cannot reach Rapport/) });
  });

  it('aborts the request when the signal fires', async () => {
    useHttp();
    const controller = new AbortController();
    const done = uploadArchive(file, { signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.last!.aborted).toBe(true);
  });

  it('is not offered over the preload bridge (the desktop app has dialogs instead)', async () => {
    setTransport({ kind: 'ipc', invoke: vi.fn(), on: vi.fn() });
    await expect(uploadArchive(file)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
