import type { WorkerSpec } from './host';

/**
 * The core worker when running from the TypeScript sources (CLI, browser mode, tests): a
 * small JS entry registers tsx inside the worker thread. The desktop app instead passes its
 * bundled worker.
 */
export function sourceWorkerSpec(): WorkerSpec {
  return { url: new URL('./sourceWorkerBoot.mjs', import.meta.url) };
}
