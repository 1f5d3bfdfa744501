import { sql } from 'drizzle-orm';
import type { CircleId } from '../../../shared/domain/person';
import type { ReconnectItem } from '../../../shared/domain/reconnect';
import type { Db } from '../../db/client';
import { DAY_MS } from '../reminders/clock';
import { type FollowUps, turnsOn } from '../reminders/followUps';
import { cadenceStatus } from './cadence';
import { BIRTHDAY_WINDOW_DAYS, type CandidateFacts, DORMANT_QUIET_DAYS, FOLLOW_UP_AFTER_MS, FOLLOW_UP_WINDOW_DAYS, rank, toItem } from './score';

/** Reciprocity looks at the last 90 days, and at most back to the newest this many favours received. */
export const RECIPROCITY_DAYS = 90;
export const RECIPROCITY_FAVOURS = 100;

const RECEIVED = sql`(t.kind IN ('help_received', 'intro_received') OR (t.kind IN ('compliment', 'gift') AND t.initiated_by = 'them'))`;
const GIVEN = sql`(t.kind IN ('help_given', 'intro_made') OR (t.kind IN ('compliment', 'gift') AND t.initiated_by = 'me'))`;
const FAVOUR_KINDS = sql`t.deleted_at IS NULL AND t.kind IN ('help_given', 'help_received', 'intro_made', 'intro_received', 'compliment', 'gift')`;
const DUE = sql`coalesce(last_touch_at, created_at) + effective_cadence_days * 86400000`;

interface PersonRow {
  id: string;
  name: string;
  given: string | null;
  circle: string | null;
  last: number | null;
  created: number;
  own: number | null;
  cadence: number | null;
  them: number;
  total: number;
}

const PERSON_COLUMNS = sql`id, display_name AS name, given_name AS given, circle_id AS circle, last_touch_at AS last, created_at AS created,
  cadence_days AS own, effective_cadence_days AS cadence, touches_by_them AS them, online_touches + offline_touches AS total`;

/**
 * Gathers reconnect candidates without scanning everyone. Every reason whose points do
 * not grow with an indexed column (event follow-ups, birthdays, favours) is read in full
 * from small, indexed sets; overdue and dormant-tie candidates are read from the top of
 * their indexes, `limit` each. A person who only has an overdue (or only a dormant) reason
 * and is not among those cannot outscore the `limit` read before them, so the top `limit`
 * is exact.
 */
