import { asc, eq, sql } from 'drizzle-orm';
import type { Circle, CircleId } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';
import { circles } from '../schema';

/** The fixed circles and their editable cadences; people follow a change through a trigger (migration 0003). */
export function createCirclesRepository(db: Db) {
  function list(): Circle[] {
    // One grouped read of people_circle_idx, not a count per circle.
    const counts = new Map(
      db
        .all<{ circle: string; n: number }>(sql`SELECT circle_id AS circle, count(*) AS n FROM people WHERE deleted_at IS NULL AND circle_id IS NOT NULL GROUP BY circle_id`)
        .map((r) => [r.circle, r.n]),
    );
    return db
      .select({ id: circles.id, name: circles.name, cadenceDays: circles.cadenceDays })
      .from(circles)
      .orderBy(asc(circles.position))
      .all()
      .map((c) => ({ ...c, id: c.id as CircleId, people: counts.get(c.id) ?? 0 }));
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
