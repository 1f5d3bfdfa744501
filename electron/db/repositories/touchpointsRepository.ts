import { type SQL, and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Page, Ref } from '../../../shared/domain/common';
import {
  TOUCHPOINT_CHANNELS,
  type RecentTouchpointsQuery,
  type Touchpoint,
  type TouchpointChannel,
  type TouchpointCreate,
  type TouchpointUpdate,
  isOnline,
} from '../../../shared/domain/touchpoint';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import { foldText } from '../../../shared/util/text';
import { type Db, atomically } from '../client';
import { events, touchpointParticipants, touchpoints } from '../schema';
import { type TouchpointRow, toTouchpoint } from './mappers';
import { prepareTouchpointStatements } from './touchpointStatements';
import { flushTouchpointSearch } from '../searchIndex';
import { toMatchExpression } from './search';

type TouchpointCreateParsed = z.output<typeof TouchpointCreate>;
/** What imports add to a new touchpoint: where it came from, so a re-import skips it and undo finds it. */
export type TouchpointWrite = TouchpointCreateParsed & { externalId?: string | null; importId?: string | null };
type TouchpointUpdateParsed = z.output<typeof TouchpointUpdate>;
type RecentQueryParsed = z.output<typeof RecentTouchpointsQuery>;

const unique = (ids: string[]) => [...new Set(ids)];

/** How many of the newest matching notes a note search ranks (see searchNotes). */
export const NOTE_SEARCH_WINDOW = 1000;

/**
 * Touchpoints and their participants. Every write keeps the people's denormalised figures
 * (last_touch_at, online_touches, offline_touches) in step with their live touchpoints, in
 * the same transaction: the reconnect list and the online/offline filter read only those.
 */
