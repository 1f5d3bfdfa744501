import { z } from 'zod';
import { AppInfo, BackupCreate, BackupInfo, BackupRestore, BackupRestoreResult } from '../domain/app';
import { CaptureCommit, CaptureLine, CapturePreview, CaptureResult } from '../domain/capture';
import { Id } from '../domain/common';
import {
  ContactsImport,
  ContactsReport,
  DuplicatePair,
  DuplicatesList,
  DuplicatesQuery,
  MergeResult,
  MergeUndo,
  MergeUndoResult,
  PeopleMerge,
} from '../domain/contacts';
import {
  Attendance,
  AttendanceAdd,
  AttendanceUpdate,
  AttendeesPage,
  AttendeesQuery,
  Event,
  EventCapture,
  EventCaptureResult,
  EventCreate,
  EventUpdate,
  EventsListQuery,
  EventsPage,
} from '../domain/event';
import {
  IdentityAdd,
  IdentityUpdate,
  LabelCount,
  LabelQuery,
  PeopleListQuery,
  PeoplePage,
  Person,
  PersonCreate,
  PersonRef,
  PersonUpdate,
  Photo,
  PhotoSet,
  PositionAdd,
  PositionUpdate,
  RelationshipAdd,
} from '../domain/person';
import { SearchQuery, SearchResults } from '../domain/search';
import {
  PersonTimelineQuery,
  RecentTouchpointsQuery,
  TimelinePage,
  Touchpoint,
  TouchpointCreate,
  TouchpointUpdate,
  TouchpointsPage,
} from '../domain/touchpoint';
import {
  ReconnectHide,
  ReconnectHideResult,
  ReconnectList,
  ReconnectQuery,
  ReconnectUnhide,
  PrunePage,
  PruneKeep,
  PruneKeepResult,
  PruneQuery,
  RelationshipHealth,
  TodayQuery,
  TodayView,
} from '../domain/reconnect';
import {
  NotificationEntry,
  Reminder,
  ReminderComplete,
  ReminderCompleteResult,
  ReminderCreate,
  ReminderSettings,
  ReminderSettingsUpdate,
  ReminderSnooze,
  ReminderUpdate,
  RemindersListQuery,
  RemindersPage,
} from '../domain/reminder';
import { Circle, CircleUpdate } from '../domain/person';
import {
  ImportsPage,
  ImportsQuery,
  ImportRecord,
  JobCancel,
  JobCancelResult,
  RelationshipJourney,
  XAcceptAbove,
  XAcceptAboveResult,
  XAccount,
  XAccountsPage,
  XAccountsQuery,
  XArchiveImport,
  XCreatePerson,
  XImportReport,
  XLink,
  XLinkResult,
  XMatchesPage,
  XMatchesQuery,
  XNameAccount,
  XPeoplePage,
  XPeopleQuery,
  XReject,
  XUnlink,
  XUnlinkResult,
} from '../domain/xArchive';
import type { Channel } from './channels';

const Empty = z.strictObject({}).optional();
const ById = z.strictObject({ id: Id });
const Removed = z.object({ id: Id });

/**
 * The single source of truth for what crosses a front door: one request and one response
 * schema per channel. `satisfies Record<Channel, …>` makes a missing or extra channel a
 * compile error. Lists are keyset-paged with a capped `limit`.
 */
