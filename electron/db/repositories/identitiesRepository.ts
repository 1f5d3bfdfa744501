import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { IdentityInput, IdentityKind } from '../../../shared/domain/identity';
import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../client';
import { identities, people } from '../schema';
import { requirePerson, touchPerson } from './personRows';

export interface IdentityPatch {
  label?: string | null;
  primary?: true;
  xAccountId?: string | null;
}

export interface IdentityOwner {
  personId: string;
  name: string;
  /** The identity as its owner has it (for X account ids: the handle they are known by). */
  display: string;
}

/**
 * Ways to reach or recognise a person. One live identity per kind and value, and one live
 * X account id, across everyone; at most one primary per person and kind.
 */
export function createIdentitiesRepository(db: Db) {
  // Lookups and inserts every new person goes through (imports and seeding create tens of
  // thousands), built and prepared once instead of on every call.
  const owner = { personId: identities.personId, name: people.displayName, display: identities.display };
  const q = {
    ownerOf: db
      .select(owner)
      .from(identities)
      .innerJoin(people, eq(people.id, identities.personId))
      .where(and(eq(identities.kind, sql.placeholder('kind')), eq(identities.value, sql.placeholder('value')), isNull(identities.deletedAt)))
      .prepare(),
    ownerOfXAccount: db
      .select(owner)
      .from(identities)
      .innerJoin(people, eq(people.id, identities.personId))
      .where(and(eq(identities.xAccountId, sql.placeholder('xAccountId')), isNull(identities.deletedAt), ne(identities.id, sql.placeholder('except'))))
      .prepare(),
    hasPrimary: db
      .select({ id: identities.id })
      .from(identities)
      .where(
        and(
          eq(identities.personId, sql.placeholder('personId')),
          eq(identities.kind, sql.placeholder('kind')),
          eq(identities.isPrimary, true),
          isNull(identities.deletedAt),
        ),
      )
      .prepare(),
    insert: db
      .insert(identities)
      .values({
        id: sql.placeholder('id'),
        personId: sql.placeholder('personId'),
        kind: sql.placeholder('kind'),
        value: sql.placeholder('value'),
        display: sql.placeholder('display'),
        xAccountId: sql.placeholder('xAccountId'),
        label: sql.placeholder('label'),
        isPrimary: sql.placeholder('isPrimary'),
        importId: sql.placeholder('importId'),
        createdAt: sql.placeholder('now'),
        updatedAt: sql.placeholder('now'),
      })
      .prepare(),
  };

  /** Who has this identity (live), if anyone. */
  function ownerOf(kind: IdentityKind, value: string): IdentityOwner | null {
    return q.ownerOf.get({ kind, value }) ?? null;
  }

  /** Who has this X account id (live), whatever handle it is recorded under. */
  function ownerOfXAccount(xAccountId: string, exceptIdentityId = ''): IdentityOwner | null {
    return q.ownerOfXAccount.get({ xAccountId, except: exceptIdentityId }) ?? null;
  }

  function conflict(what: string, owner: IdentityOwner, details: Record<string, unknown>): AppError {
    return new AppError('CONFLICT', `${what} already belongs to ${owner.name}`, { ...details, personId: owner.personId, personName: owner.name });
  }

  /**
   * Throws INVALID_INPUT for an identity listed twice and CONFLICT naming the owner when one
   * is already linked (to anyone, including the same person), by value or by X account id.
   */
  function assertFree(inputs: readonly IdentityInput[]): void {
    const seen = new Set<string>();
    const seenAccounts = new Set<string>();
    for (const input of inputs) {
      const key = `${input.kind}:${input.value}`;
      if (seen.has(key)) throw new AppError('INVALID_INPUT', `${input.display} is listed twice`, { kind: input.kind, value: input.value });
      seen.add(key);
      const owner = ownerOf(input.kind, input.value);
      if (owner) throw conflict(input.display, owner, { kind: input.kind, value: input.value });
      if (input.xAccountId !== null) {
        if (seenAccounts.has(input.xAccountId)) {
          throw new AppError('INVALID_INPUT', `X account ${input.xAccountId} is listed twice`, { xAccountId: input.xAccountId });
        }
        seenAccounts.add(input.xAccountId);
        const holder = ownerOfXAccount(input.xAccountId);
        if (holder) throw conflict(`X account ${input.xAccountId} (${holder.display})`, holder, { kind: 'x', xAccountId: input.xAccountId });
      }
    }
  }

  /** Makes `identityId` the only primary identity of its kind for its person. */
  function makeOnlyPrimary(personId: string, kind: string, identityId: string, now: number): void {
    db.update(identities)
      .set({ isPrimary: false, updatedAt: now })
      .where(and(eq(identities.personId, personId), eq(identities.kind, kind), eq(identities.isPrimary, true), ne(identities.id, identityId)))
      .run();
    db.update(identities).set({ isPrimary: true, updatedAt: now }).where(eq(identities.id, identityId)).run();
  }

  function hasPrimary(personId: string, kind: string): boolean {
    return q.hasPrimary.get({ personId, kind }) !== undefined;
  }

  function requireLive(id: string) {
    const row = db.select().from(identities).where(and(eq(identities.id, id), isNull(identities.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', `No identity with id ${id}`, { id });
    return row;
  }

  /**
   * Links identities to a person (call inside a transaction, after `assertFree`). One marked
   * primary becomes the only primary of its kind; without one, the first of a kind the person
   * has no primary for becomes primary. Returns the new ids.
   */
  function insert(personId: string, inputs: readonly IdentityInput[], now: number, importId: string | null = null): string[] {
    const ids: string[] = [];
    const primaryKinds = new Set<string>();
    for (const input of inputs) {
      const id = uuidv7();
      // One marked primary takes over its kind; otherwise the first of a kind without one.
      const kindHasPrimary = primaryKinds.has(input.kind) || hasPrimary(personId, input.kind);
      const primary = input.primary || !kindHasPrimary;
      q.insert.run({
        id,
        personId,
        kind: input.kind,
        value: input.value,
        display: input.display,
        xAccountId: input.xAccountId,
        label: input.label,
        isPrimary: primary ? 1 : 0,
        importId,
        now,
      });
      if (input.primary && kindHasPrimary) makeOnlyPrimary(personId, input.kind, id, now);
      if (primary) primaryKinds.add(input.kind);
      ids.push(id);
    }
    return ids;
  }

  return {
    ownerOf,
    ownerOfXAccount,
    assertFree,
    insert,

    /** Links one identity to an existing person; NOT_FOUND for an unknown person, CONFLICT naming the owner if it is taken. */
    add(personId: string, input: IdentityInput, now: number): string {
      return atomically(db, () => {
        requirePerson(db, personId);
        assertFree([input]);
        const [id] = insert(personId, [input], now);
        touchPerson(db, personId, now);
        return id!;
      });
    },

    /** Gives a person's X identity with this handle the stable account id (an archive account linked to them). */
    setXAccountId(personId: string, handleKey: string, xAccountId: string, now: number): void {
      db.update(identities)
        .set({ xAccountId, updatedAt: now })
        .where(and(eq(identities.personId, personId), eq(identities.kind, 'x'), eq(identities.value, handleKey), isNull(identities.deletedAt)))
        .run();
    },

    /** Live identities carrying this X account id. */
    withXAccount(xAccountId: string): string[] {
      return db
        .select({ id: identities.id })
        .from(identities)
        .where(and(eq(identities.xAccountId, xAccountId), isNull(identities.deletedAt)))
        .all()
        .map((r) => r.id);
    },

    /** Changes label, X account id or makes it primary; returns the person's id. NOT_FOUND for unknown or removed ids. */
    update(id: string, patch: IdentityPatch, now: number): string {
      return atomically(db, () => {
        const row = requireLive(id);
        if (patch.xAccountId !== undefined && patch.xAccountId !== null) {
          if (row.kind !== 'x') throw new AppError('INVALID_INPUT', 'only X identities have an account id', { id, kind: row.kind });
          const holder = ownerOfXAccount(patch.xAccountId, id);
          if (holder) throw conflict(`X account ${patch.xAccountId} (${holder.display})`, holder, { kind: 'x', xAccountId: patch.xAccountId });
        }
        const changes: Partial<typeof identities.$inferInsert> = { updatedAt: now };
        if (patch.label !== undefined) changes.label = patch.label || null;
        if (patch.xAccountId !== undefined) changes.xAccountId = patch.xAccountId;
        db.update(identities).set(changes).where(eq(identities.id, id)).run();
        if (patch.primary) makeOnlyPrimary(row.personId, row.kind, id, now);
        touchPerson(db, row.personId, now);
        return row.personId;
      });
    },

    /** Unlinks (soft-deletes) an identity; if it was primary, the oldest other of its kind takes over. Returns the person's id. */
    remove(id: string, now: number): string {
      return atomically(db, () => {
        const row = requireLive(id);
        db.update(identities).set({ deletedAt: now, isPrimary: false, updatedAt: now }).where(eq(identities.id, id)).run();
        if (row.isPrimary) {
          const next = db
            .select({ id: identities.id })
            .from(identities)
            .where(and(eq(identities.personId, row.personId), eq(identities.kind, row.kind), isNull(identities.deletedAt)))
            .orderBy(asc(identities.createdAt), asc(identities.id))
            .get();
          if (next) makeOnlyPrimary(row.personId, row.kind, next.id, now);
        }
        touchPerson(db, row.personId, now);
        return row.personId;
      });
    },
  };
}

export type IdentitiesRepository = ReturnType<typeof createIdentitiesRepository>;
