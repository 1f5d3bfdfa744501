// Timing primitives for `npm run bench`: warm-up, then many runs, percentiles.
import { cpus, totalmem } from 'node:os';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, runs: sorted.length };
}

/**
 * Runs `fn` for `warmup` rounds (JIT, page cache, prepared-statement caches), then times
 * `runs` rounds. Each round may cycle through several inputs (e.g. search prefixes) so the
 * percentiles describe the whole set, not one lucky query.
 */
export async function time(fn: (round: number) => unknown, runs: number, warmup = Math.min(20, runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

/** The machine a result was measured on, for the report. */
export function describeMachine() {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
}
