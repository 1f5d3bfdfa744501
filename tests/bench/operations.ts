// The operations a user waits on, each with a hand-written raw-SQL query that returns the
// same answer straight through better-sqlite3: the floor our code is compared with.
import Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import { type Sqlite, applyPragmas } from '../../electron/db/client';
import type { Channel } from '../../shared/ipc/channels';
import type { Req, Res } from '../../shared/ipc/contract';
import { toMatchExpression } from '../../electron/db/repositories/search';

export interface Operation {
  name: string;
  /** What the user does, for the table. */
  label: string;
  ours(round: number): unknown;
  raw(round: number): unknown;
}

export async function call<C extends Channel>(core: Core, channel: C, payload: Req<C>): Promise<Res<C>> {
  const result = await core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as Res<C>;
}

/** Search-as-you-type: 1–4 letter prefixes of common and rare names, and handles. */
export function searchTerms(sqlite: Sqlite): string[] {
  const common = sqlite.prepare(`SELECT given_name FROM people WHERE given_name IS NOT NULL GROUP BY given_name ORDER BY count(*) DESC LIMIT 2`).pluck().all() as string[];
  const rare = sqlite.prepare(`SELECT family_name FROM people WHERE family_name IS NOT NULL GROUP BY family_name ORDER BY count(*) ASC LIMIT 2`).pluck().all() as string[];
  const handles = sqlite.prepare(`SELECT value FROM identities WHERE kind = 'x' AND deleted_at IS NULL ORDER BY id LIMIT 2`).pluck().all() as string[];
  const prefixes = (word: string) => [1, 2, 3, 4].map((n) => word.slice(0, n)).filter((p, i, all) => p && all.indexOf(p) === i);
  return [...common, ...rare].flatMap(prefixes).concat(handles.map((h) => `@${h.slice(0, 6)}`), handles);
}

const HEADLINE_SQL = `coalesce(
  (SELECT coalesce(po.title || ' at ', '') || o.name FROM positions po JOIN organisations o ON o.id = po.organisation_id
    WHERE po.person_id = p.id AND po.end_on IS NULL AND po.deleted_at IS NULL ORDER BY po.start_on DESC LIMIT 1),
  (SELECT i.display FROM identities i WHERE i.person_id = p.id AND i.deleted_at IS NULL ORDER BY i.is_primary DESC, i.created_at LIMIT 1))`;

export interface Subjects {
  /** The person with the most touchpoints, and a cursor 20 pages into their timeline. */
  heaviest: string;
  deepCursor: string;
  deepBefore: number;
  /** The event with the most attendees. */
  biggestEvent: string;
}

