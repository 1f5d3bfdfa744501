import type { Sqlite } from '../../db/client';

/** Reciprocity looks at the last 90 days, and at most back to the newest this many favours received. */
export const RECIPROCITY_DAYS = 90;
export const RECIPROCITY_FAVOURS = 100;

const RECEIVED = `(t.kind IN ('help_received', 'intro_received') OR (t.kind IN ('compliment', 'gift') AND t.initiated_by = 'them'))`;
const GIVEN = `(t.kind IN ('help_given', 'intro_made') OR (t.kind IN ('compliment', 'gift') AND t.initiated_by = 'me'))`;
// The WHERE of touchpoints_favours_idx, so the planner can use it.
const FAVOURS = `t.deleted_at IS NULL AND t.kind IN ('help_given', 'help_received', 'intro_made', 'intro_received', 'compliment', 'gift')`;
// The expression of people_cadence_due_idx.
const DUE = `coalesce(last_touch_at, created_at) + effective_cadence_days * 86400000`;
const VISIBLE = `deleted_at IS NULL AND (reconnect_hidden_until IS NULL OR reconnect_hidden_until <= @now)`;
const PERSON_COLUMNS = `id, display_name AS name, given_name AS given, circle_id AS circle, last_touch_at AS last, created_at AS created,
  cadence_days AS own, effective_cadence_days AS cadence, touches_by_them AS them, online_touches + offline_touches AS total`;

export interface PersonRow {
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

export interface FollowUpRow {
  personId: string;
  eventName: string;
  metAt: number;
  note: string | null;
}

export type OwedRow = PersonRow & { favoursReceived: number; favoursGiven: number; favourKind: string };

/**
 * The reconnect list's reads, prepared once per connection: the list runs often (Today, the
 * digest) and building these statements each time cost as much as running them.
 */
export function prepareReconnectStatements(sqlite: Sqlite) {
  const all = <Row>(text: string) => {
    const statement = sqlite.prepare(text);
    return (params: Record<string, unknown>) => statement.all(params) as Row[];
  };
  return {
    /** The most overdue people, by the due-time index. */
    overdue: all<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people
      WHERE deleted_at IS NULL AND effective_cadence_days IS NOT NULL AND ${DUE} <= @now AND ${VISIBLE}
      ORDER BY ${DUE}, id LIMIT @limit`),

    /** The quietest rich ties without a cadence, by people_quiet_ties_idx. */
    dormant: all<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people
      WHERE deleted_at IS NULL AND effective_cadence_days IS NULL AND touches_by_them >= 3 AND online_touches + offline_touches - touches_by_them >= 3
        AND last_touch_at < @quietBefore AND ${VISIBLE}
      ORDER BY last_touch_at, id LIMIT @limit`),

    /**
     * Pending follow-ups met between @from and @to: dated events through the start index,
     * undated ones by when the person was added (an OR across both would read every pending
     * attendance there is).
     */
    pendingFollowUps: all<FollowUpRow>(`
      SELECT a.person_id AS personId, e.name AS eventName, e.start_at AS metAt, a.note AS note
      FROM events e JOIN attendances a ON a.event_id = e.id
      WHERE e.deleted_at IS NULL AND e.start_at BETWEEN @from AND @to AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending'
      UNION ALL
      SELECT a.person_id, e.name, a.created_at, a.note
      FROM events e JOIN attendances a ON a.event_id = e.id
      WHERE e.deleted_at IS NULL AND e.start_at IS NULL AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending'
        AND a.created_at BETWEEN @from AND @to
      ORDER BY metAt DESC`),

    /**
     * People who lately gave the user more favours (help, intros, compliments, gifts) than
     * they got back, with their rows. "Lately" is since the later of @windowStart and the
     * @favours-th newest favour received, so a busy history costs no more than a quiet one.
     * `t.kind` is a bare column next to one max(): SQLite takes it from the newest received.
     */
    owedFavours: all<OwedRow>(`
      WITH recent AS (
        SELECT t.at FROM touchpoints t INDEXED BY touchpoints_favours_idx
        WHERE ${FAVOURS} AND t.at >= @windowStart AND t.at <= @now AND ${RECEIVED}
        ORDER BY t.at DESC LIMIT @favours),
      since AS (SELECT CASE WHEN count(*) = @favours THEN min(at) ELSE @windowStart END AS s FROM recent),
      owed AS (
        SELECT tp.person_id AS pid, sum(${RECEIVED}) AS received, sum(${GIVEN}) AS given,
          max(CASE WHEN ${RECEIVED} THEN t.at END) AS lastAt, t.kind AS kind
        FROM touchpoints t INDEXED BY touchpoints_favours_idx JOIN touchpoint_participants tp ON tp.touchpoint_id = t.id
        WHERE ${FAVOURS} AND t.at >= (SELECT s FROM since) AND t.at <= @now AND (${RECEIVED} OR ${GIVEN})
        GROUP BY tp.person_id HAVING received > given)
      SELECT ${PERSON_COLUMNS}, owed.received AS favoursReceived, owed.given AS favoursGiven, owed.kind AS favourKind
      FROM owed JOIN people ON people.id = owed.pid
      WHERE ${VISIBLE}`),

    /** People whose birthday (`MM-DD`) is one of @monthDays (a JSON array), by people_birthday_idx. */
    birthdays: all<PersonRow & { birthday: string }>(`SELECT ${PERSON_COLUMNS}, birthday FROM people
      WHERE deleted_at IS NULL AND birthday IS NOT NULL AND substr(birthday, -5) IN (SELECT value FROM json_each(@monthDays)) AND ${VISIBLE}`),

    /** People among @ids (a JSON array). */
    people: all<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE id IN (SELECT value FROM json_each(@ids)) AND ${VISIBLE}`),

    /** Interests of @ids, oldest first per person. */
    interests: all<{ personId: string; name: string }>(`
      SELECT pi.person_id AS personId, i.name FROM person_interests pi JOIN interests i ON i.id = pi.interest_id
      WHERE pi.person_id IN (SELECT value FROM json_each(@ids)) AND i.deleted_at IS NULL ORDER BY pi.person_id, pi.created_at, i.name`),

    /** The newest live touchpoint's note of each of @ids. */
    lastNotes: all<{ personId: string; note: string | null }>(`
      SELECT j.value AS personId, (SELECT t.note FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
        WHERE tp.person_id = j.value AND t.deleted_at IS NULL ORDER BY tp.at DESC LIMIT 1) AS note
      FROM json_each(@ids) j`),
  };
}
