import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../vocabulary/people';

export const Id = z.uuid({ message: 'must be an id (UUID)' });
export type Id = z.infer<typeof Id>;

/** Timestamps cross the contract as ISO-8601 UTC strings. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

export { MAX_PAGE_SIZE } from '../vocabulary/people';

/** Every list request is keyset-paged with a capped limit. */
export const PageQuery = z.strictObject({
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(2000).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass back as `cursor` to get the next page; null at the end. */
    nextCursor: z.string().nullable(),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Optional free text: trimmed, empty becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
}

export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });
}

/** The fields an update may change, each optional; at least one must be present. */
export function patchOf<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape).refine((patch) => Object.keys(patch).length > 0, { message: 'patch must change at least one field' });
}

/** An exact or approximate calendar date: `2026`, `2026-11` or `2026-11-23`. */
export const ApproxDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine((s) => s.length < 10 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real date',
  });

/** A short reference to another record, enough to show and link it. */
export const Ref = z.object({ id: Id, name: z.string() });
export type Ref = z.infer<typeof Ref>;

/** A list of names (interests, tags): trimmed, 1–80 characters each, at most 50. */
export const NameList = z.array(requiredText(80)).max(50);
