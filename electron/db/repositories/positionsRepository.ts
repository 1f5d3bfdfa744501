import { and, eq, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../client';
import { positions } from '../schema';
import type { LabelsRepository } from './labelsRepository';
import { requirePerson, touchPerson } from './personRows';

export interface PositionFields {
  title?: string | null;
  startOn?: string | null;
  endOn?: string | null;
}

export interface NewPosition extends PositionFields {
  organisation: string;
}

/**
 * Refuses an end before the start. Approximate dates compare on the precision they share,
 * so "2020" ends fine in "2020-06" and "2021-03" cannot start after an end of "2021".
 */
function assertOrdered(startOn: string | null, endOn: string | null): void {
  if (startOn === null || endOn === null) return;
  const n = Math.min(startOn.length, endOn.length);
  if (endOn.slice(0, n) < startOn.slice(0, n)) {
    throw new AppError('INVALID_INPUT', `a job cannot end (${endOn}) before it starts (${startOn})`, { startOn, endOn });
  }
}

/** Dated jobs at organisations; the organisation is matched by its folded name or created. */
export function createPositionsRepository(db: Db, labels: LabelsRepository) {
  // Every new person with a job goes through this insert: prepared once, not per call.
  const insertStatement = db
    .insert(positions)
    .values({
      id: sql.placeholder('id'),
      personId: sql.placeholder('personId'),
      organisationId: sql.placeholder('organisationId'),
      title: sql.placeholder('title'),
      startOn: sql.placeholder('startOn'),
      endOn: sql.placeholder('endOn'),
      importId: sql.placeholder('importId'),
      createdAt: sql.placeholder('now'),
      updatedAt: sql.placeholder('now'),
    })
    .prepare();

  function requireLive(id: string) {
    const row = db.select().from(positions).where(and(eq(positions.id, id), isNull(positions.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', `No position with id ${id}`, { id });
    return row;
  }

  /** Records a job for a person (call inside a transaction); returns the position id. */
  function insert(personId: string, input: NewPosition, now: number, importId: string | null = null): string {
    const startOn = input.startOn ?? null;
    const endOn = input.endOn ?? null;
    assertOrdered(startOn, endOn);
    const id = uuidv7();
    insertStatement.run({ id, personId, organisationId: labels.resolveOrganisation(input.organisation, now), title: input.title ?? null, startOn, endOn, importId, now });
    return id;
  }

  return {
    insert,

    /** Records a job for an existing person (NOT_FOUND otherwise); returns the position id. */
    add(personId: string, input: NewPosition, now: number): string {
      return atomically(db, () => {
        requirePerson(db, personId);
        const id = insert(personId, input, now);
        touchPerson(db, personId, now);
        return id;
      });
    },

    /** Changes title or dates (a null end makes it current); returns the person's id. NOT_FOUND for unknown or removed ids. */
    update(id: string, patch: PositionFields, now: number): string {
      return atomically(db, () => {
        const row = requireLive(id);
        const next = {
          title: patch.title === undefined ? row.title : patch.title,
          startOn: patch.startOn === undefined ? row.startOn : patch.startOn,
          endOn: patch.endOn === undefined ? row.endOn : patch.endOn,
        };
        assertOrdered(next.startOn, next.endOn);
        db.update(positions)
          .set({ ...next, updatedAt: now })
          .where(eq(positions.id, id))
          .run();
        touchPerson(db, row.personId, now);
        return row.personId;
      });
    },

    /** Removes (soft-deletes) a job; returns the person's id. */
    remove(id: string, now: number): string {
      return atomically(db, () => {
        const row = requireLive(id);
        db.update(positions).set({ deletedAt: now, updatedAt: now }).where(eq(positions.id, id)).run();
        touchPerson(db, row.personId, now);
        return row.personId;
      });
    },
  };
}

export type PositionsRepository = ReturnType<typeof createPositionsRepository>;
