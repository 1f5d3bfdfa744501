import type { z } from 'zod';
import type { Page } from '../../../shared/domain/common';
import type {
  Initiator,
  PersonTimelineQuery,
  TimelineEntry,
  Touchpoint,
  TouchpointChannel,
  TouchpointKind,
} from '../../../shared/domain/touchpoint';
import { AppError } from '../../../shared/ipc/result';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import type { Db } from '../client';
import { iso } from './mappers';
import type { TouchpointsRepository } from './touchpointsRepository';

type TimelineQueryParsed = z.output<typeof PersonTimelineQuery>;

/** One merged row; the letter columns mean different things per type (see timelineSql). */
interface EntryRow {
  type: TimelineEntry['type'];
  id: string;
  at: number;
  a: string | null;
  b: string | null;
  c: string | null;
  d: string | null;
  e: string | null;
  f: string | null;
  g: number | null;
  h: number | null;
}

// Approximate dates (YYYY, YYYY-MM, YYYY-MM-DD) as epoch ms at the start of that period, UTC.
const approxMs = (column: string) =>
  `unixepoch(CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END) * 1000`;

/**
 * The merged timeline as one statement. Parameters: @pid, @created (the person's
 * created_at), @n (rows wanted) and, after a cursor, @at/@type/@id. The cursor condition
 * inside the touchpoint branch keeps it one participants_person_at_idx range that stops
 * after @n live rows; the small branches (a handful of rows per person) are filtered once.
 * Touchpoint rows carry the whole touchpoint (only participants are read separately).
 *
 * Columns a–h by type: touchpoint: event id, event name, note, channel, initiated by,
 * kind, created, updated; met: event id, event name, attendance note; identity_linked:
 * kind, display; position: organisation id, name, title, started|ended; reminder_done: -, title.
 */
function timelineSql(afterCursor: boolean): string {
  const tpAfter = afterCursor ? `AND tp.at <= @at AND (tp.at < @at OR ('touchpoint', tp.touchpoint_id) < (@type, @id))` : '';
  const after = afterCursor ? `WHERE (at, type, id) < (@at, @type, @id)` : '';
  return `
    SELECT type, id, at, a, b, c, d, e, f, g, h FROM (
      SELECT * FROM (
        SELECT 'touchpoint' AS type, tp.touchpoint_id AS id, tp.at AS at, t.event_id AS a, te.name AS b, t.note AS c,
          t.channel AS d, t.initiated_by AS e, t.kind AS f, t.created_at AS g, t.updated_at AS h
        FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id LEFT JOIN events te ON te.id = t.event_id
        WHERE tp.person_id = @pid AND t.deleted_at IS NULL ${tpAfter}
        ORDER BY tp.at DESC, tp.touchpoint_id DESC LIMIT @n)
      UNION ALL
      SELECT * FROM (
        SELECT 'met' AS type, a.id AS id, coalesce(e.start_at, a.created_at) AS at, e.id AS a, e.name AS b, a.note AS c,
          NULL AS d, NULL AS e, NULL AS f, NULL AS g, NULL AS h
        FROM attendances a JOIN events e ON e.id = a.event_id
        WHERE a.person_id = @pid AND a.deleted_at IS NULL AND a.met
        UNION ALL
        SELECT 'identity_linked', i.id, i.created_at, i.kind, i.display, NULL, NULL, NULL, NULL, NULL, NULL
        FROM identities i WHERE i.person_id = @pid AND i.deleted_at IS NULL AND i.created_at > @created
        UNION ALL
        SELECT 'position', po.id || ':started', ${approxMs('po.start_on')}, o.id, o.name, po.title, 'started', NULL, NULL, NULL, NULL
        FROM positions po JOIN organisations o ON o.id = po.organisation_id
        WHERE po.person_id = @pid AND po.deleted_at IS NULL AND po.start_on IS NOT NULL
        UNION ALL
        SELECT 'position', po.id || ':ended', ${approxMs('po.end_on')}, o.id, o.name, po.title, 'ended', NULL, NULL, NULL, NULL
        FROM positions po JOIN organisations o ON o.id = po.organisation_id
        WHERE po.person_id = @pid AND po.deleted_at IS NULL AND po.end_on IS NOT NULL
        UNION ALL
        SELECT 'reminder_done', r.id, r.done_at, NULL, r.title, NULL, NULL, NULL, NULL, NULL, NULL
        FROM reminders r WHERE r.person_id = @pid AND r.done_at IS NOT NULL AND r.deleted_at IS NULL AND r.kind <> 'event_follow_up'
        UNION ALL
        SELECT 'added', @pid, @created, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      ) ${after}
    ) WHERE at IS NOT NULL
    ORDER BY at DESC, type DESC, id DESC LIMIT @n`;
}

