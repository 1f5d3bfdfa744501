import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReconnectHide, TodayView } from '../../../shared/domain/reconnect';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../../db/client';
import { DAY_MS } from '../reminders/clock';
import { fieldError } from '../reminders/fieldError';
import type { FollowUps } from '../reminders/followUps';
import type { ReminderService } from '../reminders/reminderService';
import { personHealth } from './health';
import { keepFromPrune, prunePage } from './prune';
import { createReconnectReader } from './reconnectReader';
import { BIRTHDAY_WINDOW_DAYS, FOLLOW_UP_WINDOW_DAYS } from '../../../shared/reconnect/score';
import { iso } from '../../db/repositories/mappers';

/** "Snooze" hides a suggestion for a week by default; "not now" for 30 days. */
export const SNOOZE_DAYS = 7;
export const NOT_NOW_DAYS = 30;
const TODAY_LIST_LIMIT = 100;

/** The reconnect list, relationship health, the prune view and the Today view. */
export function createReconnectService(db: Db, reminders: ReminderService, followUps: FollowUps) {
  const reader = createReconnectReader(db, followUps);

  function setHidden(personId: string, until: number | null, now: number) {
    const changed = db.run(sql`UPDATE people SET reconnect_hidden_until = ${until}, updated_at = ${now} WHERE id = ${personId}`);
    if (changed.changes === 0) throw new AppError('NOT_FOUND', `No person with id ${personId}`, { personId });
    return { personId, hiddenUntil: iso(until) };
  }

  /** Events of the last 60 days (or undated) with people met there still waiting for a follow-up. */
  function eventsAwaitingFollowUp(now: number): TodayView['followUps'] {
    const from = now - FOLLOW_UP_WINDOW_DAYS * DAY_MS;
    // Dated events through the start index, undated ones by when the person was added (an OR
    // across both would read every pending attendance there is).
    const rows = db.all<{ eventId: string; eventName: string; startsOn: string | null; personId: string; personName: string }>(sql`
      SELECT eventId, eventName, startsOn, personId, personName FROM (
        SELECT e.id AS eventId, e.name AS eventName, e.starts_on AS startsOn, p.id AS personId, p.display_name AS personName,
          e.start_at AS metAt, p.sort_name AS sortName
        FROM events e JOIN attendances a ON a.event_id = e.id JOIN people p ON p.id = a.person_id
        WHERE e.deleted_at IS NULL AND e.start_at BETWEEN ${from} AND ${now}
          AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending' AND p.deleted_at IS NULL
        UNION ALL
        SELECT e.id, e.name, e.starts_on, p.id, p.display_name, a.created_at, p.sort_name
        FROM events e JOIN attendances a ON a.event_id = e.id JOIN people p ON p.id = a.person_id
        WHERE e.deleted_at IS NULL AND e.start_at IS NULL AND a.created_at >= ${from}
          AND a.deleted_at IS NULL AND a.met = 1 AND a.follow_up = 'pending' AND p.deleted_at IS NULL)
      ORDER BY metAt DESC, eventId, sortName, personId`);
    const byEvent = new Map<string, TodayView['followUps'][number]>();
    for (const r of rows) {
      const entry = byEvent.get(r.eventId) ?? { event: { id: r.eventId, name: r.eventName }, startsOn: r.startsOn, pending: 0, people: [] };
      entry.pending++;
      if (entry.people.length < 8) entry.people.push({ id: r.personId, name: r.personName });
      byEvent.set(r.eventId, entry);
    }
    return [...byEvent.values()];
  }

  return {
    list: (now: number, limit: number) => reader.list(now, limit),

    hide(req: z.output<typeof ReconnectHide>, now: number) {
      const until = req.until ? Date.parse(req.until) : now + (req.mode === 'snooze' ? SNOOZE_DAYS : NOT_NOW_DAYS) * DAY_MS;
      if (until <= now) throw fieldError('until', 'must be in the future');
      return setHidden(req.personId, until, now);
    },

    unhide: (personId: string, now: number) => setHidden(personId, null, now),

    health: (personId: string, now: number) => personHealth(db, personId, now, reminders.settings().timeZone),

    prune: (query: { limit: number; cursor?: string }, now: number) => prunePage(db, query, now),

    keep: (personId: string, keep: boolean, now: number) => keepFromPrune(db, personId, keep, now),

    today(now: number, reconnectLimit: number): TodayView {
      followUps.writeBirthdayReminders(now);
      const view = reminders.view(now);
      const open = reminders.openBefore(view.dayEnd, TODAY_LIST_LIMIT, now);
      return {
        now: iso(now),
        overdue: open.filter((r) => r.timing === 'overdue'),
        dueToday: open.filter((r) => r.timing === 'today'),
        reconnect: reconnectLimit > 0 ? reader.list(now, reconnectLimit) : [],
        followUps: eventsAwaitingFollowUp(now),
        birthdays: followUps.birthdaysWithin(BIRTHDAY_WINDOW_DAYS, now).map((b) => ({
          person: { id: b.personId, name: b.name },
          on: b.on,
          inDays: b.inDays,
          turns: b.turns,
        })),
      };
    },
  };
}

export type ReconnectService = ReturnType<typeof createReconnectService>;
