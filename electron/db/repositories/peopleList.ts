import { type SQL, sql } from 'drizzle-orm';
import type { CircleId, PeopleListQueryParsed, PeoplePage, PersonSummary } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import { type CursorKey, decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';
import { flushPersonSearch } from '../searchIndex';
import { iso } from './mappers';
import { SHORT_TERM, searchTerms, toMatchExpression, toNameMatchExpression } from './search';

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

// A met attendance counts as meeting offline.
const MET_OFFLINE = sql`(SELECT 1 FROM attendances a WHERE a.person_id = p.id AND a.met = 1 AND a.deleted_at IS NULL LIMIT 1) IS NOT NULL`;
const OFFLINE = sql`(p.offline_touches > 0 OR ${MET_OFFLINE})`;

/**
 * Below this many members a filter drives the query (its members are looked up and sorted);
 * above it the page walks the sort index and tests each row. Walking costs about
 * limit / selectivity index steps, driving about one lookup per member; at 50,000 people the
 * two meet near 1,000 members, where each takes ~1.5 ms.
 */
export const DRIVE_MAX = 1000;

/** People rows read to guess how common a circle or mode is before paying for a full scan. */
const SAMPLE_ROWS = 2000;
/** A sample hit rate at or above this (1 %) means walking reads at most ~100 rows per page row. */
const SAMPLE_WALK_HITS = 20;

/** A filter that is a set of people: what its members are (as `k`), and the per-row test. */
interface MemberSet {
  /** The people column the members are values of. */
  key: SQL;
  /** `SELECT … AS k FROM …` on an index of the set's own table (or a scan of people). */
  members: SQL;
  /** The same filter as a test of one row `p`, for walking the sort index. */
  test: SQL;
  /** For filters on people's own columns (no index): how many of the first SAMPLE_ROWS rows pass. */
  sample?: SQL;
}

export interface ListFilters {
  /** Tests on the people row itself. */
  plain: SQL[];
  sets: MemberSet[];
}

// Per-row tests are scalar subqueries, not EXISTS: SQLite turns an EXISTS into a join and,
// with statistics, first builds a Bloom filter over every link of the label (~2 ms for a tag
// 7,000 people have), where the page needs only ~50 index probes.

/**
 * The filters of a people:list query. Every set filter has an index on its own table
 * (person_search, person_tags / person_interests (tag, person), positions_organisation_idx /
 * positions_person_idx, attendances (event, person)), both ways round, so a page can either
 * start from a small set or walk the sort index and stop at `limit`. Null: nothing can match.
 */
export function listFilters(query: PeopleListQueryParsed): ListFilters | null {
  const plain = [query.includeArchived ? sql`p.merged_into_id IS NULL` : sql`p.deleted_at IS NULL`];
  const sets: MemberSet[] = [];
  if (query.query !== undefined) {
    const terms = searchTerms(query.query);
    if (terms.length === 0) return null;
    if (terms.every((t) => t.length <= SHORT_TERM)) {
      // One or two letters ("j", "jo g") match tens of thousands of documents across every
      // field, and reading them all is what made search-as-you-type slow. Such words match
      // the start of a word of the name only: tested while walking the name index (the folded
      // sort key is in it), or, when few people match, found through the name column of the
      // full-text index. The test is also a plain filter so both ways give the same people.
      const startsAWord = sql.join(
        terms.map((t) => sql`(' ' || replace(p.sort_name, '-', ' ')) LIKE ${`% ${t}%`}`),
        sql` AND `,
      );
      plain.push(startsAWord);
      const members = sql`SELECT rowid AS k FROM person_search WHERE person_search MATCH ${toNameMatchExpression(terms)}`;
      sets.push({ key: sql`p.seq`, members, test: startsAWord });
    } else {
      const members = sql`SELECT rowid AS k FROM person_search WHERE person_search MATCH ${toMatchExpression(query.query)}`;
      // Unary + keeps the planner from driving by this IN when the set is large: walk and test.
      sets.push({ key: sql`p.seq`, members, test: sql`+p.seq IN (${members})` });
    }
  }
  if (query.tagId !== undefined) {
    sets.push({
      key: sql`p.id`,
      members: sql`SELECT person_id AS k FROM person_tags WHERE tag_id = ${query.tagId}`,
      test: sql`(SELECT 1 FROM person_tags pt WHERE pt.person_id = p.id AND pt.tag_id = ${query.tagId} LIMIT 1) IS NOT NULL`,
    });
  }
  if (query.interestId !== undefined) {
    sets.push({
      key: sql`p.id`,
      members: sql`SELECT person_id AS k FROM person_interests WHERE interest_id = ${query.interestId}`,
      test: sql`(SELECT 1 FROM person_interests pi WHERE pi.person_id = p.id AND pi.interest_id = ${query.interestId} LIMIT 1) IS NOT NULL`,
    });
  }
  if (query.organisationId !== undefined) {
    const org = query.organisationId;
    sets.push({
      key: sql`p.id`,
      members: sql`SELECT person_id AS k FROM positions WHERE organisation_id = ${org} AND deleted_at IS NULL`,
      // INDEXED BY: without it the planner may scan the organisation's positions for every person.
      test: sql`(SELECT 1 FROM positions po INDEXED BY positions_person_idx WHERE po.person_id = p.id AND po.organisation_id = ${org} AND po.deleted_at IS NULL LIMIT 1) IS NOT NULL`,
    });
  }
  if (query.metAtEventId !== undefined) {
    const event = query.metAtEventId;
    sets.push({
      key: sql`p.id`,
      members: sql`SELECT person_id AS k FROM attendances WHERE event_id = ${event} AND met = 1 AND deleted_at IS NULL`,
      test: sql`(SELECT 1 FROM attendances a WHERE a.event_id = ${event} AND a.person_id = p.id AND a.met = 1 AND a.deleted_at IS NULL LIMIT 1) IS NOT NULL`,
    });
  }
  if (query.importId !== undefined) {
    const importId = query.importId;
    sets.push({
      key: sql`p.id`,
      members: sql`SELECT person_id AS k FROM import_people WHERE import_id = ${importId}`,
      test: sql`EXISTS (SELECT 1 FROM import_people ip WHERE ip.import_id = ${importId} AND ip.person_id = p.id)`,
    });
  }
  // Mode tests columns no index covers: as a set, a rare mode is found by one sequential scan
  // of people instead of a random row read per step of the sort index. A circle also has
  // people_circle_idx (its members in name order), which SQLite may walk instead.
  const own: SQL[] = [];
  if (query.circle !== undefined) own.push(sql`p.circle_id = ${query.circle}`);
  if (query.mode === 'online') own.push(sql`p.online_touches > 0 AND NOT ${OFFLINE}`);
  if (query.mode === 'offline') own.push(sql`p.online_touches = 0 AND ${OFFLINE}`);
  if (query.mode === 'both') own.push(sql`p.online_touches > 0 AND ${OFFLINE}`);
  if (own.length > 0) {
    const test = sql.join(own, sql` AND `);
    sets.push({
      key: sql`p.seq`,
      members: sql`SELECT p.seq AS k FROM people p NOT INDEXED WHERE ${plain[0]!} AND ${test}`,
      test,
      sample: sql`SELECT count(*) AS n FROM (SELECT p.id, p.circle_id, p.online_touches, p.offline_touches FROM people p NOT INDEXED
        WHERE ${plain[0]!} LIMIT ${SAMPLE_ROWS}) p WHERE ${test}`,
    });
  }
  return { plain, sets };
}

/** One ordered stretch of the list: its keyset condition and ORDER BY. */
interface Range {
  after: SQL;
  order: SQL;
}

/** The cursor for a row: the sort key and the id, which breaks ties. */
function cursorKey(sort: PeopleListQueryParsed['sort'], row: SummaryRow): CursorKey {
  if (sort === 'name') return [row.sort_name, row.id];
  if (sort === 'created') return [row.created_at, row.id];
  return [row.last_touch_at, row.id];
}

/**
 * The ranges a sort walks, in order, starting after `cursor`. Each range follows one partial
 * index of people ((sort_name, id), (created_at, id), (last_touch_at, id)). last_touch is two
 * ranges because never-touched people (NULL) come last, which a row-value comparison cannot
 * express: first the touched ones, newest first, then the never-touched, newest id first.
 */
function rangesFor(query: PeopleListQueryParsed): Range[] {
  const key = query.cursor === undefined ? null : decodeCursor(query.cursor, 2);
  const [k0, k1] = key ?? [];
  const sortKeyType = { name: 'string', created: 'number', last_touch: 'number' }[query.sort];
  if (query.cursor !== undefined && (key === null || typeof k1 !== 'string' || (typeof k0 !== sortKeyType && !(k0 === null && query.sort === 'last_touch')))) {
    throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
  }
  if (query.sort === 'name') return [{ after: key ? sql`(p.sort_name, p.id) > (${k0}, ${k1})` : sql`1`, order: sql`p.sort_name, p.id` }];
  if (query.sort === 'created') return [{ after: key ? sql`(p.created_at, p.id) < (${k0}, ${k1})` : sql`1`, order: sql`p.created_at DESC, p.id DESC` }];
  const never = { after: key && k0 === null ? sql`p.last_touch_at IS NULL AND p.id < ${k1}` : sql`p.last_touch_at IS NULL`, order: sql`p.id DESC` };
  if (key !== null && k0 === null) return [never];
  const touched = { after: key ? sql`(p.last_touch_at, p.id) < (${k0}, ${k1})` : sql`p.last_touch_at IS NOT NULL`, order: sql`p.last_touch_at DESC, p.id DESC` };
  return [touched, never];
}

/**
 * A page of people summaries, keyset-paged (never OFFSET): by accent-folded name, newest
 * first, or most recently touched first with never-touched people last. Filters combine
 * with AND; `query` keeps people whose search document matches every word as a prefix.
 * `plan` is for tests: force walking the sort index or starting from the smallest filter.
 */
export function listPeople(db: Db, query: PeopleListQueryParsed, plan?: 'walk' | 'drive'): PeoplePage {
  const filters = listFilters(query);
  if (filters === null) return { items: [], nextCursor: null };
  const ranges = rangesFor(query);
  if (query.query !== undefined) flushPersonSearch(db.$client);
  // The smallest set filter drives when it is small enough (its members, collected once, are
  // the rows to sort); an empty one ends the search.
  let driver: { set: MemberSet; keys: string; n: number } | null = null;
  for (const set of plan === 'walk' ? [] : filters.sets) {
    // A circle or mode most people in a sample have is cheap to walk: skip its full scan.
    if (plan === undefined && set.sample && (db.get<{ n: number } | undefined>(set.sample)?.n ?? 0) >= SAMPLE_WALK_HITS) continue;
    // One row back: the keys as a JSON array built by SQLite, not up to 1,001 rows through JS.
    const found = db.get<{ keys: string; n: number } | undefined>(
      sql`SELECT json_group_array(k) AS keys, count(*) AS n FROM (SELECT k FROM (${set.members}) LIMIT ${plan === 'drive' ? -1 : DRIVE_MAX + 1})`,
    );
    const n = found?.n ?? 0;
    if (n === 0) return { items: [], nextCursor: null };
    if ((plan === 'drive' || n <= DRIVE_MAX) && n < (driver?.n ?? Infinity)) driver = { set, keys: found!.keys, n };
  }
  const tests = filters.sets.filter((s) => s !== driver?.set).map((s) => s.test);
  // CROSS JOIN fixes the join order: SQLite never reorders it, whatever its statistics say.
  const from = driver
    ? sql`(SELECT DISTINCT value AS k FROM json_each(${driver.keys})) d CROSS JOIN people p ON ${driver.set.key} = d.k`
    : sql`people p`;
  const want = query.limit + 1;
  const rows: SummaryRow[] = [];
  for (const range of ranges) {
    if (rows.length >= want) break;
    const where = sql.join([...filters.plain, ...tests, range.after], sql` AND `);
    // The headline is computed in the outer query, for the page's rows only, not for every row sorted.
    rows.push(
      ...db.all<SummaryRow>(sql`
        SELECT p.*, ${HEADLINE} AS headline FROM (
          SELECT p.id, p.display_name, p.sort_name, p.circle_id, p.last_touch_at, p.created_at, p.deleted_at
          FROM ${from} WHERE ${where} ORDER BY ${range.order} LIMIT ${want - rows.length}
        ) p ORDER BY ${range.order}`),
    );
  }
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items: items.map(toSummary), nextCursor: rows.length > query.limit && last ? encodeCursor(cursorKey(query.sort, last)) : null };
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
