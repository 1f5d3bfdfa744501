import { z } from 'zod';
import { ApproxDate, Id, IsoDateTime, NameList, PageQuery, Ref, optionalText, pageOf, patchOf, requiredText } from './common';
import { Identity, IdentityInput } from './identity';
import { CIRCLE_IDS, MAX_PHOTO_BYTES, RELATIONSHIP_KINDS } from '../vocabulary/people';

export { CIRCLES, MAX_PHOTO_BYTES, RELATIONSHIP_KINDS } from '../vocabulary/people';
export const CircleId = z.enum(CIRCLE_IDS);
export type CircleId = z.infer<typeof CircleId>;

/** A circle as stored: its cadence can be edited; `people` counts live people in it. */
/** Days between touches: a whole number from 1 to 3650, with messages a person can read. */
export const CadenceDays = z
  .number({ message: 'must be a number of days' })
  .int({ message: 'must be a whole number of days' })
  .min(1, { message: 'must be at least 1 day' })
  .max(3650, { message: 'must be at most 3650 days (ten years)' });

export const Circle = z.object({ id: CircleId, name: z.string(), cadenceDays: z.number().int(), people: z.number().int() });
export type Circle = z.infer<typeof Circle>;
export const CircleUpdate = z.strictObject({ id: CircleId, cadenceDays: CadenceDays });

export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

export const MetMode = z.enum(['online', 'offline']);
export type MetMode = z.infer<typeof MetMode>;

export const MAX_NOTES = 20_000;
export const MAX_IDENTITIES_PER_REQUEST = 50;

