import type { EventName } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';
import type { CoreOptions } from './core';

/** Options that can cross into the worker (no functions): a fixed clock is a number. */
export type WorkerCoreOptions = Omit<CoreOptions, 'now' | 'log'> & { fixedNow?: number };

export type ToWorker =
  | { type: 'open'; options: WorkerCoreOptions }
  | { type: 'call'; id: number; channel: string; payload: unknown }
  | { type: 'close'; id: number };

export type FromWorker =
  | { type: 'opened'; result: IpcResult<null> }
  | { type: 'result'; id: number; result: IpcResult<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'log'; line: string }
  | { type: 'closed'; id: number };
