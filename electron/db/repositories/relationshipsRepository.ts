import { and, eq, isNull, or } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { RelationshipKind } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../client';
import { relationships } from '../schema';
import { requirePerson, touchPerson } from './personRows';

export interface NewRelationship {
  personId: string;
  otherPersonId: string;
  kind: RelationshipKind;
  note?: string | null;
}

/** introduced_by reads one way ("A was introduced by B"); the others hold both ways. */
const DIRECTED: readonly RelationshipKind[] = ['introduced_by'];

/** Links between two people: introduced by, colleague, friend, family, partner. */
export function createRelationshipsRepository(db: Db) {
  return {
    /**
     * Links two existing people (archived ones included); NOT_FOUND for an unknown person,
     * CONFLICT when the same link already exists (either way round, except introduced_by).
     * Returns the relationship id.
     */
    add(input: NewRelationship, now: number): string {
      return atomically(db, () => {
        const name = requirePerson(db, input.personId);
        const otherName = requirePerson(db, input.otherPersonId);
        const forward = and(eq(relationships.personId, input.personId), eq(relationships.otherPersonId, input.otherPersonId));
        const backward = and(eq(relationships.personId, input.otherPersonId), eq(relationships.otherPersonId, input.personId));
        const existing = db
          .select({ id: relationships.id })
          .from(relationships)
          .where(and(eq(relationships.kind, input.kind), isNull(relationships.deletedAt), DIRECTED.includes(input.kind) ? forward : or(forward, backward)))
          .get();
        if (existing) {
          throw new AppError('CONFLICT', `${name} and ${otherName} are already linked as ${input.kind.replace('_', ' ')}`, {
            relationshipId: existing.id,
            kind: input.kind,
          });
        }
        const id = uuidv7();
        db.insert(relationships)
          .values({ id, personId: input.personId, otherPersonId: input.otherPersonId, kind: input.kind, note: input.note ?? null, createdAt: now, updatedAt: now })
          .run();
        touchPerson(db, input.personId, now);
        touchPerson(db, input.otherPersonId, now);
        return id;
      });
    },

    /** Removes (soft-deletes) a link; returns both people's ids, the first one first. NOT_FOUND for unknown or removed ids. */
    remove(id: string, now: number): [string, string] {
      return atomically(db, () => {
        const row = db
          .select({ personId: relationships.personId, otherPersonId: relationships.otherPersonId })
          .from(relationships)
          .where(and(eq(relationships.id, id), isNull(relationships.deletedAt)))
          .get();
        if (!row) throw new AppError('NOT_FOUND', `No relationship with id ${id}`, { id });
        db.update(relationships).set({ deletedAt: now, updatedAt: now }).where(eq(relationships.id, id)).run();
        touchPerson(db, row.personId, now);
        touchPerson(db, row.otherPersonId, now);
        return [row.personId, row.otherPersonId] as [string, string];
      });
    },
  };
}

export type RelationshipsRepository = ReturnType<typeof createRelationshipsRepository>;
