import { z } from 'zod';
import { Id, IsoDateTime, Ref } from './common';
import { JobId } from './xArchive';

/** What a contacts file is; `csv` is any CSV read through a column mapping. */
export const CONTACT_FORMATS = ['vcard', 'linkedin', 'google-csv', 'outlook-csv', 'csv', 'ics'] as const;
export const ContactFormat = z.enum(CONTACT_FORMATS);
export type ContactFormat = z.infer<typeof ContactFormat>;

/** What a column of a hand-made CSV holds. */
export const CSV_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'nickname',
  'email',
  'phone',
  'x',
  'linkedin',
  'website',
  'organisation',
  'title',
  'birthday',
  'notes',
  'tags',
  'location',
  'ignore',
] as const;
export const CsvField = z.enum(CSV_FIELDS);
/** Header (as in the file, trimmed) → what its column holds. */
export const CsvMapping = z.record(z.string().max(300), CsvField).refine((m) => Object.keys(m).length <= 500, { message: 'maps at most 500 columns' });
export type CsvMapping = z.infer<typeof CsvMapping>;

export const ContactsImport = z.strictObject({
  /** The file on this machine. */
  path: z.string().min(1, { message: 'must name the file' }).max(4096),
  /** Omitted: recognised from the file (vCard, iCalendar, or a CSV by its header). */
  format: ContactFormat.optional(),
  /** For `csv`: the column mapping; omitted, the remembered one for this header, else the suggested one. */
  mapping: CsvMapping.optional(),
  /** Keep `mapping` for the next file with the same header. */
  rememberMapping: z.boolean().default(false),
  /** Read, match and count; write nothing. */
  dryRun: z.boolean().default(false),
  /** Required (true) to apply a file with invalid records: they are left out and the report keeps them. */
  skipInvalid: z.boolean().default(false),
  /** iCalendar: attendees matched to nobody become new people met at the event ("all"), or only these (by email or name), or none. */
  addAttendees: z.union([z.literal('all'), z.literal('none'), z.array(z.string().max(320)).max(5000)]).default('none'),
  job: JobId.optional(),
});
export type ContactsImport = z.input<typeof ContactsImport>;

export const ContactProblem = z.object({ file: z.string(), line: z.number().int().nullable(), message: z.string() });
export type ContactProblem = z.infer<typeof ContactProblem>;

export const RECORD_OUTCOMES = ['new', 'update', 'duplicate', 'invalid'] as const;

/** One record of the file as the import would treat it (the preview's rows). */
export const ContactPreviewRow = z.object({
  line: z.number().int(),
  name: z.string(),
  outcome: z.enum(RECORD_OUTCOMES),
  /** The existing person it matches (update / duplicate). */
  person: Ref.nullable(),
  /** Why it matched: "email ada@example.org", "same file, line 12". */
  matchedOn: z.string().nullable(),
  /** What it adds: "email ada@work.org", "tag Friends", "job CTO at Acme". */
  adds: z.array(z.string()),
  /** Values it would change but does not (existing values are never overwritten). */
  kept: z.array(z.string()),
  message: z.string().nullable(),
});
export type ContactPreviewRow = z.infer<typeof ContactPreviewRow>;

/** An iCalendar attendee matched to nobody: offered as a new person met at the event. */
export const AttendeeOffer = z.object({ key: z.string(), name: z.string().nullable(), email: z.string().nullable(), events: z.array(z.string()) });

export const ContactsReport = z.object({
  importId: Id.nullable(),
  dryRun: z.boolean(),
  format: ContactFormat,
  file: z.string(),
  /** The CSV header and the mapping used (csv), so the mapping screen can show and change it. */
  header: z.array(z.string()),
  mapping: CsvMapping.nullable(),
  records: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Records that matched someone already here and added nothing new, and later records of the file folded into an earlier one (what they add goes to it). */
  duplicates: z.number().int(),
  /** Invalid records left out (only with skipInvalid). */
  skipped: z.number().int(),
  /** Records that could not be read: file and line. */
  problems: z.array(ContactProblem),
  /** Values left out or kept while importing a record (an unreadable email, a different birthday). */
  warnings: z.array(ContactProblem),
  touchpointsCreated: z.number().int(),
  eventsCreated: z.number().int(),
  eventsUpdated: z.number().int(),
  attendancesCreated: z.number().int(),
  attendeesOffered: z.array(AttendeeOffer),
  /** The first rows, in file order (at most 500). */
  rows: z.array(ContactPreviewRow),
});
export type ContactsReport = z.infer<typeof ContactsReport>;

/** A likely duplicate pair, with why. */
export const DuplicateSuggestion = z.object({
  a: Ref,
  b: Ref,
  /** 0–1. */
  score: z.number(),
  reasons: z.array(z.string()),
});
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestion>;
export const DuplicatesQuery = z.strictObject({ limit: z.number().int().min(1).max(500).default(100) });
export const DuplicatesList = z.object({ items: z.array(DuplicateSuggestion) });
export const DuplicatePair = z.strictObject({ aId: Id, bId: Id });

/** Fields a merge picks from one side or the other; everything else (identities, touchpoints, events, reminders, jobs, tags) is combined. */
export const MERGE_FIELDS = ['displayName', 'givenName', 'familyName', 'nickname', 'location', 'birthday', 'notes', 'circle', 'cadenceDays', 'howWeMet', 'photo'] as const;
export const MergeField = z.enum(MERGE_FIELDS);
export const PeopleMerge = z.strictObject({
  keepId: Id,
  otherId: Id,
  /** Per field, whose value the survivor keeps; omitted: the survivor's own, or the other's when the survivor has none. */
  take: z.partialRecord(MergeField, z.enum(['keep', 'other'])).default({}),
});
export type PeopleMerge = z.input<typeof PeopleMerge>;
export const MergeResult = z.object({
  mergeId: Id,
  survivor: Ref,
  merged: Ref,
  moved: z.object({
    identities: z.number().int(),
    touchpoints: z.number().int(),
    events: z.number().int(),
    reminders: z.number().int(),
    positions: z.number().int(),
    relationships: z.number().int(),
    labels: z.number().int(),
    xAccounts: z.number().int(),
  }),
  at: IsoDateTime,
});
export type MergeResult = z.infer<typeof MergeResult>;
export const MergeUndo = z.strictObject({ mergeId: Id });
export const MergeUndoResult = z.object({ mergeId: Id, survivor: Ref, restored: Ref });