/**
 * One person's timeline: touchpoints, events met at, identities linked later, jobs started
 * and ended, reminders done and when they were added, merged newest first.
 */
export function createTimelineReader(db: Db, touchpoints: TouchpointsRepository) {
  // Prepared once per connection: the text is fixed (values are bound), and re-preparing a
  // statement this size would cost more than running it.
  const firstPage = db.$client.prepare(timelineSql(false));
  const nextPage = db.$client.prepare(timelineSql(true));
  const createdAt = db.$client.prepare(`SELECT created_at FROM people WHERE id = ?`).pluck();

  return {
    /**
     * A page of the timeline ordered by (at, type, id) descending, keyset-paged on that
     * triple so paging never skips or repeats an entry, even among equal times. NOT_FOUND
     * for an unknown person; INVALID_INPUT for a cursor from elsewhere.
     */
    page(query: TimelineQueryParsed): Page<TimelineEntry> {
      const created = createdAt.get(query.personId) as number | undefined;
      if (created === undefined) throw new AppError('NOT_FOUND', `No person with id ${query.personId}`, { personId: query.personId });
      const params = { pid: query.personId, created, n: query.limit + 1 };
      let rows: EntryRow[];
      if (query.cursor === undefined) rows = firstPage.all(params) as EntryRow[];
      else {
        const k = decodeCursor(query.cursor, 3);
        if (!k || typeof k[0] !== 'number' || typeof k[1] !== 'string' || typeof k[2] !== 'string') {
          throw new AppError('INVALID_INPUT', 'cursor is not valid for this timeline', { cursor: query.cursor });
        }
        rows = nextPage.all({ ...params, at: k[0], type: k[1], id: k[2] }) as EntryRow[];
      }
      const page = rows.slice(0, query.limit);
      const participants = touchpoints.participantsOf(page.filter((r) => r.type === 'touchpoint').map((r) => r.id));
      const items = page.map((r): TimelineEntry => {
        const at = iso(r.at);
        switch (r.type) {
          case 'touchpoint': {
            const touchpoint: Touchpoint = {
              id: r.id,
              at,
              channel: r.d as TouchpointChannel,
              initiatedBy: r.e as Initiator,
              kind: r.f as TouchpointKind,
              event: r.a !== null && r.b !== null ? { id: r.a, name: r.b } : null,
              note: r.c,
              participants: participants.get(r.id) ?? [],
              createdAt: iso(r.g!),
              updatedAt: iso(r.h!),
              deletedAt: null,
            };
            return { type: 'touchpoint', id: r.id, at, touchpoint };
          }
          case 'met':
            return { type: 'met', id: r.id, at, event: { id: r.a!, name: r.b! }, note: r.c };
          case 'identity_linked':
            return { type: 'identity_linked', id: r.id, at, kind: r.a!, display: r.b! };
          case 'position':
            return { type: 'position', id: r.id, at, organisation: { id: r.a!, name: r.b! }, title: r.c, change: r.d as 'started' | 'ended' };
          case 'reminder_done':
            return { type: 'reminder_done', id: r.id, at, title: r.b! };
          case 'added':
            return { type: 'added', id: r.id, at };
        }
      });
      const last = page.at(-1);
      return { items, nextCursor: rows.length > query.limit && last ? encodeCursor([last.at, last.type, last.id]) : null };
    },
  };
}

export type TimelineReader = ReturnType<typeof createTimelineReader>;
