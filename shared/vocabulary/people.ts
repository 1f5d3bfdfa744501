// Words of the people domain without their schemas: the renderer imports these, so it does
// not evaluate zod and every schema at start (shared/domain re-exports them).

/** Default tiers and how often (days) the user wants to be in touch with each. */
export const CIRCLES = [
  { id: 'inner', name: 'Inner', cadenceDays: 14 },
  { id: 'close', name: 'Close', cadenceDays: 30 },
  { id: 'network', name: 'Network', cadenceDays: 90 },
  { id: 'keep_warm', name: 'Keep warm', cadenceDays: 180 },
  { id: 'dormant', name: 'Dormant', cadenceDays: 365 },
] as const;
export const CIRCLE_IDS = ['inner', 'close', 'network', 'keep_warm', 'dormant'] as const;
export type CircleId = (typeof CIRCLE_IDS)[number];
export const isCircleId = (value: unknown): value is CircleId => (CIRCLE_IDS as readonly unknown[]).includes(value);

export const RELATIONSHIP_KINDS = ['introduced_by', 'colleague', 'friend', 'family', 'partner'] as const;

/** Photos are stored in the database; keep them small (a resized JPEG is ~30–80 KB). */
export const MAX_PHOTO_BYTES = 256 * 1024;

/** Every list request is keyset-paged with a capped limit. */
export const MAX_PAGE_SIZE = 500;
