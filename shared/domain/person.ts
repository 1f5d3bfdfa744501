import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, optionalText, pageOf, requiredText } from './common';
import { Identity, IdentityInput } from './identity';

/** Default tiers and how often (days) the user wants to be in touch with each. */
export const CIRCLES = [
  { id: 'inner', name: 'Inner', cadenceDays: 14 },
  { id: 'close', name: 'Close', cadenceDays: 30 },
  { id: 'network', name: 'Network', cadenceDays: 90 },
  { id: 'keep_warm', name: 'Keep warm', cadenceDays: 180 },
  { id: 'dormant', name: 'Dormant', cadenceDays: 365 },
] as const;
export const CircleId = z.enum(['inner', 'close', 'network', 'keep_warm', 'dormant']);
export type CircleId = z.infer<typeof CircleId>;

export const MAX_NOTES = 20_000;
export const MAX_IDENTITIES_PER_REQUEST = 50;

export const Person = z.object({
  id: Id,
  displayName: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  nickname: z.string().nullable(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  circle: CircleId.nullable(),
  identities: z.array(Identity),
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
  headline: z.string().nullable(),
  lastTouchAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  archivedAt: IsoDateTime.nullable(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

const personFields = {
  givenName: optionalText(200),
  familyName: optionalText(200),
  nickname: optionalText(200),
  location: optionalText(300),
  notes: optionalText(MAX_NOTES),
  circle: CircleId.nullable().optional(),
};

export const PersonCreate = z.strictObject({
  displayName: requiredText(200),
  ...personFields,
  identities: z.array(IdentityInput).max(MAX_IDENTITIES_PER_REQUEST).default([]),
});
export type PersonCreate = z.input<typeof PersonCreate>;
export type PersonCreateParsed = z.output<typeof PersonCreate>;

export const PersonPatch = z
  .strictObject({ displayName: requiredText(200).optional(), ...personFields })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'patch must change at least one field' });

export const PersonUpdate = z.strictObject({ id: Id, patch: PersonPatch });
export type PersonUpdate = z.input<typeof PersonUpdate>;
export type PersonUpdateParsed = z.output<typeof PersonUpdate>;

export const PersonSort = z.enum(['name', 'created']);

export const PeopleListQuery = PageQuery.extend({
  /** Search-as-you-type text; prefix-matched over names, identities, organisations, interests, tags and notes. */
  query: z.string().max(200).optional(),
  sort: PersonSort.default('name'),
  includeArchived: z.boolean().default(false),
});
export type PeopleListQuery = z.input<typeof PeopleListQuery>;
export type PeopleListQueryParsed = z.output<typeof PeopleListQuery>;

export const PeoplePage = pageOf(PersonSummary);
export type PeoplePage = z.infer<typeof PeoplePage>;

export const PersonRef = z.strictObject({ id: Id });
