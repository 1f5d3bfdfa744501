/**
 * A small seeded PRNG (mulberry32) with the distributions the seed needs. Same seed, same
 * sequence, on every platform: Math.random cannot be seeded.
 */
export function createRandom(seed: number) {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    /** Integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Pareto-distributed weight (heavy tail) with shape `alpha`, at least 1. */
    pareto: (alpha: number) => Math.pow(1 - next(), -1 / alpha),
    /** Key from a weighted table. */
    weighted<K extends string>(table: readonly (readonly [K, number])[]): K {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [key, w] of table) if ((r -= w) < 0) return key;
      return table[table.length - 1]![0];
    },
  };
  return random;
}
export type Random = ReturnType<typeof createRandom>;

/**
 * Draws indices in proportion to fixed weights in O(log n) per draw (cumulative sums and
 * binary search): how a million touchpoints pick among 50,000 people.
 */
export function weightedSampler(weights: number[], random: Random): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cumulative[i] = total += w));
  return () => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * Picks from `items` with probability proportional to 1/(rank+1)^s: a few popular ones
 * (everyone likes "travel"), a long tail of rare ones ("Burn Notice").
 */
export function zipfPicker<T>(items: readonly T[], random: Random, s = 1.1) {
  const draw = weightedSampler(items.map((_, i) => 1 / Math.pow(i + 1, s)), random);
  return {
    one: (): T => items[draw()]!,
    /** Up to `k` distinct items. */
    some(k: number): T[] {
      const chosen = new Set<number>();
      for (let guard = 0; chosen.size < Math.min(k, items.length) && guard < k * 20; guard++) chosen.add(draw());
      return [...chosen].map((i) => items[i]!);
    },
  };
}
