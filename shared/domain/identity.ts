import { z } from 'zod';
import { Id } from './common';
import { IDENTITY_KINDS, normaliseIdentity } from '../vocabulary/identity';

export { IDENTITY_KINDS, type NormalisedIdentity, normaliseIdentity } from '../vocabulary/identity';
export const IdentityKind = z.enum(IDENTITY_KINDS);
export type IdentityKind = z.infer<typeof IdentityKind>;

/** An identity as a client sends it; the value is normalised during validation. */
export const IdentityInput = z
  .strictObject({
    kind: IdentityKind,
    value: z.string().max(500),
    label: z.string().trim().max(100).nullable().optional(),
    /** The stable numeric X account id, known from archives; kept apart from the changeable handle. */
    xAccountId: z.string().regex(/^\d{1,20}$/, { message: 'must be a numeric X account id' }).nullable().optional(),
    primary: z.boolean().optional(),
  })
  .transform((input, ctx) => {
    const normalised = normaliseIdentity(input.kind, input.value);
    if ('error' in normalised) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${input.value.slice(0, 80)}" ${normalised.error}` });
      return z.NEVER;
    }
    return {
      kind: input.kind,
      value: normalised.value,
      display: normalised.display,
      label: input.label || null,
      xAccountId: input.kind === 'x' ? (input.xAccountId ?? null) : null,
      primary: input.primary ?? false,
    };
  });
export type IdentityInput = z.output<typeof IdentityInput>;

export const Identity = z.object({
  id: Id,
  personId: Id,
  kind: IdentityKind,
  value: z.string(),
  display: z.string(),
  label: z.string().nullable(),
  xAccountId: z.string().nullable(),
  primary: z.boolean(),
});
export type Identity = z.infer<typeof Identity>;
