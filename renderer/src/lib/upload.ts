import { AppError, isIpcResult } from '../../../shared/ipc/result';

export interface UploadOptions {
  /** The file's own name; the server keeps it, so the import history shows what the user chose. */
  name: string;
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress?(sent: number, total: number): void;
  signal?: AbortSignal;
}

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

/**
 * Sends one file as the raw request body to the browser-mode server's `POST /upload` with the
 * page's token, and resolves with the path the server stored it under. XMLHttpRequest, not
 * fetch: fetch reports no upload progress, and an archive can be gigabytes.
 */
export function uploadFile(url: string, token: string, file: Blob, options: UploadOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => options.signal?.removeEventListener('abort', onAbort);

    xhr.open('POST', `${url}?name=${encodeURIComponent(options.name)}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      settle();
      if (xhr.status === 401) {
        reject(new AppError('FORBIDDEN', 'This page’s access token was refused. Open the link printed by `npm run web` again.'));
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new AppError('INTERNAL', `The upload answered HTTP ${xhr.status} without a result`));
        return;
      }
      if (!isIpcResult(body)) reject(new AppError('INTERNAL', 'The upload answered something that is not a result'));
      else if (!body.ok) reject(new AppError(body.error.code, body.error.message, body.error.details));
      else {
        const path = (body.value as { path?: unknown } | null)?.path;
        if (typeof path === 'string') resolve(path);
        else reject(new AppError('INTERNAL', 'The upload answered without a path'));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new AppError('INTERNAL', 'Cannot reach Rapport. Is `npm run web` still running?'));
    };
    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    xhr.send(file);
  });
}
