import { asc, eq, sql } from 'drizzle-orm';
import type { Circle, CircleId } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';
import { circles } from '../schema';

/** The fixed circles and their editable cadences; people follow a change through a trigger (migration 0003). */
export function createCirclesRepository(db: Db) {
  function list(): Circle[] {
    return db
      .select({
        id: circles.id,
        name: circles.name,
        cadenceDays: circles.cadenceDays,
        people: sql<number>`(SELECT count(*) FROM people p WHERE p.circle_id = "circles"."id" AND p.deleted_at IS NULL)`,
      })
      .from(circles)
      .orderBy(asc(circles.position))
      .all()
      .map((c) => ({ ...c, id: c.id as CircleId }));
  }

  return {
    list,
    update(id: CircleId, cadenceDays: number, now: number): Circle {
      const changed = db.update(circles).set({ cadenceDays, updatedAt: now }).where(eq(circles.id, id)).run();
      if (changed.changes === 0) throw new AppError('NOT_FOUND', `No circle ${id}`, { id });
      return list().find((c) => c.id === id)!;
    },
  };
}

export type CirclesRepository = ReturnType<typeof createCirclesRepository>;