export function createReconnectReader(db: Db, followUps: FollowUps) {
  const visible = (now: number) => sql`deleted_at IS NULL AND (reconnect_hidden_until IS NULL OR reconnect_hidden_until <= ${now})`;

  function overdue(now: number, limit: number): PersonRow[] {
    return db.all<PersonRow>(sql`SELECT ${PERSON_COLUMNS} FROM people
      WHERE deleted_at IS NULL AND effective_cadence_days IS NOT NULL AND ${DUE} <= ${now} AND ${visible(now)}
      ORDER BY ${DUE}, id LIMIT ${limit}`);
  }

  function dormant(now: number, limit: number): PersonRow[] {
    return db.all<PersonRow>(sql`SELECT ${PERSON_COLUMNS} FROM people
      WHERE deleted_at IS NULL AND effective_cadence_days IS NULL AND touches_by_them >= 3 AND online_touches + offline_touches - touches_by_them >= 3
        AND last_touch_at < ${now - DORMANT_QUIET_DAYS * DAY_MS} AND ${visible(now)}
      ORDER BY last_touch_at, id LIMIT ${limit}`);
  }

  function pendingFollowUps(now: number) {
    const from = now - FOLLOW_UP_WINDOW_DAYS * DAY_MS;
    const to = now - FOLLOW_UP_AFTER_MS;
    // Dated events through the start index, undated ones by when the person was added; two
    // reads, because an OR across both would scan every pending attendance instead.
    return db.all<{ personId: string; eventName: string; metAt: number; note: string | null }>(sql`
      SELECT a.person_id AS personId, e.name AS eventName, e.start_at AS metAt, a.note AS note
      FROM events e JOIN attendances a ON a.event_id = e.id
      WHERE e.deleted_at IS NULL AND e.start_at BETWEEN ${from} AND ${to} AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending'
      UNION ALL
      SELECT a.person_id, e.name, a.created_at, a.note
      FROM events e JOIN attendances a ON a.event_id = e.id
      WHERE e.deleted_at IS NULL AND e.start_at IS NULL AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending'
        AND a.created_at BETWEEN ${from} AND ${to}
      ORDER BY metAt DESC`);
  }

  /**
   * People who lately received fewer favours from the user than they gave (help, intros,
   * compliments, gifts), with their rows. "Lately" is since the later of 90 days ago and the
   * 100th newest favour received, so a busy history costs no more than a quiet one.
   */
  function owedFavours(now: number) {
    const windowStart = now - RECIPROCITY_DAYS * DAY_MS;
    return db.all<PersonRow & { favoursReceived: number; favoursGiven: number; favourKind: string }>(sql`
      WITH recent AS (
        SELECT t.at FROM touchpoints t INDEXED BY touchpoints_favours_idx
        WHERE ${FAVOUR_KINDS} AND t.at >= ${windowStart} AND t.at <= ${now} AND ${RECEIVED}
        ORDER BY t.at DESC LIMIT ${RECIPROCITY_FAVOURS}),
      since AS (SELECT CASE WHEN count(*) = ${RECIPROCITY_FAVOURS} THEN min(at) ELSE ${windowStart} END AS s FROM recent),
      owed AS (
        SELECT tp.person_id AS pid, sum(${RECEIVED}) AS received, sum(${GIVEN}) AS given,
          max(CASE WHEN ${RECEIVED} THEN t.at END) AS lastAt, t.kind AS kind
        FROM touchpoints t INDEXED BY touchpoints_favours_idx JOIN touchpoint_participants tp ON tp.touchpoint_id = t.id
        WHERE ${FAVOUR_KINDS} AND t.at >= (SELECT s FROM since) AND t.at <= ${now} AND (${RECEIVED} OR ${GIVEN})
        GROUP BY tp.person_id HAVING received > given)
      SELECT ${PERSON_COLUMNS}, owed.received AS favoursReceived, owed.given AS favoursGiven, owed.kind AS favourKind
      FROM owed JOIN people ON people.id = owed.pid
      WHERE ${visible(now)}`);
  }

  /** People with a birthday in the next 7 days, with their rows. */
  function birthdays(now: number) {
    const window = followUps.birthdayWindow(BIRTHDAY_WINDOW_DAYS, now);
    return db
      .all<PersonRow & { birthday: string }>(sql`
        SELECT ${PERSON_COLUMNS}, birthday FROM people
        WHERE deleted_at IS NULL AND birthday IS NOT NULL AND substr(birthday, -5) IN ${[...window.keys()]} AND ${visible(now)}`)
      .map((r) => {
        const day = window.get(r.birthday.slice(-5))!;
        return { row: r, inDays: day.inDays, turns: turnsOn(r.birthday, day) };
      });
  }

  function peopleByIds(ids: string[], now: number): PersonRow[] {
    if (ids.length === 0) return [];
    return db.all<PersonRow>(sql`SELECT ${PERSON_COLUMNS} FROM people WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND ${visible(now)}`);
  }

  /** Interests (by name, up to 3) and the newest note, for the people who made the list: they shape the opener. */
  function talkingPoints(ids: string[]): Map<string, { interests: string[]; lastNote: string | null }> {
    const out = new Map(ids.map((id) => [id, { interests: [] as string[], lastNote: null as string | null }]));
    if (ids.length === 0) return out;
    const json = JSON.stringify(ids);
    const interests = db.all<{ personId: string; name: string }>(sql`
      SELECT pi.person_id AS personId, i.name FROM person_interests pi JOIN interests i ON i.id = pi.interest_id
      WHERE pi.person_id IN (SELECT value FROM json_each(${json})) AND i.deleted_at IS NULL ORDER BY pi.person_id, pi.created_at, i.name`);
    for (const r of interests) {
      const entry = out.get(r.personId)!;
      if (entry.interests.length < 3) entry.interests.push(r.name);
    }
    const notes = db.all<{ personId: string; note: string | null }>(sql`
      SELECT j.value AS personId, (SELECT t.note FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
        WHERE tp.person_id = j.value AND t.deleted_at IS NULL ORDER BY tp.at DESC LIMIT 1) AS note
      FROM json_each(${json}) j`);
    for (const r of notes) out.get(r.personId)!.lastNote = r.note;
    return out;
  }

  return {
    list(now: number, limit: number): ReconnectItem[] {
      const rows = new Map<string, PersonRow>();
      for (const r of [...overdue(now, limit), ...dormant(now, limit)]) rows.set(r.id, r);
      const followUpsByPerson = new Map<string, ReturnType<typeof pendingFollowUps>[number]>();
      for (const f of pendingFollowUps(now)) if (!followUpsByPerson.has(f.personId)) followUpsByPerson.set(f.personId, f);
      const birthdayOf = new Map<string, { inDays: number; turns: number | null }>();
      for (const b of birthdays(now)) {
        rows.set(b.row.id, b.row);
        birthdayOf.set(b.row.id, b);
      }
      const favoursOf = new Map<string, { given: number; received: number; lastReceivedKind: string }>();
      for (const f of owedFavours(now)) {
        rows.set(f.id, f);
        favoursOf.set(f.id, { given: f.favoursGiven, received: f.favoursReceived, lastReceivedKind: f.favourKind });
      }
      const extra = [...followUpsByPerson.keys()].filter((id) => !rows.has(id));
      for (const r of peopleByIds(extra, now)) rows.set(r.id, r);

      const facts = (r: PersonRow, talk?: { interests: string[]; lastNote: string | null }): CandidateFacts => {
        const f = followUpsByPerson.get(r.id);
        const b = birthdayOf.get(r.id);
        return {
          personId: r.id,
          name: r.name,
          givenName: r.given,
          circle: r.circle as CircleId | null,
          lastTouchAt: r.last,
          cadence: cadenceStatus({ lastTouchAt: r.last, createdAt: r.created, cadenceDays: r.own, effectiveCadenceDays: r.cadence }, now),
          followUp: f ? { eventName: f.eventName, metAt: f.metAt, note: f.note } : null,
          birthday: b ? { inDays: b.inDays, turns: b.turns } : null,
          twoWay: { byMe: r.total - r.them, byThem: r.them },
          favours: favoursOf.get(r.id) ?? null,
          interests: talk?.interests ?? [],
          lastNote: talk?.lastNote ?? null,
        };
      };
      // Rank without talking points (they add no points), then fetch them for the few that made it.
      const top = rank([...rows.values()].map((r) => facts(r)), now, limit);
      const talk = talkingPoints(top.map((f) => f.personId));
      return top.map((f) => toItem(facts(rows.get(f.personId)!, talk.get(f.personId)), now));
    },
  };
}

export type ReconnectReader = ReturnType<typeof createReconnectReader>;
