import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, Ref, pageOf } from './common';

/** X account ids are decimal strings (they exceed 2^53): never numbers. */
export const XAccountId = z.string().regex(/^\d{1,20}$/, { message: 'must be a numeric X account id' });

/** A job a front end can follow (`progress` events carry it) and cancel. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be a job id (letters, digits, - or _)' });

export const XArchiveImport = z.strictObject({
  /** The archive `.zip` or its extracted folder, on this machine. */
  path: z.string().min(1, { message: 'must name the archive' }).max(4096),
  /** Read and count everything, write nothing. */
  dryRun: z.boolean().default(false),
  job: JobId.optional(),
});

/** A record the import skipped (one bad tweet does not stop the rest); hostile or broken files fail the whole import instead. */
export const ImportProblem = z.object({ file: z.string(), index: z.number().int().nullable(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

export const XImportReport = z.object({
  importId: Id.nullable(),
  dryRun: z.boolean(),
  owner: z.object({ accountId: z.string(), handle: z.string().nullable() }).nullable(),
  /** Accounts other than the owner seen anywhere in the archive, and how many have a handle. */
  accounts: z.number().int(),
  resolved: z.number().int(),
  following: z.number().int(),
  followers: z.number().int(),
  mutuals: z.number().int(),
  dmConversations: z.number().int(),
  dmMessages: z.number().int(),
  tweets: z.number().int(),
  mentions: z.number().int(),
  replies: z.number().int(),
  /** Touchpoints written on people (accounts already linked, or linked by an exact account id). */
  touchpointsCreated: z.number().int(),
  /** New X identities: archive accounts not seen by an earlier import. */
  identitiesCreated: z.number().int(),
  /** Interactions (DM conversation-days, replies, mentions, retweets) new in this import. */
  interactionsCreated: z.number().int(),
  matchesSuggested: z.number().int(),
  errors: z.array(ImportProblem),
});
export type XImportReport = z.infer<typeof XImportReport>;

export const JobCancel = z.strictObject({ job: JobId });
export const JobCancelResult = z.object({ job: JobId, cancelled: z.boolean() });

export const HandleSeen = z.object({ handle: z.string(), seenAt: IsoDateTime.nullable(), source: z.string() });

export const XAccount = z.object({
  accountId: z.string(),
  handle: z.string().nullable(),
  name: z.string().nullable(),
  handles: z.array(HandleSeen),
  isOwner: z.boolean(),
  following: z.boolean(),
  follower: z.boolean(),
  messagesSent: z.number().int(),
  messagesReceived: z.number().int(),
  mentionsByMe: z.number().int(),
  repliesByMe: z.number().int(),
  /** Both sides wrote: they sent DMs and the user answered (DM, reply or mention). */
  twoWay: z.boolean(),
  lastAt: IsoDateTime.nullable(),
  person: Ref.nullable(),
  linkedBy: z.enum(['auto', 'accepted', 'manual', 'created']).nullable(),
  /** `https://x.com/<handle>`, or `https://x.com/i/user/<id>` while unresolved. */
  profileUrl: z.string(),
});
export type XAccount = z.infer<typeof XAccount>;

export const X_ACCOUNT_FILTERS = ['all', 'unmatched', 'matched', 'mutual_unlinked', 'unresolved'] as const;
export const XAccountsQuery = PageQuery.extend({
  filter: z.enum(X_ACCOUNT_FILTERS).default('all'),
  /** Part of a handle or name. */
  text: z.string().max(100).optional(),
});
export const XAccountsPage = pageOf(XAccount);

export const MATCH_REASONS = ['account_id', 'handle', 'other_handle', 'name', 'nickname', 'initials', 'website', 'email'] as const;
export const MatchReason = z.object({ code: z.enum(MATCH_REASONS), text: z.string() });
export type MatchReason = z.infer<typeof MatchReason>;

export const MatchCandidate = z.object({
  person: Ref,
  /** 0–1. */
  confidence: z.number(),
  reasons: z.array(MatchReason),
});
export type MatchCandidate = z.infer<typeof MatchCandidate>;

export const XMatch = z.object({ account: XAccount, candidates: z.array(MatchCandidate) });
export type XMatch = z.infer<typeof XMatch>;

export const XMatchesQuery = PageQuery.extend({
  /** `talk`: accounts with a two-way exchange (the default queue); `all`: every unlinked account with a candidate, or without one when `withoutCandidates`. */
  scope: z.enum(['talk', 'all']).default('talk'),
  withoutCandidates: z.boolean().default(false),
});
export const XMatchesPage = pageOf(XMatch);

export const XLink = z.strictObject({ accountId: XAccountId, personId: Id });
export const XLinkResult = z.object({ accountId: z.string(), personId: Id, touchpoints: z.number().int() });
export const XUnlink = z.strictObject({
  accountId: XAccountId,
  /** Undoing a link just made: the pair is not remembered as "not them", so it is suggested again. */
  undo: z.boolean().default(false),
});
export const XUnlinkResult = z.object({ accountId: z.string(), personId: Id.nullable(), touchpoints: z.number().int() });
export const XReject = z.strictObject({ accountId: XAccountId, personId: Id });
export const XCreatePerson = z.strictObject({ accountId: XAccountId, name: z.string().trim().min(1).max(200).optional() });
export const XAcceptAbove = z.strictObject({ minConfidence: z.number().min(0.5).max(1), scope: z.enum(['talk', 'all']).default('talk') });
export const XAcceptAboveResult = z.object({ linked: z.number().int(), touchpoints: z.number().int() });
export const XNameAccount = z.strictObject({
  accountId: XAccountId,
  handle: z.string().regex(/^@?[A-Za-z0-9_]{1,15}$/, { message: 'must be an X handle (1–15 letters, digits or _)' }),
  name: z.string().trim().max(200).optional(),
});

export const X_PEOPLE_VIEWS = ['talk_never_met', 'met_not_connected'] as const;
export const XPeopleQuery = PageQuery.extend({ view: z.enum(X_PEOPLE_VIEWS) });
export const XPersonRow = z.object({
  person: Ref,
  /** Their X handle without `@` (a linked account's, else the X identity's), or null. */
  handle: z.string().nullable(),
  /** One line: "3 DMs (1 from them), 1 reply" / "Met at Config". */
  detail: z.string(),
});
export const XPeoplePage = pageOf(XPersonRow);

/** Where a relationship lives and how it began on each side. */
export const RelationshipJourney = z.object({
  personId: Id,
  lives: z.enum(['online', 'offline', 'both', 'none']),
  firstOnline: z.object({ at: IsoDateTime, channel: z.string() }).nullable(),
  firstOffline: z.object({ at: IsoDateTime, channel: z.string(), eventName: z.string().nullable() }).nullable(),
  /** "Talked on X for 2 years, then met at Config in 2024." */
  text: z.string(),
  accounts: z.array(XAccount),
});
export type RelationshipJourney = z.infer<typeof RelationshipJourney>;

export const ImportRecord = z.object({
  id: Id,
  kind: z.string(),
  sourceName: z.string(),
  status: z.enum(['running', 'done', 'failed', 'undone']),
  startedAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
  stats: z.record(z.string(), z.unknown()).nullable(),
  undoneAt: IsoDateTime.nullable(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;
export const ImportsQuery = PageQuery;
export const ImportsPage = pageOf(ImportRecord);