export async function findSubjects(core: Core): Promise<Subjects> {
  const sqlite = core.session().sqlite;
  const heaviest = sqlite.prepare(`SELECT person_id FROM touchpoint_participants GROUP BY person_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const next = (await call(core, 'timeline:person', { personId: heaviest, limit: 100, cursor })).nextCursor;
    if (!next) break;
    cursor = next;
  }
  const deepBefore = sqlite
    .prepare(`SELECT at FROM touchpoint_participants WHERE person_id = ? ORDER BY at DESC LIMIT 1 OFFSET 1999`)
    .pluck()
    .get(heaviest) as number | undefined;
  const biggestEvent = sqlite.prepare(`SELECT event_id FROM attendances GROUP BY event_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
  return { heaviest, deepCursor: cursor ?? '', deepBefore: deepBefore ?? 0, biggestEvent };
}

export function operations(core: Core, subjects: Subjects, terms: string[]): Operation[] {
  const sqlite = core.session().sqlite;
  const firstPage = sqlite.prepare(
    `SELECT p.id, p.display_name, p.circle_id, p.last_touch_at, p.created_at, p.deleted_at, ${HEADLINE_SQL} AS headline
     FROM people p WHERE p.deleted_at IS NULL ORDER BY p.sort_name, p.id LIMIT 51`,
  );
  const search = sqlite.prepare(
    `SELECT p.id, p.display_name, p.circle_id, p.last_touch_at, p.created_at, p.deleted_at, ${HEADLINE_SQL} AS headline
     FROM people p WHERE p.deleted_at IS NULL AND p.seq IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)
     ORDER BY p.sort_name, p.id LIMIT 51`,
  );
  const timeline = (before: number) =>
    sqlite
      .prepare(
        `SELECT t.id, t.at, t.channel, t.initiated_by, t.kind, t.event_id, t.note FROM touchpoint_participants tp
         JOIN touchpoints t ON t.id = tp.touchpoint_id
         WHERE tp.person_id = ? AND tp.at < ? AND t.deleted_at IS NULL ORDER BY tp.at DESC LIMIT 101`,
      )
      .all(subjects.heaviest, before);
  const eventRow = sqlite.prepare(
    `SELECT e.*, (SELECT count(*) FROM attendances a WHERE a.event_id = e.id AND a.deleted_at IS NULL) AS attendees,
       (SELECT count(*) FROM attendances a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.met) AS met,
       (SELECT count(*) FROM attendances a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.met AND a.follow_up = 'pending') AS pending
     FROM events e WHERE e.id = ?`,
  );
  const attendees = sqlite.prepare(
    `SELECT a.*, p.display_name FROM attendances a JOIN people p ON p.id = a.person_id
     WHERE a.event_id = ? AND a.deleted_at IS NULL ORDER BY p.sort_name, a.id LIMIT 51`,
  );
  const term = (round: number) => terms[round % terms.length]!;
  // The palette's other two lists: events by name (a scan of a few hundred rows) and the
  // newest matching notes, ranked (the window searchNotes uses).
  const eventsByName = sqlite.prepare(
    `SELECT * FROM events WHERE deleted_at IS NULL AND lower(name) LIKE '%' || lower(?) || '%' ORDER BY start_at IS NULL, start_at DESC, id DESC LIMIT 10`,
  );
  const notes = sqlite.prepare(
    `WITH recent AS (SELECT rowid FROM touchpoint_search WHERE touchpoint_search MATCH :m ORDER BY rowid DESC LIMIT 1000)
     SELECT t.id, t.at, t.channel, t.note FROM touchpoint_search s JOIN touchpoints t ON t.seq = s.rowid
     WHERE touchpoint_search MATCH :m AND s.rowid >= (SELECT min(rowid) FROM recent) AND t.deleted_at IS NULL ORDER BY s.rank LIMIT 10`,
  );
  // The reconnect list's candidate reads, written by hand: the most overdue by the due-time
  // index, the quietest rich ties, recent pending follow-ups, birthdays this week and the
  // newest favours received. Scoring them is the part our code adds.
  const now = Date.now();
  const reconnectRaw = [
    sqlite.prepare(`SELECT id, last_touch_at, effective_cadence_days FROM people WHERE deleted_at IS NULL AND effective_cadence_days IS NOT NULL
      AND coalesce(last_touch_at, created_at) + effective_cadence_days * 86400000 <= ? ORDER BY coalesce(last_touch_at, created_at) + effective_cadence_days * 86400000 LIMIT 10`),
    sqlite.prepare(`SELECT id, last_touch_at FROM people WHERE deleted_at IS NULL AND effective_cadence_days IS NULL AND touches_by_them >= 3
      AND online_touches + offline_touches - touches_by_them >= 3 AND last_touch_at < ? - 180 * 86400000 ORDER BY last_touch_at LIMIT 10`),
    sqlite.prepare(`SELECT a.person_id, e.name FROM events e JOIN attendances a ON a.event_id = e.id WHERE e.deleted_at IS NULL
      AND e.start_at BETWEEN ? - 60 * 86400000 AND ? AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending'`),
    sqlite.prepare(`SELECT id, birthday FROM people WHERE deleted_at IS NULL AND birthday IS NOT NULL AND substr(birthday, -5) IN (SELECT value FROM json_each(?))`),
    sqlite.prepare(`SELECT tp.person_id, count(*) FROM (SELECT t.id FROM touchpoints t INDEXED BY touchpoints_favours_idx WHERE t.deleted_at IS NULL
      AND t.kind IN ('help_given', 'help_received', 'intro_made', 'intro_received', 'compliment', 'gift') AND t.at >= ? - 90 * 86400000
      AND (t.kind IN ('help_received', 'intro_received') OR t.initiated_by = 'them') ORDER BY t.at DESC LIMIT 200) f
      JOIN touchpoint_participants tp ON tp.touchpoint_id = f.id GROUP BY tp.person_id`),
  ] as const;
  const week = JSON.stringify(Array.from({ length: 8 }, (_, i) => new Date(now + i * 86_400_000).toISOString().slice(5, 10)));
  const reconnectFloor = () => [
    reconnectRaw[0].all(now),
    reconnectRaw[1].all(now),
    reconnectRaw[2].all(now, now),
    reconnectRaw[3].all(week),
    reconnectRaw[4].all(now),
  ];
  const openReminders = sqlite.prepare(`SELECT r.*, p.display_name FROM reminders r LEFT JOIN people p ON p.id = r.person_id
    WHERE r.status IN ('open', 'snoozed') AND r.deleted_at IS NULL AND r.next_at < ? ORDER BY r.next_at, r.id LIMIT 100`);
  const noteWords = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).join(' ');

  return [
    {
      name: 'people.list.first_page',
      label: 'People list, first page (50)',
      ours: () => call(core, 'people:list', { limit: 50 }),
      raw: () => firstPage.all(),
    },
    {
      name: 'people.search',
      label: `Search as you type (${terms.length} prefixes/handles)`,
      ours: (round) => call(core, 'people:list', { limit: 50, query: term(round) }),
      raw: (round) => search.all(toMatchExpression(term(round))),
    },
    {
      name: 'palette.search',
      label: 'Palette search (people, events, notes)',
      ours: (round) => call(core, 'search:all', { query: term(round), limit: 10 }),
      raw: (round) => {
        const t = term(round);
        const m = toMatchExpression(noteWords(t));
        return [search.all(toMatchExpression(t)).slice(0, 10), eventsByName.all(t), m ? notes.all({ m }) : []];
      },
    },
    {
      name: 'timeline.person.first_page',
      label: 'Person timeline, first page (100)',
      ours: () => call(core, 'timeline:person', { personId: subjects.heaviest, limit: 100 }),
      raw: () => timeline(Number.MAX_SAFE_INTEGER),
    },
    {
      name: 'timeline.person.deep_page',
      label: 'Person timeline, page 21',
      ours: () => call(core, 'timeline:person', { personId: subjects.heaviest, limit: 100, cursor: subjects.deepCursor || undefined }),
      raw: () => timeline(subjects.deepBefore),
    },
    {
      name: 'reconnect.list',
      label: 'Reconnect list, top 10 (ranked, with reasons and openers)',
      ours: () => call(core, 'reconnect:list', { limit: 10 }),
      raw: reconnectFloor,
    },
    {
      name: 'today.view',
      label: 'Today view (reminders due, reconnect top 5, follow-ups, birthdays)',
      ours: () => call(core, 'today:get', {}),
      raw: () => [openReminders.all(now + 86_400_000), reconnectFloor()],
    },
    {
      name: 'event.page',
      label: 'Event page (event + first 50 attendees)',
      ours: async () => [await call(core, 'events:get', { id: subjects.biggestEvent }), await call(core, 'events:attendees', { eventId: subjects.biggestEvent, limit: 50 })],
      raw: () => [eventRow.get(subjects.biggestEvent), attendees.all(subjects.biggestEvent)],
    },
  ];
}

/** Opening the file the way the app does, without our code: the floor for start-up. */
export function rawOpen(dbPath: string): void {
  const sqlite = new Database(dbPath, { timeout: 200 });
  sqlite.pragma('locking_mode = EXCLUSIVE');
  applyPragmas(sqlite);
  sqlite.exec('BEGIN EXCLUSIVE; COMMIT;');
  sqlite.prepare(`SELECT hash FROM "__drizzle_migrations"`).all();
  sqlite.close();
}