export function createTouchpointsRepository(db: Db) {
  const q = prepareTouchpointStatements(db);

  function requireRow(id: string): TouchpointRow {
    const row = q.rows.get({ ids: JSON.stringify([id]) })?.tp;
    if (!row) throw new AppError('NOT_FOUND', `No touchpoint with id ${id}`, { id });
    return row;
  }

  /** Every id must be a person (archived ones too: they keep their history); NOT_FOUND names the first missing. */
  function requirePeople(ids: string[]): Ref[] {
    const byId = new Map(q.people.all({ ids: JSON.stringify(ids) }).map((r) => [r.id, r]));
    return ids.map((id) => {
      const ref = byId.get(id);
      if (!ref) throw new AppError('NOT_FOUND', `No person with id ${id}`, { personId: id });
      return ref;
    });
  }

  function requireEvent(id: string | null | undefined): Ref | null {
    if (id === null || id === undefined) return null;
    const row = q.event.get({ id });
    if (!row) throw new AppError('NOT_FOUND', `No event with id ${id}`, { eventId: id });
    return row;
  }

  function participantIds(touchpointId: string): string[] {
    return q.participantIds.all({ id: touchpointId }).map((r) => r.id);
  }

  /** Adds (sign 1) or removes (sign −1) one touchpoint's worth of counters; adding also moves last_touch_at forward. */
  function count(personIds: string[], channel: TouchpointChannel, initiatedBy: string, at: number, sign: 1 | -1): void {
    if (personIds.length === 0) return;
    const online = isOnline(channel) ? 1 : 0;
    const params = { ids: JSON.stringify(personIds), online, offline: 1 - online, them: initiatedBy === 'them' ? 1 : 0 };
    if (sign === 1) q.count.run({ ...params, at });
    else q.uncount.run(params);
  }

  function recomputeLastTouch(personIds: string[]): void {
    if (personIds.length > 0) q.recomputeLastTouch.run({ ids: JSON.stringify(personIds) });
  }

  /** Participants (by name) of each of the touchpoints `ids`, in one read. */
  function participantsOf(ids: string[]): Map<string, Ref[]> {
    const byTouchpoint = new Map<string, Ref[]>();
    if (ids.length === 0) return byTouchpoint;
    for (const p of q.participants.all({ ids: JSON.stringify(ids) })) {
      const list = byTouchpoint.get(p.touchpointId);
      if (list) list.push({ id: p.id, name: p.name });
      else byTouchpoint.set(p.touchpointId, [{ id: p.id, name: p.name }]);
    }
    return byTouchpoint;
  }

  /** Full DTOs for rows, with a fixed number of queries (events joined, participants in one read). */
  function hydrate(rows: { tp: TouchpointRow; eventName: string | null }[]): Touchpoint[] {
    if (rows.length === 0) return [];
    const byTouchpoint = participantsOf(rows.map((r) => r.tp.id));
    return rows.map(({ tp, eventName }) =>
      toTouchpoint(tp, tp.eventId && eventName !== null ? { id: tp.eventId, name: eventName } : null, byTouchpoint.get(tp.id) ?? []),
    );
  }

  function select(where: SQL | undefined) {
    return db.select({ tp: touchpoints, eventName: events.name }).from(touchpoints).leftJoin(events, eq(events.id, touchpoints.eventId)).where(where);
  }

  /** Touchpoints by id, in the order given; unknown ids are skipped. */
  function byIds(ids: string[]): Touchpoint[] {
    if (ids.length === 0) return [];
    const found = new Map(hydrate(q.rows.all({ ids: JSON.stringify(ids) })).map((t) => [t.id, t]));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  function get(id: string): Touchpoint {
    const found = byIds([id])[0];
    if (!found) throw new AppError('NOT_FOUND', `No touchpoint with id ${id}`, { id });
    return found;
  }

  return {
    get,
    byIds,
    participantsOf,

    /**
     * Logs interactions and returns their ids, in order: the one write path for the app,
     * imports and seeding. Checks every person and event first (NOT_FOUND naming the first
     * unknown one, nothing written), then writes all rows in one transaction and moves each
     * participant's figures once for the whole batch, so a bulk job pays one counter update
     * per person rather than one per touchpoint.
     */
    insertMany(inputs: TouchpointWrite[], now: number): string[] {
      const rows = inputs.map((input) => ({ input, id: uuidv7(), at: Date.parse(input.at), personIds: unique(input.personIds) }));
      requirePeople(unique(rows.flatMap((r) => r.personIds)));
      for (const eventId of unique(rows.flatMap((r) => (r.input.eventId ? [r.input.eventId] : [])))) requireEvent(eventId);
      const figures = new Map<string, { online: number; offline: number; them: number; at: number }>();
      for (const { input, at, personIds } of rows) {
        const online = isOnline(input.channel) ? 1 : 0;
        const them = input.initiatedBy === 'them' ? 1 : 0;
        for (const personId of personIds) {
          const f = figures.get(personId);
          if (f) {
            f.online += online;
            f.offline += 1 - online;
            f.them += them;
            f.at = Math.max(f.at, at);
          } else figures.set(personId, { online, offline: 1 - online, them, at });
        }
      }
      // Synchronous transaction: better-sqlite3 cannot await inside one.
      atomically(db, () => {
        for (const { input, id, at, personIds } of rows) {
          q.insert.run({
            id,
            at,
            channel: input.channel,
            initiatedBy: input.initiatedBy,
            kind: input.kind,
            eventId: input.eventId ?? null,
            note: input.note ?? null,
            externalId: input.externalId ?? null,
            importId: input.importId ?? null,
            now,
          });
          for (const personId of personIds) q.insertParticipant.run({ id, personId, at });
        }
        for (const [personId, f] of figures) q.count.run({ ids: JSON.stringify([personId]), ...f });
      });
      return rows.map((r) => r.id);
    },

    /** One touchpoint through `insertMany`; returns its id. */
    insert(input: TouchpointCreateParsed, now: number): string {
      return this.insertMany([input], now)[0]!;
    },

    /** `insert`, then the touchpoint with participants by name. */
    create(input: TouchpointCreateParsed, now: number): Touchpoint {
      return get(this.insert(input, now));
    },

    /** Changes the fields present; participants, time and channel changes move the people's figures with them. */
    update({ id, patch }: TouchpointUpdateParsed, now: number): { touchpoint: Touchpoint; affected: string[] } {
      const row = requireRow(id);
      const before = participantIds(id);
      const after = patch.personIds ? unique(patch.personIds) : before;
      if (patch.personIds) requirePeople(after);
      if (patch.eventId !== undefined) requireEvent(patch.eventId);
      const at = patch.at !== undefined ? Date.parse(patch.at) : row.at;
      const channel = patch.channel ?? (row.channel as TouchpointChannel);
      const initiatedBy = patch.initiatedBy ?? row.initiatedBy;
      const live = row.deletedAt === null;
      atomically(db, () => {
        db.update(touchpoints)
          .set({
            at,
            channel,
            initiatedBy,
            kind: patch.kind ?? row.kind,
            eventId: patch.eventId !== undefined ? patch.eventId : row.eventId,
            note: patch.note !== undefined ? patch.note : row.note,
            updatedAt: now,
          })
          .where(eq(touchpoints.id, id))
          .run();
        const removed = before.filter((p) => !after.includes(p));
        const added = after.filter((p) => !before.includes(p));
        if (removed.length > 0) {
          db.delete(touchpointParticipants)
            .where(and(eq(touchpointParticipants.touchpointId, id), inArray(touchpointParticipants.personId, removed)))
            .run();
        }
        for (const personId of added) q.insertParticipant.run({ id, personId, at });
        if (at !== row.at) db.update(touchpointParticipants).set({ at }).where(eq(touchpointParticipants.touchpointId, id)).run();
        if (live) {
          // Take the old touchpoint off everyone it counted for, count the new one, then find each newest touch again.
          count(before, row.channel as TouchpointChannel, row.initiatedBy, row.at, -1);
          count(after, channel, initiatedBy, at, 1);
          if (at !== row.at || removed.length > 0) recomputeLastTouch(unique([...before, ...after]));
        }
      });
      return { touchpoint: get(id), affected: unique([...before, ...after]) };
    },

    /** Soft delete (idempotent): the touchpoint leaves timelines and counters; restore undoes it. */
    setDeleted(id: string, deleted: boolean, now: number): { touchpoint: Touchpoint; affected: string[] } {
      const row = requireRow(id);
      const personIds = participantIds(id);
      if ((row.deletedAt !== null) !== deleted) {
        atomically(db, () => {
          db.update(touchpoints).set({ deletedAt: deleted ? now : null, updatedAt: now }).where(eq(touchpoints.id, id)).run();
          count(personIds, row.channel as TouchpointChannel, row.initiatedBy, row.at, deleted ? -1 : 1);
          if (deleted) recomputeLastTouch(personIds);
        });
      }
      return { touchpoint: get(id), affected: personIds };
    },

    /**
     * Soft-deletes many touchpoints at once (undoing an import) and drops their source ids, so
     * importing the same source again writes them anew; each person's figures move once.
     */
    deleteMany(ids: string[], now: number): string[] {
      const affected = new Set<string>();
      atomically(db, () => {
        for (let i = 0; i < ids.length; i += 5000) {
          const chunk = JSON.stringify(ids.slice(i, i + 5000));
          const rows = q.rows.all({ ids: chunk }).filter((r) => r.tp.deletedAt === null);
          const people = participantsOf(rows.map((r) => r.tp.id));
          for (const { tp } of rows) {
            const personIds = (people.get(tp.id) ?? []).map((p) => p.id);
            count(personIds, tp.channel as TouchpointChannel, tp.initiatedBy, tp.at, -1);
            personIds.forEach((p) => affected.add(p));
          }
          db.run(sql`UPDATE touchpoints SET deleted_at = ${now}, updated_at = ${now}, external_id = NULL
            WHERE id IN (SELECT value FROM json_each(${chunk}))`);
        }
        recomputeLastTouch([...affected]);
      });
      return [...affected];
    },

    /**
     * The global timeline: live touchpoints with anyone, newest first, keyset-paged on
     * (at, id) over touchpoints_at_idx; optionally only some channels and/or online/offline.
     */
    recent(query: RecentQueryParsed): Page<Touchpoint> {
      const filters: SQL[] = [isNull(touchpoints.deletedAt)];
      let allowed: TouchpointChannel[] | null = query.channels ? [...query.channels] : null;
      if (query.mode) {
        const online = query.mode === 'online';
        allowed = (allowed ?? [...TOUCHPOINT_CHANNELS]).filter((c) => isOnline(c) === online);
      }
      if (allowed) {
        if (allowed.length === 0) return { items: [], nextCursor: null };
        filters.push(inArray(touchpoints.channel, allowed));
      }
      if (query.cursor !== undefined) {
        const key = decodeCursor(query.cursor, 2);
        if (!key || typeof key[0] !== 'number' || typeof key[1] !== 'string') {
          throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
        }
        filters.push(sql`(${touchpoints.at}, ${touchpoints.id}) < (${key[0]}, ${key[1]})`);
      }
      const rows = select(and(...filters)).orderBy(desc(touchpoints.at), desc(touchpoints.id)).limit(query.limit + 1).all();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1)?.tp;
      return { items: hydrate(page), nextCursor: rows.length > query.limit && last ? encodeCursor([last.at, last.id]) : null };
    },

    /**
     * Live touchpoints whose note matches every word (as a prefix), best match first (FTS5
     * rank) among the NOTE_SEARCH_WINDOW most recently logged matching notes, at most
     * `limit`. Ranking every match of a common word over a million notes takes hundreds of
     * milliseconds; finding the newest matches and ranking those few stays within ~10 ms.
     * One-letter words are left out: a one-letter prefix matches nearly every note.
     */
    searchNotes(text: string, limit: number): Touchpoint[] {
      const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => foldText(w).length >= 2);
      const match = toMatchExpression(words.join(' '));
      if (match === null) return [];
      flushTouchpointSearch(db.$client);
      const ids = db
        .all<{ id: string }>(sql`
          WITH recent AS (
            SELECT rowid FROM touchpoint_search WHERE touchpoint_search MATCH ${match} ORDER BY rowid DESC LIMIT ${NOTE_SEARCH_WINDOW})
          SELECT t.id FROM touchpoint_search s JOIN touchpoints t ON t.seq = s.rowid
          WHERE touchpoint_search MATCH ${match} AND s.rowid >= (SELECT min(rowid) FROM recent) AND t.deleted_at IS NULL
          ORDER BY s.rank LIMIT ${limit}`)
        .map((r) => r.id);
      return byIds(ids);
    },
  };
}

export type TouchpointsRepository = ReturnType<typeof createTouchpointsRepository>;
