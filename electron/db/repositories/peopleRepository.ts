import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Identity, IdentityInput } from '../../../shared/domain/identity';
import type {
  CircleId,
  PeopleListQueryParsed,
  PeoplePage,
  Person,
  PersonCreateParsed,
  PersonSummary,
  PersonUpdateParsed,
} from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import { sortKeyForName } from '../../../shared/util/text';
import type { Db } from '../client';
import { identities, people } from '../schema';
import { flushPersonSearch } from '../searchIndex';
import { iso } from './mappers';
import { toMatchExpression } from './search';

type PersonRow = typeof people.$inferSelect;
type IdentityRow = typeof identities.$inferSelect;

function toIdentity(row: IdentityRow): Identity {
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind as Identity['kind'],
    value: row.value,
    display: row.display,
    label: row.label,
    xAccountId: row.xAccountId,
    primary: row.isPrimary,
  };
}

function toPerson(row: PersonRow, ids: IdentityRow[]): Person {
  return {
    id: row.id,
    displayName: row.displayName,
    givenName: row.givenName,
    familyName: row.familyName,
    nickname: row.nickname,
    location: row.location,
    notes: row.notes,
    circle: row.circleId as CircleId | null,
    identities: ids.map(toIdentity),
    lastTouchAt: iso(row.lastTouchAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    archivedAt: iso(row.deletedAt),
  };
}

interface SummaryRow {
  id: string;
  display_name: string;
  sort_name: string;
  circle_id: string | null;
  headline: string | null;
  last_touch_at: number | null;
  created_at: number;
  deleted_at: number | null;
}

// The current job if there is one, else the primary (or first) identity: enough to tell two Sams apart.
const HEADLINE = sql`coalesce(
  (SELECT coalesce(po.title || ' at ', '') || o.name FROM positions po JOIN organisations o ON o.id = po.organisation_id
    WHERE po.person_id = p.id AND po.end_on IS NULL AND po.deleted_at IS NULL ORDER BY po.start_on DESC LIMIT 1),
  (SELECT i.display FROM identities i WHERE i.person_id = p.id AND i.deleted_at IS NULL ORDER BY i.is_primary DESC, i.created_at LIMIT 1))`;

export function createPeopleRepository(db: Db) {
  function identitiesOf(personIds: string[]): IdentityRow[] {
    if (personIds.length === 0) return [];
    return db
      .select()
      .from(identities)
      .where(and(inArray(identities.personId, personIds), isNull(identities.deletedAt)))
      .orderBy(desc(identities.isPrimary), identities.createdAt)
      .all();
  }

  function requireRow(id: string): PersonRow {
    const row = db.select().from(people).where(eq(people.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
    return row;
  }

  /** Throws CONFLICT naming the owner when an identity already belongs to someone else. */
  function assertIdentitiesFree(inputs: IdentityInput[], exceptPersonId?: string): void {
    const seen = new Set<string>();
    for (const input of inputs) {
      const key = `${input.kind}:${input.value}`;
      if (seen.has(key)) throw new AppError('INVALID_INPUT', `${input.display} is listed twice`, { kind: input.kind, value: input.value });
      seen.add(key);
      const owner = db
        .select({ personId: identities.personId, name: people.displayName })
        .from(identities)
        .innerJoin(people, eq(people.id, identities.personId))
        .where(and(eq(identities.kind, input.kind), eq(identities.value, input.value), isNull(identities.deletedAt)))
        .get();
      if (owner && owner.personId !== exceptPersonId) {
        throw new AppError('CONFLICT', `${input.display} already belongs to ${owner.name}`, {
          kind: input.kind,
          value: input.value,
          personId: owner.personId,
        });
      }
    }
  }

  function insertIdentities(personId: string, inputs: IdentityInput[], now: number, importId: string | null = null): void {
    if (inputs.length === 0) return;
    const hasPrimary = new Set(inputs.filter((i) => i.primary).map((i) => i.kind));
    const firstOfKind = new Set<string>();
    db.insert(identities)
      .values(
        inputs.map((i) => {
          // Without an explicit choice the first identity of each kind is the primary one.
          const primary = i.primary || (!hasPrimary.has(i.kind) && !firstOfKind.has(i.kind));
          firstOfKind.add(i.kind);
          return {
            id: uuidv7(),
            personId,
            kind: i.kind,
            value: i.value,
            display: i.display,
            xAccountId: i.xAccountId,
            label: i.label,
            isPrimary: primary,
            importId,
            createdAt: now,
            updatedAt: now,
          };
        }),
      )
      .run();
  }

  return {
    /** One person with live identities (primary first); archived people included. NOT_FOUND otherwise. */
    get(id: string): Person {
      return toPerson(requireRow(id), identitiesOf([id]));
    },

    /** Creates a person and their identities in one transaction. */
    create(input: PersonCreateParsed, now: number): Person {
      const id = uuidv7();
      // Synchronous transaction: better-sqlite3 cannot await inside one.
      db.transaction(() => {
        assertIdentitiesFree(input.identities);
        db.insert(people)
          .values({
            id,
            displayName: input.displayName,
            sortName: sortKeyForName(input.displayName),
            givenName: input.givenName ?? null,
            familyName: input.familyName ?? null,
            nickname: input.nickname ?? null,
            location: input.location ?? null,
            notes: input.notes ?? null,
            circleId: input.circle ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .run();
        insertIdentities(id, input.identities, now);
      });
      return this.get(id);
    },

    /** Changes only the fields present in the patch. */
    update({ id, patch }: PersonUpdateParsed, now: number): Person {
      requireRow(id);
      const changes: Partial<typeof people.$inferInsert> = { updatedAt: now };
      if (patch.displayName !== undefined) {
        changes.displayName = patch.displayName;
        changes.sortName = sortKeyForName(patch.displayName);
      }
      for (const key of ['givenName', 'familyName', 'nickname', 'location', 'notes'] as const) {
        if (patch[key] !== undefined) changes[key] = patch[key];
      }
      if (patch.circle !== undefined) changes.circleId = patch.circle;
      db.update(people).set(changes).where(eq(people.id, id)).run();
      return this.get(id);
    },

    /** Archives (soft-deletes) or restores a person; idempotent. */
    setArchived(id: string, archived: boolean, now: number): Person {
      const row = requireRow(id);
      if ((row.deletedAt !== null) !== archived) {
        db.update(people)
          .set({ deletedAt: archived ? now : null, updatedAt: now })
          .where(eq(people.id, id))
          .run();
      }
      return this.get(id);
    },

    /**
     * A page of people, by accent-folded name (then id) or newest first, keyset-paged.
     * With `query`, only people whose search document matches every word as a prefix.
     */
    list(query: PeopleListQueryParsed): PeoplePage {
      const byName = query.sort === 'name';
      const filters = [query.includeArchived ? sql`1` : sql`p.deleted_at IS NULL`];
      if (query.query !== undefined) {
        const match = toMatchExpression(query.query);
        if (match === null) return { items: [], nextCursor: null };
        flushPersonSearch(db.$client);
        filters.push(sql`p.seq IN (SELECT rowid FROM person_search WHERE person_search MATCH ${match})`);
      }
      if (query.cursor !== undefined) {
        const key = decodeCursor(query.cursor, 2);
        if (!key) throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
        // Row-value comparison uses the (sort, id) index; the id breaks ties between equal names.
        filters.push(byName ? sql`(p.sort_name, p.id) > (${key[0]}, ${key[1]})` : sql`(p.created_at, p.id) < (${key[0]}, ${key[1]})`);
      }
      const order = byName ? sql`p.sort_name, p.id` : sql`p.created_at DESC, p.id DESC`;
      const rows = db.all<SummaryRow>(sql`
        SELECT p.id, p.display_name, p.sort_name, p.circle_id, p.last_touch_at, p.created_at, p.deleted_at, ${HEADLINE} AS headline
        FROM people p WHERE ${sql.join(filters, sql` AND `)} ORDER BY ${order} LIMIT ${query.limit + 1}`);
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      const nextCursor =
        rows.length > query.limit && last ? encodeCursor(byName ? [last.sort_name, last.id] : [last.created_at, last.id]) : null;
      return { items: items.map(toSummary), nextCursor };
    },

    /** Number of live (not archived) people. */
    count(): number {
      return db.select({ n: count() }).from(people).where(isNull(people.deletedAt)).get()?.n ?? 0;
    },

    assertIdentitiesFree,
    insertIdentities,
  };
}

function toSummary(row: SummaryRow): PersonSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    circle: row.circle_id as CircleId | null,
    headline: row.headline,
    lastTouchAt: iso(row.last_touch_at),
    createdAt: iso(row.created_at),
    archivedAt: iso(row.deleted_at),
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
