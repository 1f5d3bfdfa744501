import { type SQL, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { events, people, touchpointParticipants, touchpoints } from '../schema';

/** `column IN (the JSON array bound as :ids)`: one prepared statement whatever the number of ids. */
const inIds = (column: SQLiteColumn): SQL => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`;

/**
 * The touchpoint queries on hot paths (logging, timelines, seeding a million rows), built
 * and prepared once per connection: drizzle otherwise rebuilds the SQL text and SQLite
 * re-prepares it on every call, which costs more than running these index lookups.
 * Lists of ids are bound as one JSON array (`ids: JSON.stringify([...])`).
 */
export function prepareTouchpointStatements(db: Db) {
  return {
    /** Touchpoint rows with their event's name, for `ids`. */
    rows: db
      .select({ tp: touchpoints, eventName: events.name })
      .from(touchpoints)
      .leftJoin(events, eq(events.id, touchpoints.eventId))
      .where(inIds(touchpoints.id))
      .prepare(),
    /** Participants of the touchpoints `ids`, by name. */
    participants: db
      .select({ touchpointId: touchpointParticipants.touchpointId, id: people.id, name: people.displayName })
      .from(touchpointParticipants)
      .innerJoin(people, eq(people.id, touchpointParticipants.personId))
      .where(inIds(touchpointParticipants.touchpointId))
      .orderBy(people.sortName, people.id)
      .prepare(),
    /** Person ids of one touchpoint (`id`). */
    participantIds: db
      .select({ id: touchpointParticipants.personId })
      .from(touchpointParticipants)
      .where(eq(touchpointParticipants.touchpointId, sql.placeholder('id')))
      .prepare(),
    /** People (any state) among `ids`. */
    people: db.select({ id: people.id, name: people.displayName }).from(people).where(inIds(people.id)).prepare(),
    /** One event (any state) by `id`. */
    event: db.select({ id: events.id, name: events.name }).from(events).where(eq(events.id, sql.placeholder('id'))).prepare(),
    insert: db
      .insert(touchpoints)
      .values({
        id: sql.placeholder('id'),
        at: sql.placeholder('at'),
        channel: sql.placeholder('channel'),
        initiatedBy: sql.placeholder('initiatedBy'),
        kind: sql.placeholder('kind'),
        eventId: sql.placeholder('eventId'),
        note: sql.placeholder('note'),
        externalId: sql.placeholder('externalId'),
        importId: sql.placeholder('importId'),
        createdAt: sql.placeholder('now'),
        updatedAt: sql.placeholder('now'),
      })
      .prepare(),
    insertParticipant: db
      .insert(touchpointParticipants)
      .values({ touchpointId: sql.placeholder('id'), personId: sql.placeholder('personId'), at: sql.placeholder('at') })
      .prepare(),
    /** Adds `online`/`offline` live touchpoints (`them` of them started by the person; the newest at `at`) to each of `ids` and moves their last touch forward. */
    count: db
      .update(people)
      .set({
        onlineTouches: sql`${people.onlineTouches} + ${sql.placeholder('online')}`,
        offlineTouches: sql`${people.offlineTouches} + ${sql.placeholder('offline')}`,
        touchesByThem: sql`${people.touchesByThem} + ${sql.placeholder('them')}`,
        lastTouchAt: sql`max(coalesce(${people.lastTouchAt}, ${sql.placeholder('at')}), ${sql.placeholder('at')})`,
      })
      .where(inIds(people.id))
      .prepare(),
    /** Counts one live touchpoint less for `ids`; the last touch is recomputed separately. */
    uncount: db
      .update(people)
      .set({
        onlineTouches: sql`${people.onlineTouches} - ${sql.placeholder('online')}`,
        offlineTouches: sql`${people.offlineTouches} - ${sql.placeholder('offline')}`,
        touchesByThem: sql`${people.touchesByThem} - ${sql.placeholder('them')}`,
      })
      .where(inIds(people.id))
      .prepare(),
    /** Sets last_touch_at of `ids` to their newest live touchpoint: one step down participants_person_at_idx each. */
    recomputeLastTouch: db
      .update(people)
      .set({
        lastTouchAt: sql`(SELECT tp.at FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
          WHERE tp.person_id = ${people.id} AND t.deleted_at IS NULL ORDER BY tp.at DESC LIMIT 1)`,
      })
      .where(inIds(people.id))
      .prepare(),
  };
}
