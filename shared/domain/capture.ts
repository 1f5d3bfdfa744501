import { z } from 'zod';
import { Id, Ref } from './common';
import { IdentityKind } from './identity';
import { Person } from './person';

export const CaptureLine = z.strictObject({ line: z.string().trim().min(1, { message: 'type a line about someone' }).max(2000) });

export const CapturedFields = z.object({
  displayName: z.string().nullable(),
  identities: z.array(z.object({ kind: IdentityKind, value: z.string() })),
  event: z.string().nullable(),
  interests: z.array(z.string()),
  tags: z.array(z.string()),
  organisation: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  introducedBy: z.string().nullable(),
  when: z.string().nullable(),
  note: z.string().nullable(),
});

/** What a capture line would do, before anything is written. */
export const CapturePreview = z.object({
  parsed: CapturedFields,
  /** People it may be: an identity match first, then name matches. */
  people: z.array(Ref.extend({ reason: z.enum(['identity', 'name']) })).max(5),
  /** The event matched by name, if any; otherwise `parsed.event` would be created. */
  event: Ref.nullable(),
  introducedBy: Ref.nullable(),
  /** The resolved "met on" date (YYYY-MM-DD) for `when`, against the core's clock. */
  metOn: z.string().nullable(),
});

export const CaptureCommit = CaptureLine.extend({
  /** Add to this existing person instead of creating one (from `people` in the preview). */
  personId: Id.nullable().optional(),
  /** Use this event; null means no event; absent means match by name or create. */
  eventId: Id.nullable().optional(),
});
export const CaptureResult = z.object({ person: Person, created: z.boolean(), event: Ref.nullable(), eventCreated: z.boolean() });