export const contract = {
  /** Name, version, database path, schema version and the newest backup. */
  'app:info': { request: Empty, response: AppInfo },

  /** Creates a person with identities, how-we-met, interests, tags and a job; CONFLICT if an identity belongs to someone else. */
  'people:create': { request: PersonCreate, response: Person },
  /** One person with everything shown on their page; archived people are returned too (with `archivedAt`). */
  'people:get': { request: PersonRef, response: Person },
  /** Changes the fields present; `interests`/`tags` replace the set. */
  'people:update': { request: PersonUpdate, response: Person },
  /** Soft delete: the person leaves lists and search but keeps history; undo with unarchive. */
  'people:archive': { request: PersonRef, response: Person },
  'people:unarchive': { request: PersonRef, response: Person },
  /** People by name, newest or last touch, filtered and searched, keyset-paged. */
  'people:list': { request: PeopleListQuery, response: PeoplePage },
  /** Sets (or with null removes) the photo; at most 256 KB. */
  'people:set-photo': { request: PhotoSet, response: Person },
  /** The photo as base64, or null. */
  'people:photo': { request: PersonRef, response: Photo.nullable() },

  /** Links an identity; CONFLICT naming the owner if it belongs to someone else. */
  'identities:add': { request: IdentityAdd, response: Person },
  'identities:update': { request: IdentityUpdate, response: Person },
  /** Unlinks an identity (soft); returns the person. */
  'identities:remove': { request: ById, response: Person },

  /** Records a job; the organisation is matched by name or created. */
  'positions:add': { request: PositionAdd, response: Person },
  'positions:update': { request: PositionUpdate, response: Person },
  'positions:remove': { request: ById, response: Person },

  /** Links two people (introduced_by, colleague, friend, family, partner); returns the first. */
  'relationships:add': { request: RelationshipAdd, response: Person },
  'relationships:remove': { request: ById, response: Person },

  /** Interests by how many people share them (or matching `query`), for suggestions and filters. */
  'interests:list': { request: LabelQuery, response: z.array(LabelCount) },
  'tags:list': { request: LabelQuery, response: z.array(LabelCount) },
  'organisations:list': { request: LabelQuery, response: z.array(LabelCount) },

  'events:create': { request: EventCreate, response: Event },
  /** One event with attendance counts. */
  'events:get': { request: ById, response: Event },
  'events:update': { request: EventUpdate, response: Event },
  'events:archive': { request: ById, response: Event },
  'events:unarchive': { request: ById, response: Event },
  /** Events, newest first, keyset-paged. */
  'events:list': { request: EventsListQuery, response: EventsPage },
  /** Who was at an event, by name, optionally only one follow-up state. */
  'events:attendees': { request: AttendeesQuery, response: AttendeesPage },
  /** Event capture mode: one person met there, new or existing, linked in one step. */
  'events:capture': { request: EventCapture, response: EventCaptureResult },

  /** Adds a person to an event (met by default); CONFLICT if already there. */
  'attendance:add': { request: AttendanceAdd, response: Attendance },
  /** Changes met / follow-up state / note. */
  'attendance:update': { request: AttendanceUpdate, response: Attendance },
  'attendance:remove': { request: ById, response: Removed },

  /** Logs an interaction with one or more people; updates their last touch. */
  'touchpoints:create': { request: TouchpointCreate, response: Touchpoint },
  'touchpoints:get': { request: ById, response: Touchpoint },
  'touchpoints:update': { request: TouchpointUpdate, response: Touchpoint },
  /** Soft delete; undo with restore. */
  'touchpoints:delete': { request: ById, response: Touchpoint },
  'touchpoints:restore': { request: ById, response: Touchpoint },
  /** The global timeline: recent touchpoints with everyone, newest first. */
  'touchpoints:recent': { request: RecentTouchpointsQuery, response: TouchpointsPage },

  /** Everything with one person (touchpoints, events met at, identities linked, jobs, reminders done), newest first. */
  'timeline:person': { request: PersonTimelineQuery, response: TimelinePage },

  /** Parses a quick-capture line and shows what it would do; writes nothing. */
  'capture:preview': { request: CaptureLine, response: CapturePreview },
  /** Does what the preview showed, in one transaction. */
  'capture:commit': { request: CaptureCommit, response: CaptureResult },

  /** The command palette's search: people, events and touchpoint notes. */
  'search:all': { request: SearchQuery, response: SearchResults },

  /** Backups, newest first. */
  'backups:list': { request: Empty, response: z.array(BackupInfo) },
  /** Takes a verified backup now. */
  'backups:create': { request: BackupCreate, response: BackupInfo },
  /** Replaces the database with a backup, after taking a safety backup of the current one. */
  'backups:restore': { request: BackupRestore, response: BackupRestoreResult },

  /** A one-off, recurring (RRULE) or anniversary reminder, optionally about a person or event. */
  'reminders:create': { request: ReminderCreate, response: Reminder },
  'reminders:get': { request: ById, response: Reminder },
  /** Changes title, note, due time or recurrence of a reminder. */
  'reminders:update': { request: ReminderUpdate, response: Reminder },
  /** Reminders by when they next ask for attention, soonest first. */
  'reminders:list': { request: RemindersListQuery, response: RemindersPage },
  /** Done; optionally logs the touchpoint in the same step; a repeating one gets its next occurrence. */
  'reminders:complete': { request: ReminderComplete, response: ReminderCompleteResult },
  /** Snoozes to a preset (later today, tomorrow morning, next week) or a given time. */
  'reminders:snooze': { request: ReminderSnooze, response: Reminder },
  'reminders:dismiss': { request: ById, response: Reminder },
  /** Undo for done, dismissed and snoozed: back to open (a next occurrence created by completing is removed). */
  'reminders:reopen': { request: ById, response: Reminder },
  'reminders:settings': { request: Empty, response: ReminderSettings },
  'reminders:update-settings': { request: ReminderSettingsUpdate, response: ReminderSettings },

  /** Notifications shown so far (due, missed summaries, digests), newest first. */
  'inbox:list': { request: z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }).optional(), response: z.array(NotificationEntry) },
  /** Marks the given entries (or all, without ids) read; returns how many are still unread. */
  'inbox:mark-read': { request: z.strictObject({ ids: z.array(z.string().max(64)).max(500).optional() }), response: z.object({ unread: z.number().int() }) },

  /** The circles with their cadence and how many people are in each. */
  'circles:list': { request: Empty, response: z.array(Circle) },
  /** Changes a circle's cadence; everyone in it without their own cadence follows. */
  'circles:update': { request: CircleUpdate, response: Circle },

  /** Ranked people to reach out to now, each with reasons, a score and an opener. */
  'reconnect:list': { request: ReconnectQuery, response: ReconnectList },
  /** Snooze a suggestion (a week, or until) or "not now" (30 days). */
  'reconnect:hide': { request: ReconnectHide, response: ReconnectHideResult },
  'reconnect:unhide': { request: ReconnectUnhide, response: ReconnectHideResult },
  /** Relationship health of one person: recency, frequency, who starts, reciprocity, trend, months. */
  'health:person': { request: PersonRef, response: RelationshipHealth },
  /** People to consider moving to dormant or archiving: one-way attempts or never engaged. */
  'prune:list': { request: PruneQuery, response: PrunePage },
  /** "Keep": the person is no longer suggested; `keep: false` undoes it. */
  'prune:keep': { request: PruneKeep, response: PruneKeepResult },
  /** The home screen in one read. */
  'today:get': { request: TodayQuery, response: TodayView },

  /** Imports the user's X archive (zip or folder): streamed, cancellable, one undoable import; `dryRun` only counts. */
  'x:import': { request: XArchiveImport, response: XImportReport },
  /** Stops a running job (an import) at its next step; nothing it did is kept. */
  'jobs:cancel': { request: JobCancel, response: JobCancelResult },
  /** Import history, newest first. */
  'imports:list': { request: ImportsQuery, response: ImportsPage },
  /** Takes back everything one import added. */
  'imports:undo': { request: ById, response: ImportRecord },
  /** Archive accounts: all, unmatched, matched, mutuals not yet people, or without a handle. */
  'x:accounts': { request: XAccountsQuery, response: XAccountsPage },
  /** The review queue: unlinked accounts with their candidate people, best first. */
  'x:matches': { request: XMatchesQuery, response: XMatchesPage },
  /** Links an account to a person: its interactions become touchpoints on them; remembered. */
  'x:link': { request: XLink, response: XLinkResult },
  /** Unlinks: the touchpoints go back to the unmatched account. */
  'x:unlink': { request: XUnlink, response: XUnlinkResult },
  /** "Not this person": never suggested again. */
  'x:reject': { request: XReject, response: XAccount },
  /** Makes a new person from an account and links it. */
  'x:create-person': { request: XCreatePerson, response: XLinkResult },
  /** Accepts every best candidate at or above a confidence. */
  'x:accept-above': { request: XAcceptAbove, response: XAcceptAboveResult },
  /** Names an unresolved account by hand. */
  'x:name-account': { request: XNameAccount, response: XAccount },
  /** People views: talk on X but never met; met but not connected on X. */
  'x:people': { request: XPeopleQuery, response: XPeoplePage },
  /** Where a relationship lives (online, offline, both) and how it began on each side. */
  'journey:person': { request: PersonRef, response: RelationshipJourney },

  /** Imports a contacts file (vCard, LinkedIn / Google / Outlook / any CSV, iCalendar): `dryRun` is the preview; applying is one undoable import. */
  'contacts:import': { request: ContactsImport, response: ContactsReport },
  /** Likely duplicate people, best first, with reasons. */
  'duplicates:list': { request: DuplicatesQuery, response: DuplicatesList },
  /** "Not the same person": the pair is never suggested again. */
  'duplicates:reject': { request: DuplicatePair, response: DuplicatePair },
  /** Merges `otherId` into `keepId`: values picked per field, everything else moves to the survivor; undoable. */
  'people:merge': { request: PeopleMerge, response: MergeResult },
  /** Takes a merge back: the other person returns with everything that was theirs. */
  'people:merge-undo': { request: MergeUndo, response: MergeUndoResult },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller may send (defaults not yet applied). */
export type Req<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives after validation. */
export type ParsedReq<C extends Channel> = z.output<Contract[C]['request']>;
export type Res<C extends Channel> = z.output<Contract[C]['response']>;
