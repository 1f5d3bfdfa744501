import { z } from 'zod';
import { AppInfo, BackupCreate, BackupInfo, BackupRestore, BackupRestoreResult } from '../domain/app';
import { PeopleListQuery, PeoplePage, Person, PersonCreate, PersonRef, PersonUpdate } from '../domain/person';
import type { Channel } from './channels';

const Empty = z.strictObject({}).optional();

/**
 * The single source of truth for what crosses a front door: one request and one response
 * schema per channel. `satisfies Record<Channel, …>` makes a missing or extra channel a
 * compile error.
 */
export const contract = {
  /** Name, version, database path, schema version and the newest backup. */
  'app:info': { request: Empty, response: AppInfo },
  /** Creates a person with optional identities; CONFLICT if an identity belongs to someone else. */
  'people:create': { request: PersonCreate, response: Person },
  /** One person with identities; archived people are returned too (with `archivedAt`). */
  'people:get': { request: PersonRef, response: Person },
  /** Changes the given scalar fields only. */
  'people:update': { request: PersonUpdate, response: Person },
  /** Soft delete: the person leaves lists and search but keeps history; undo with unarchive. */
  'people:archive': { request: PersonRef, response: Person },
  'people:unarchive': { request: PersonRef, response: Person },
  /** People ordered by name (accent-folded) or newest first, keyset-paged; `query` searches. */
  'people:list': { request: PeopleListQuery, response: PeoplePage },
  /** Backups, newest first. */
  'backups:list': { request: Empty, response: z.array(BackupInfo) },
  /** Takes a verified backup now. */
  'backups:create': { request: BackupCreate, response: BackupInfo },
  /** Replaces the database with a backup, after taking a safety backup of the current one. */
  'backups:restore': { request: BackupRestore, response: BackupRestoreResult },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller may send (defaults not yet applied). */
export type Req<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives after validation. */
export type ParsedReq<C extends Channel> = z.output<Contract[C]['request']>;
export type Res<C extends Channel> = z.output<Contract[C]['response']>;
