import type { z } from 'zod';
import { type Channel, isChannel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { AppError, type IpcResult, fail } from '../../shared/ipc/result';
import type { CoreContext, HandlerMap } from './handlers/types';

export interface DispatchOptions {
  /** Check every response against its schema (tests and development; not the hot path in production). */
  validateResponses?: boolean;
  log?: (line: string) => void;
}

/** Slow-call threshold, as Signal logs queries over 40 ms. */
const SLOW_MS = 40;

export function describeIssues(issues: z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(request)', message: i.message }));
}

function summarise(issues: { path: string; message: string }[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return first ? `invalid request: ${first.path} ${first.message}${more}` : 'invalid request';
}

/** Maps anything thrown by a handler onto the envelope; unknown errors become INTERNAL. */
export function toFailure(error: unknown): Extract<IpcResult<never>, { ok: false }> {
  if (error instanceof AppError) return fail(error.code, error.message, error.details);
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return fail('BUSY', 'The database is busy; try again in a moment.');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return fail('CONFLICT', (error as Error).message);
  }
  return fail('INTERNAL', error instanceof Error ? error.message : String(error));
}

/**
 * The one place requests enter the core: unknown channels and payloads that fail the
 * contract are refused with INVALID_INPUT before any handler (or SQL) runs.
 */
export function createDispatcher(handlers: HandlerMap, options: DispatchOptions = {}) {
  return async function dispatch(channel: string, payload: unknown, ctx: CoreContext): Promise<IpcResult<unknown>> {
    if (!isChannel(channel)) return fail('INVALID_INPUT', `unknown channel ${JSON.stringify(channel.slice(0, 100))}`);
    let parsed: ReturnType<(typeof contract)[Channel]['request']['safeParse']>;
    try {
      parsed = contract[channel].request.safeParse(payload);
    } catch (error) {
      // A throwing transform or getter must still produce an envelope, never a rejected promise.
      return fail('INVALID_INPUT', `invalid request: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      return fail('INVALID_INPUT', summarise(issues), issues);
    }
    const started = performance.now();
    try {
      const handler = handlers[channel] as (req: unknown, ctx: CoreContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.validateResponses) contract[channel as Channel].response.parse(value);
      return { ok: true, value };
    } catch (error) {
      const failure = toFailure(error);
      if (failure.error.code === 'INTERNAL') options.log?.(`${channel} failed: ${(error as Error)?.stack ?? String(error)}`);
      return failure;
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_MS) options.log?.(`slow: ${channel} took ${ms.toFixed(1)} ms`);
    }
  };
}
