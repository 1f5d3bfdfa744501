import { count, eq, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type {
  PeopleListQueryParsed,
  PeoplePage,
  Person,
  PersonCreateParsed,
  PersonUpdateParsed,
  Photo,
  PhotoMime,
} from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import { sortKeyForName } from '../../../shared/util/text';
import { type Db, atomically } from '../client';
import { events, people } from '../schema';
import type { IdentitiesRepository } from './identitiesRepository';
import type { LabelsRepository } from './labelsRepository';
import { listPeople } from './peopleList';
import { createPersonReader } from './personReader';
import { decodePhoto } from './photoBytes';
import type { PositionsRepository } from './positionsRepository';

type PersonInsert = typeof people.$inferInsert;

/** Every optional column, so the prepared insert gets a value (null) for each placeholder. */
const EMPTY_PERSON = {
  givenName: null,
  familyName: null,
  nickname: null,
  location: null,
  notes: null,
  birthday: null,
  cadenceDays: null,
  circleId: null,
  metOn: null,
  metEventId: null,
  metViaPersonId: null,
  metMode: null,
  metNote: null,
};
type HowWeMetInput = NonNullable<PersonCreateParsed['howWeMet']>;
type PatchInput = PersonUpdateParsed['patch'];

/**
 * The people aggregate: a person with their identities, how-we-met, job, interests and
 * tags. Every multi-row write is one synchronous transaction (better-sqlite3 cannot await
 * inside one); nested calls (from capture) join the caller's transaction.
 * The parts are the core's own repositories, shared rather than built (and prepared) twice.
 */
export function createPeopleRepository(
  db: Db,
  { labels, identities: identityRepo, positions: positionRepo }: { labels: LabelsRepository; identities: IdentitiesRepository; positions: PositionsRepository },
) {
  const reader = createPersonReader(db);

  // The insert every new person goes through (UI, capture, imports, seeding), prepared once
  // with every column so the statement never changes shape.
  const insertPerson = db
    .insert(people)
    .values(
      Object.fromEntries(
        (['id', 'displayName', 'sortName', 'givenName', 'familyName', 'nickname', 'location', 'notes', 'birthday', 'cadenceDays', 'circleId', 'metOn', 'metEventId', 'metViaPersonId', 'metMode', 'metNote', 'importId', 'createdAt', 'updatedAt'] as const).map(
          (column) => [column, sql.placeholder(column)],
        ),
      ) as unknown as PersonInsert,
    )
    .prepare();
  const eventExists = db.select({ id: events.id }).from(events).where(eq(events.id, sql.placeholder('id'))).prepare();
  const personExists = db.select({ id: people.id }).from(people).where(eq(people.id, sql.placeholder('id'))).prepare();

  function requireRow(id: string) {
    const row = db.select({ id: people.id, deletedAt: people.deletedAt, mergedIntoId: people.mergedIntoId }).from(people).where(eq(people.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
    return row;
  }

  /** The people columns for the how-we-met fields present; NOT_FOUND for an unknown event or introducer. */
  function howWeMetColumns(input: HowWeMetInput, selfId?: string): Partial<PersonInsert> {
    const columns: Partial<PersonInsert> = {};
    if (input.on !== undefined) columns.metOn = input.on;
    if (input.mode !== undefined) columns.metMode = input.mode;
    if (input.note !== undefined) columns.metNote = input.note;
    if (input.eventId !== undefined) {
      if (input.eventId !== null && !eventExists.get({ id: input.eventId })) {
        throw new AppError('NOT_FOUND', `No event with id ${input.eventId}`, { eventId: input.eventId });
      }
      columns.metEventId = input.eventId;
    }
    if (input.introducedById !== undefined) {
      if (input.introducedById !== null) {
        if (input.introducedById === selfId) throw new AppError('INVALID_INPUT', 'a person cannot introduce themselves', { introducedById: selfId });
        if (!personExists.get({ id: input.introducedById })) {
          throw new AppError('NOT_FOUND', `No person with id ${input.introducedById}`, { introducedById: input.introducedById });
        }
      }
      columns.metViaPersonId = input.introducedById;
    }
    return columns;
  }

  /** The people columns for the plain fields present in a create or patch. */
  function fieldColumns(input: PatchInput): Partial<PersonInsert> {
    const columns: Partial<PersonInsert> = {};
    if (input.displayName !== undefined) {
      columns.displayName = input.displayName;
      columns.sortName = sortKeyForName(input.displayName);
    }
    for (const key of ['givenName', 'familyName', 'nickname', 'location', 'notes', 'birthday', 'cadenceDays'] as const) {
      if (input[key] !== undefined) (columns as Record<string, unknown>)[key] = input[key];
    }
    if (input.circle !== undefined) columns.circleId = input.circle;
    return columns;
  }

  return {
    /** Full people for `ids`, keyed by id (batched, a fixed number of queries). */
    many: reader.many,

    /** One person with everything on their page; archived people included. NOT_FOUND otherwise. */
    get(id: string): Person {
      return reader.get(id);
    },

    /**
     * Writes a person with identities, how-we-met, interests, tags and a job in one
     * transaction and returns the new id: the write path that bulk jobs (imports, seeding)
     * share with `create`. CONFLICT naming the owner if an identity belongs to someone
     * else; NOT_FOUND for an unknown how-we-met event or introducer.
     */
    insert(input: PersonCreateParsed, now: number, importId: string | null = null): string {
      const id = uuidv7();
      // Synchronous transaction: better-sqlite3 cannot await inside one.
      atomically(db, () => {
        identityRepo.assertFree(input.identities);
        insertPerson.run({
          ...EMPTY_PERSON,
          id,
          displayName: input.displayName,
          sortName: sortKeyForName(input.displayName),
          ...fieldColumns(input),
          ...(input.howWeMet ? howWeMetColumns(input.howWeMet) : {}),
          importId,
          createdAt: now,
          updatedAt: now,
        });
        identityRepo.insert(id, input.identities, now, importId);
        if (input.interests) labels.attach('interest', id, input.interests, now);
        if (input.tags) labels.attach('tag', id, input.tags, now);
        if (input.position) positionRepo.insert(id, input.position, now, importId);
      });
      return id;
    },

    /** `insert`, then the new person as their page shows them. */
    create(input: PersonCreateParsed, now: number, importId: string | null = null): Person {
      return reader.get(this.insert(input, now, importId));
    },

    /** Changes only the fields present; `interests` and `tags` replace the whole set. */
    update({ id, patch }: PersonUpdateParsed, now: number): Person {
      atomically(db, () => {
        requireRow(id);
        const columns = { ...fieldColumns(patch), ...(patch.howWeMet ? howWeMetColumns(patch.howWeMet, id) : {}), updatedAt: now };
        db.update(people).set(columns).where(eq(people.id, id)).run();
        if (patch.interests) labels.replace('interest', id, patch.interests, now);
        if (patch.tags) labels.replace('tag', id, patch.tags, now);
      });
      return reader.get(id);
    },

    /** Archives (soft-deletes) or restores a person; idempotent. */
    setArchived(id: string, archived: boolean, now: number): Person {
      const row = requireRow(id);
      if (!archived && row.mergedIntoId !== null) {
        throw new AppError('CONFLICT', 'This person was merged into someone else; undo the merge to bring them back', { id, mergedIntoId: row.mergedIntoId });
      }
      if ((row.deletedAt !== null) !== archived) {
        db.update(people)
          .set({ deletedAt: archived ? now : null, updatedAt: now })
          .where(eq(people.id, id))
          .run();
      }
      return reader.get(id);
    },

    /** Stores (or with null removes) a person's photo after checking its bytes; INVALID_INPUT for anything not a real JPEG/PNG/WebP. */
    setPhoto(id: string, photo: { mime: z.infer<typeof PhotoMime>; base64: string } | null, now: number): Person {
      requireRow(id);
      const bytes = photo === null ? null : decodePhoto(photo);
      db.update(people)
        .set({ photo: bytes, photoMime: photo?.mime ?? null, updatedAt: now })
        .where(eq(people.id, id))
        .run();
      return reader.get(id);
    },

    /** The photo as base64 with its type, or null when there is none. NOT_FOUND for an unknown person. */
    photo(id: string): z.infer<typeof Photo> | null {
      const row = db.select({ photo: people.photo, mime: people.photoMime }).from(people).where(eq(people.id, id)).get();
      if (!row) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
      if (row.photo === null || row.mime === null) return null;
      return { mime: row.mime as z.infer<typeof PhotoMime>, base64: Buffer.from(row.photo).toString('base64') };
    },

    /** A keyset page of summaries; see listPeople for sorts and filters. */
    list(query: PeopleListQueryParsed): PeoplePage {
      return listPeople(db, query);
    },

    /** Number of live (not archived) people. */
    count(): number {
      return db.select({ n: count() }).from(people).where(isNull(people.deletedAt)).get()?.n ?? 0;
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
