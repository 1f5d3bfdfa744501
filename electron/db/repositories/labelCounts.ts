import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';

export type CountedKind = 'interest' | 'tag' | 'organisation';

// Per label: how many people carry it (all of them, then the archived ones to take away).
// Counting links on their own index and subtracting the few archived people's is ~30× faster
// than checking every link's person (a row read each) at 50,000 people.
const queries: Record<CountedKind, { all: SQL; archived: SQL }> = {
  interest: {
    all: sql`SELECT interest_id AS id, count(*) AS n FROM person_interests GROUP BY interest_id`,
    archived: sql`SELECT l.interest_id AS id, count(*) AS n FROM people p NOT INDEXED CROSS JOIN person_interests l ON l.person_id = p.id
      WHERE p.deleted_at IS NOT NULL GROUP BY l.interest_id`,
  },
  tag: {
    all: sql`SELECT tag_id AS id, count(*) AS n FROM person_tags GROUP BY tag_id`,
    archived: sql`SELECT l.tag_id AS id, count(*) AS n FROM people p NOT INDEXED CROSS JOIN person_tags l ON l.person_id = p.id
      WHERE p.deleted_at IS NOT NULL GROUP BY l.tag_id`,
  },
  organisation: {
    // Distinct people: a promotion is two positions at one organisation.
    all: sql`SELECT organisation_id AS id, count(DISTINCT person_id) AS n FROM positions WHERE deleted_at IS NULL GROUP BY organisation_id`,
    archived: sql`SELECT po.organisation_id AS id, count(DISTINCT po.person_id) AS n FROM people p NOT INDEXED CROSS JOIN positions po ON po.person_id = p.id
      WHERE p.deleted_at IS NOT NULL AND po.deleted_at IS NULL GROUP BY po.organisation_id`,
  },
};

/**
 * Live-people counts per interest, tag or organisation, kept until the next write. The core
 * holds the database's only write connection (exclusive lock), so this connection's
 * total_changes() moving is exactly "something was written": suggestions typed letter by
 * letter reuse one count instead of recounting every link each time.
 */
export function createLabelCounts(db: Db) {
  const cache = new Map<CountedKind, { version: number; byId: Map<string, number> }>();

  function version(): number {
    return db.get<{ n: number }>(sql`SELECT total_changes() AS n`)!.n;
  }

  function hasArchived(): boolean {
    // Both counts walk an index (all rows / the live partial index) without reading people rows.
    const all = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people`)!.n;
    const live = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE deleted_at IS NULL`)!.n;
    return all !== live;
  }

  return {
    /** Live people per label id; labels nobody (live) carries are absent. */
    counts(kind: CountedKind): Map<string, number> {
      const at = version();
      const cached = cache.get(kind);
      if (cached && cached.version === at) return cached.byId;
      const byId = new Map(db.all<{ id: string; n: number }>(queries[kind].all).map((r) => [r.id, r.n]));
      if (hasArchived()) {
        for (const { id, n } of db.all<{ id: string; n: number }>(queries[kind].archived)) {
          const left = (byId.get(id) ?? 0) - n;
          if (left > 0) byId.set(id, left);
          else byId.delete(id);
        }
      }
      cache.set(kind, { version: at, byId });
      return byId;
    },
  };
}
