import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { LabelCount } from '../../../shared/domain/person';
import { sortKeyForName } from '../../../shared/util/text';
import type { Db } from '../client';
import { interests, organisations, personInterests, personTags, tags } from '../schema';
import { type CountedKind, createLabelCounts } from './labelCounts';
import { escapeLike } from './nameMatch';

export type LabelKind = 'interest' | 'tag';

/** Matching key for interest, tag and organisation names: accent- and case-folded, spaces collapsed. */
export const labelKey = sortKeyForName;

const tables = {
  interest: { labels: interests, links: personInterests, linkColumn: personInterests.interestId },
  tag: { labels: tags, links: personTags, linkColumn: personTags.tagId },
} as const;

interface LabelQueryParsed {
  query?: string;
  limit: number;
}

/**
 * Interests, tags and organisations: the shared labels people carry. Names are matched by
 * their folded key, so "Burn Notice", "burn notice" and "Búrn  Notice" are one label.
 */
export function createLabelsRepository(db: Db) {
  const labelCounts = createLabelCounts(db);
  // Lookups and inserts every new person with labels goes through, prepared once per kind.
  const prepared = (kind: LabelKind) => {
    const { labels, links } = tables[kind];
    return {
      byKey: db
        .select({ id: labels.id, deletedAt: labels.deletedAt })
        .from(labels)
        .where(eq(labels.nameKey, sql.placeholder('nameKey')))
        .prepare(),
      revive: db.update(labels).set({ deletedAt: null, updatedAt: sql`${sql.placeholder('now')}` }).where(eq(labels.id, sql.placeholder('id'))).prepare(),
      insert: db
        .insert(labels)
        .values({ id: sql.placeholder('id'), name: sql.placeholder('name'), nameKey: sql.placeholder('nameKey'), createdAt: sql.placeholder('now'), updatedAt: sql.placeholder('now') })
        .prepare(),
      // A link the person already has stays as it was (and keeps its date).
      link: db
        .insert(links)
        .values({ personId: sql.placeholder('personId'), [kind === 'interest' ? 'interestId' : 'tagId']: sql.placeholder('labelId'), createdAt: sql.placeholder('now') } as never)
        .onConflictDoNothing()
        .prepare(),
    };
  };
  const q = { interest: prepared('interest'), tag: prepared('tag') };
  const org = {
    byKey: db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.nameKey, sql.placeholder('nameKey')), isNull(organisations.deletedAt)))
      .prepare(),
    insert: db
      .insert(organisations)
      .values({ id: sql.placeholder('id'), name: sql.placeholder('name'), nameKey: sql.placeholder('nameKey'), createdAt: sql.placeholder('now'), updatedAt: sql.placeholder('now') })
      .prepare(),
  };

  /** Ids for `names` (deduplicated by key, in first-seen order), creating the labels that are new. */
  function resolve(kind: LabelKind, names: readonly string[], now: number): string[] {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = labelKey(name);
      if (key !== '' && !byKey.has(key)) byKey.set(key, name.trim().replace(/\s+/g, ' '));
    }
    return [...byKey].map(([nameKey, name]) => {
      const found = q[kind].byKey.get({ nameKey });
      if (found) {
        // A label someone retired comes back when it is used again (name keys are unique for all rows).
        if (found.deletedAt !== null) q[kind].revive.run({ id: found.id, now });
        return found.id;
      }
      const id = uuidv7();
      q[kind].insert.run({ id, name, nameKey, now });
      return id;
    });
  }

  function link(kind: LabelKind, personId: string, ids: string[], now: number): void {
    for (const labelId of ids) q[kind].link.run({ personId, labelId, now });
  }

  return {
    resolve,

    /** Gives a person exactly these labels (by name); links not named are removed, others kept as they were. */
    replace(kind: LabelKind, personId: string, names: readonly string[], now: number): void {
      const { links, linkColumn } = tables[kind];
      const ids = resolve(kind, names, now);
      const keep = ids.length > 0 ? notInArray(linkColumn, ids) : undefined;
      db.delete(links).where(and(eq(links.personId, personId), keep)).run();
      link(kind, personId, ids, now);
    },

    /** Adds these labels (by name) to a person, keeping the ones they have. */
    attach(kind: LabelKind, personId: string, names: readonly string[], now: number): void {
      link(kind, personId, resolve(kind, names, now), now);
    },

    /** The live organisation with this folded name, or a new one. */
    resolveOrganisation(name: string, now: number): string {
      const nameKey = labelKey(name);
      const found = org.byKey.get({ nameKey });
      if (found) return found.id;
      const id = uuidv7();
      org.insert.run({ id, name: name.trim().replace(/\s+/g, ' '), nameKey, now });
      return id;
    },

    /**
     * Interests or tags with how many live people carry each. Without `query`: the most
     * shared first (then by name), only labels someone carries. With `query`: labels whose
     * folded name contains it, those starting with it first, then the most shared.
     */
    list(kind: LabelKind, query: LabelQueryParsed): LabelCount[] {
      return ranked(kind, tables[kind].labels, query);
    },

    /** Organisations with how many live people hold or held a live position there; like `list`. */
    organisations(query: LabelQueryParsed): LabelCount[] {
      return ranked('organisation', organisations, query);
    },
  };

  function ranked(kind: CountedKind, table: typeof interests | typeof tags | typeof organisations, query: LabelQueryParsed): LabelCount[] {
    const counts = labelCounts.counts(kind);
    const key = query.query === undefined ? '' : labelKey(query.query);
    let rows: LabelRow[];
    if (key === '') {
      // The most shared, from the counts alone: names are read only for labels that can make
      // the page (every label tied with the last place, so ties still sort by name).
      const byCount = [...counts.values()].sort((a, b) => b - a);
      const least = byCount[Math.min(query.limit, byCount.length) - 1] ?? Infinity;
      const ids = [...counts].filter(([, n]) => n >= least).map(([id]) => id);
      rows = ids.length === 0 ? [] : db.select(labelColumns(table)).from(table).where(and(inArray(table.id, ids), isNull(table.deletedAt))).all();
    } else {
      rows = db
        .select(labelColumns(table))
        .from(table)
        .where(and(isNull(table.deletedAt), sql`${table.nameKey} LIKE ${`%${escapeLike(key)}%`} ESCAPE '\\'`))
        .all();
    }
    const people = (r: LabelRow) => counts.get(r.id) ?? 0;
    const starts = (r: LabelRow) => (key !== '' && r.nameKey.startsWith(key) ? 0 : 1);
    return rows
      .filter((r) => key !== '' || people(r) > 0)
      .sort((a, b) => starts(a) - starts(b) || people(b) - people(a) || compare(a.nameKey, b.nameKey) || compare(a.id, b.id))
      .slice(0, query.limit)
      .map((r) => ({ id: r.id, name: r.name, people: people(r) }));
  }
}

interface LabelRow {
  id: string;
  name: string;
  nameKey: string;
}

function labelColumns(table: typeof interests | typeof tags | typeof organisations) {
  return { id: table.id, name: table.name, nameKey: table.nameKey };
}

/** Code-unit order, as SQLite's BINARY collation sorts. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type LabelsRepository = ReturnType<typeof createLabelsRepository>;