/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (vCard style). */
export const Birthday = z
  .string()
  .regex(/^(\d{4}-|--)(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be YYYY-MM-DD or --MM-DD' })
  // A real day: 2001-02-29 is not, --02-29 is (checked against a leap year).
  .refine((s) => isRealDay(s.startsWith('--') ? 2000 : Number(s.slice(0, 4)), Number(s.slice(-5, -3)), Number(s.slice(-2))), {
    message: 'is not a real date',
  });

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const HowWeMet = z.object({
  on: z.string().nullable(),
  event: Ref.nullable(),
  introducedBy: Ref.nullable(),
  mode: MetMode.nullable(),
  note: z.string().nullable(),
});
export type HowWeMet = z.infer<typeof HowWeMet>;

export const Position = z.object({
  id: Id,
  organisation: Ref,
  title: z.string().nullable(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  /** No end date: the job they have now. */
  current: z.boolean(),
});
export type Position = z.infer<typeof Position>;

export const Relationship = z.object({
  id: Id,
  kind: RelationshipKind,
  /** The other person; for `introduced_by` stored on A pointing at B it reads "A was introduced by B". */
  other: Ref,
  /** `outgoing` when this person is the subject ("was introduced by", "is a colleague of"). */
  direction: z.enum(['outgoing', 'incoming']),
  note: z.string().nullable(),
});
export type Relationship = z.infer<typeof Relationship>;

export const Person = z.object({
  id: Id,
  displayName: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  nickname: z.string().nullable(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  birthday: z.string().nullable(),
  circle: CircleId.nullable(),
  /** Days between touches the user wants; overrides the circle's rhythm when set. */
  cadenceDays: z.number().int().nullable(),
  hasPhoto: z.boolean(),
  howWeMet: HowWeMet,
  identities: z.array(Identity),
  /** Current positions first, then by start date, newest first. */
  positions: z.array(Position),
  interests: z.array(Ref),
  tags: z.array(Ref),
  relationships: z.array(Relationship),
  lastTouchAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Set when archived; archived people leave lists but keep their history. */
  archivedAt: IsoDateTime.nullable(),
});
export type Person = z.infer<typeof Person>;

/** One row of the people list: enough to paint a row, nothing more (lists stay small over IPC). */
export const PersonSummary = z.object({
  id: Id,
  displayName: z.string(),
  circle: CircleId.nullable(),
  /** Current job ("CTO at Acme") or else the primary identity. */
  headline: z.string().nullable(),
  lastTouchAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  archivedAt: IsoDateTime.nullable(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

const HowWeMetInput = z.strictObject({
  on: ApproxDate.nullable().optional(),
  eventId: Id.nullable().optional(),
  introducedById: Id.nullable().optional(),
  mode: MetMode.nullable().optional(),
  note: optionalText(2000),
});

const personFields = {
  givenName: optionalText(200),
  familyName: optionalText(200),
  nickname: optionalText(200),
  location: optionalText(300),
  notes: optionalText(MAX_NOTES),
  birthday: Birthday.nullable().optional(),
  circle: CircleId.nullable().optional(),
  cadenceDays: CadenceDays.nullable().optional(),
  howWeMet: HowWeMetInput.optional(),
  /** Interest names; new ones are created, existing ones (matched case- and accent-insensitively) reused. */
  interests: NameList.optional(),
  tags: NameList.optional(),
};

/** A job to record with a new person: the organisation is matched by name or created. */
export const PositionInput = z.strictObject({
  organisation: requiredText(200),
  title: optionalText(200),
  startOn: ApproxDate.nullable().optional(),
  endOn: ApproxDate.nullable().optional(),
});

export const PersonCreate = z.strictObject({
  displayName: requiredText(200),
  ...personFields,
  identities: z.array(IdentityInput).max(MAX_IDENTITIES_PER_REQUEST).default([]),
  position: PositionInput.optional(),
});
export type PersonCreate = z.input<typeof PersonCreate>;
export type PersonCreateParsed = z.output<typeof PersonCreate>;

/** Changes only the fields present; `interests` and `tags` replace the whole set. */
export const PersonPatch = patchOf({ displayName: requiredText(200).optional(), ...personFields });

export const PersonUpdate = z.strictObject({ id: Id, patch: PersonPatch });
export type PersonUpdate = z.input<typeof PersonUpdate>;
export type PersonUpdateParsed = z.output<typeof PersonUpdate>;

export const PersonSort = z.enum(['name', 'created', 'last_touch']);

export const PeopleListQuery = PageQuery.extend({
  /** Search-as-you-type text; prefix-matched over names, identities, organisations, interests, tags and notes. */
  query: z.string().max(200).optional(),
  /** name: A–Z (accent-folded); created: newest first; last_touch: most recent first, never-touched last. */
  sort: PersonSort.default('name'),
  includeArchived: z.boolean().default(false),
  circle: CircleId.optional(),
  tagId: Id.optional(),
  /** "Who shares interest X". */
  interestId: Id.optional(),
  organisationId: Id.optional(),
  metAtEventId: Id.optional(),
  /** online: only online touchpoints so far; offline: only offline (or met at an event); both: some of each. */
  mode: z.enum(['online', 'offline', 'both']).optional(),
  /** "From the last import": people a contacts import created or updated. */
  importId: Id.optional(),
});
export type PeopleListQuery = z.input<typeof PeopleListQuery>;
export type PeopleListQueryParsed = z.output<typeof PeopleListQuery>;

export const PeoplePage = pageOf(PersonSummary);
export type PeoplePage = z.infer<typeof PeoplePage>;

export const PersonRef = z.strictObject({ id: Id });

export const PhotoMime = z.enum(['image/jpeg', 'image/png', 'image/webp']);
export const Photo = z.object({ mime: PhotoMime, base64: z.string() });
export const PhotoSet = z.strictObject({
  id: Id,
  photo: z
    .strictObject({
      mime: PhotoMime,
      base64: z
        .string()
        .max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4, { message: `must be at most ${MAX_PHOTO_BYTES / 1024} KB` })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' }),
    })
    .nullable(),
});

export const IdentityAdd = z.strictObject({ personId: Id, identity: IdentityInput });
export const IdentityUpdate = z.strictObject({
  id: Id,
  patch: patchOf({
    label: z.string().trim().max(100).nullable().optional(),
    primary: z.literal(true).optional(),
    xAccountId: z.string().regex(/^\d{1,20}$/).nullable().optional(),
  }),
});

export const PositionAdd = PositionInput.extend({ personId: Id });
export const PositionUpdate = z.strictObject({
  id: Id,
  patch: patchOf({
    title: optionalText(200),
    startOn: ApproxDate.nullable().optional(),
    endOn: ApproxDate.nullable().optional(),
  }),
});

export const RelationshipAdd = z
  .strictObject({ personId: Id, otherPersonId: Id, kind: RelationshipKind, note: optionalText(1000) })
  .refine((r) => r.personId !== r.otherPersonId, { message: 'a person cannot be related to themselves', path: ['otherPersonId'] });

/** Interests, tags or organisations with how many live people have them (suggestions, "who shares X"). */
export const LabelQuery = z.strictObject({
  query: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(200).default(20),
});
export const LabelCount = z.object({ id: Id, name: z.string(), people: z.number().int() });
export type LabelCount = z.infer<typeof LabelCount>;
