import { AppError } from '../../../shared/ipc/result';

/**
 * Running jobs by id, so `jobs:cancel` can stop one: the job checks its signal between
 * steps (records, files) and stops before it writes anything.
 */
export function createJobs() {
  const running = new Map<string, AbortController>();
  let next = 1;
  return {
    start(job: string | undefined): { id: string; signal: AbortSignal; done(): void } {
      const id = job ?? `job-${next++}`;
      if (running.has(id)) throw new AppError('CONFLICT', `Job ${id} is already running`, { job: id });
      const controller = new AbortController();
      running.set(id, controller);
      return { id, signal: controller.signal, done: () => running.delete(id) };
    },
    cancel(job: string): boolean {
      const controller = running.get(job);
      if (!controller) return false;
      controller.abort();
      return true;
    },
  };
}

export type Jobs = ReturnType<typeof createJobs>;

/** A cancelled job as the contract says it: nothing was written. */
export function cancelled(job: string): AppError {
  return new AppError('CANCELLED', `Cancelled: ${job} stopped before writing anything`, { job });
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
