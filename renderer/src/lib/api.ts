import type { Channel } from '../../../shared/ipc/channels';
import type { Req, Res } from '../../../shared/ipc/contract';
import { AppError, isIpcResult } from '../../../shared/ipc/result';
import { getTransport } from './transport';

/** Long enough for a busy disk, short enough that a hung core shows up as an error, not a spinner. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface InvokeOptions {
  timeoutMs?: number;
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
}

/**
 * Calls one contract channel and unwraps the envelope: resolves with the value or throws
 * AppError with the core's code, message and details. The UI branches on `code`.
 */
export async function invoke<C extends Channel>(channel: C, req: Req<C>, options: InvokeOptions = {}): Promise<Res<C>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AppError('BUSY', `Rapport did not answer within ${Math.round(timeoutMs / 1000)} s (${channel}); try again.`));
    }, timeoutMs);
  });
  try {
    const raw = await Promise.race([getTransport().invoke(channel, req, controller.signal), timeout]);
    if (!isIpcResult(raw)) throw new AppError('INTERNAL', `${channel} returned something that is not a result`);
    if (!raw.ok) throw new AppError(raw.error.code, raw.error.message, raw.error.details);
    return raw.value as Res<C>;
  } catch (error) {
    throw asAppError(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Plain-data view of an error for the store: the UI needs the code and message, not the instance. */
export interface ErrorInfo {
  code: AppError['code'];
  message: string;
  details?: unknown;
}

export function toErrorInfo(error: unknown): ErrorInfo {
  const e = asAppError(error);
  return e.details === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, details: e.details };
}
