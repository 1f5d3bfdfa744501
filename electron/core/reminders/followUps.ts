import { sql } from 'drizzle-orm';
import { type Db, atomically } from '../../db/client';
import type { RemindersRepository } from '../../db/repositories/remindersRepository';
import { DAY_MS, addDays, atLocalHour, isLeapYear, localDay } from './clock';
import type { ReminderService } from './reminderService';

/** How far ahead birthday reminders are written, so they show as upcoming before the day. */
export const BIRTHDAY_LOOKAHEAD_DAYS = 14;

/** One local day of a birthday window. */
export interface BirthdayDay {
  on: string;
  at: number;
  inDays: number;
  year: number;
}

/** The age someone turns on `day`, when their birthday has a year. */
export const turnsOn = (birthday: string, day: BirthdayDay): number | null => (birthday.startsWith('--') ? null : day.year - Number(birthday.slice(0, 4)));

export interface BirthdayRow {
  personId: string;
  name: string;
  birthday: string;
  /** The local day it falls on next, its instant at the morning hour, and days until then. */
  on: string;
  at: number;
  inDays: number;
  turns: number | null;
}

/**
 * Reminders that come from other records: event follow-ups (from meeting someone at an
 * event, settled by any later touchpoint with them) and birthdays (from people's birthday).
 */
export function createFollowUps(db: Db, reminders: RemindersRepository, service: ReminderService) {
  let birthdaysWritten = '';

  /** Windows by length, for the current day, zone and morning hour (Today asks for 7 and 14 days). */
  let windowsFor = '';
  const windows = new Map<number, Map<string, BirthdayDay>>();

  /**
   * The local days from today to `days` ahead, by the `MM-DD` a birthday would have to fall
   * on them (29 February falls on the 28th in other years). Worked out once per day, zone
   * and morning hour, so matching people is a map lookup rather than calendar arithmetic.
   */
  function birthdayWindow(days: number, now: number): Map<string, BirthdayDay> {
    const { timeZone, morningHour } = service.settings();
    const today = localDay(now, timeZone);
    const key = `${today}|${timeZone}|${morningHour}`;
    if (key !== windowsFor) {
      windows.clear();
      windowsFor = key;
    }
    const known = windows.get(days);
    if (known) return known;
    const byMonthDay = new Map<string, BirthdayDay>();
    for (let i = 0; i <= days; i++) {
      const on = addDays(today, i);
      const day = { on, at: atLocalHour(on, morningHour, timeZone), inDays: i, year: Number(on.slice(0, 4)) };
      byMonthDay.set(on.slice(5), day);
      if (on.slice(5) === '02-28' && !isLeapYear(day.year)) byMonthDay.set('02-29', day);
    }
    windows.set(days, byMonthDay);
    return byMonthDay;
  }

  /** People whose birthday falls in the next `days` local days (today included), soonest first. */
  function birthdaysWithin(days: number, now: number): BirthdayRow[] {
    const window = birthdayWindow(days, now);
    const rows = db.all<{ id: string; name: string; birthday: string }>(sql`
      SELECT id, display_name AS name, birthday FROM people
      WHERE deleted_at IS NULL AND birthday IS NOT NULL AND substr(birthday, -5) IN ${[...window.keys()]}`);
    return rows
      .map((r) => {
        const d = window.get(r.birthday.slice(-5))!;
        return { personId: r.id, name: r.name, birthday: r.birthday, on: d.on, at: d.at, inDays: d.inDays, turns: turnsOn(r.birthday, d) };
      })
      .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
  }

  /** One pass of writeBirthdayReminders, inside its transaction. */
  function writeBirthdays(upcoming: BirthdayRow[], now: number): void {
    // Open ones whose person's birthday changed (or who left) go, in one statement.
    db.run(sql`UPDATE reminders SET deleted_at = ${now}, updated_at = ${now}
      WHERE kind = 'birthday' AND status IN ('open', 'snoozed') AND deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM people p WHERE p.id = reminders.person_id AND p.deleted_at IS NULL AND p.birthday = reminders.date_on)`);
    // One per occurrence: any birthday reminder (done ones too) within a day of it counts.
    const existing = new Map<string, number[]>();
    if (upcoming.length > 0) {
      const rows = db.all<{ personId: string; dueAt: number }>(sql`
        SELECT person_id AS personId, due_at AS dueAt FROM reminders
        WHERE kind = 'birthday' AND deleted_at IS NULL AND due_at BETWEEN ${upcoming[0]!.at - DAY_MS} AND ${upcoming.at(-1)!.at + DAY_MS}`);
      for (const r of rows) existing.set(r.personId, [...(existing.get(r.personId) ?? []), r.dueAt]);
    }
    for (const b of upcoming) {
      if (existing.get(b.personId)?.some((at) => Math.abs(at - b.at) < DAY_MS)) continue;
      const title = b.turns ? `${b.name}'s birthday (turns ${b.turns})` : `${b.name}'s birthday`;
      reminders.insert({ kind: 'birthday', title, personId: b.personId, dueAt: b.at, allDay: true, dateOn: b.birthday }, now);
    }
  }

  return {
    birthdaysWithin,
    birthdayWindow,

    /**
     * After someone was linked to an event: a follow-up reminder if they were met there and
     * their follow-up is still pending, unless the event or the setting turns them off, or one
     * is already open. Every capture path calls this; the attendance decides.
     */
    onMet(event: { id: string; name: string; startAt: number | null; followUpDays: number | null }, person: { id: string; name: string }, now: number): void {
      const days = event.followUpDays ?? service.settings().eventFollowUpDays;
      if (days <= 0) return;
      const pending = db.get(sql`SELECT 1 FROM attendances WHERE event_id = ${event.id} AND person_id = ${person.id}
        AND met = 1 AND follow_up = 'pending' AND deleted_at IS NULL`);
      if (!pending || reminders.openFor('event_follow_up', person.id, event.id).length > 0) return;
      const base = Math.max(event.startAt ?? now, now);
      reminders.insert(
        {
          kind: 'event_follow_up',
          title: `Follow up with ${person.name} (met at ${event.name})`,
          personId: person.id,
          eventId: event.id,
          dueAt: base + days * DAY_MS,
          allDay: false,
        },
        now,
      );
    },

    /**
     * A touchpoint with these people at `at` settles their pending follow-ups from events
     * that started by then (except the event the touchpoint itself belongs to): attendance
     * becomes done and the open follow-up reminders are completed. Returns the event ids touched.
     */
    settle(personIds: string[], at: number, eventId: string | null, now: number): string[] {
      if (personIds.length === 0) return [];
      const settled = db.all<{ id: string; event_id: string; person_id: string }>(sql`
        SELECT a.id, a.event_id, a.person_id FROM attendances a JOIN events e ON e.id = a.event_id
        WHERE a.person_id IN ${personIds} AND a.follow_up = 'pending' AND a.deleted_at IS NULL
          AND coalesce(e.start_at, a.created_at) <= ${at} AND a.event_id IS NOT ${eventId}`);
      for (const a of settled) {
        db.run(sql`UPDATE attendances SET follow_up = 'done', updated_at = ${now} WHERE id = ${a.id}`);
        for (const r of reminders.openFor('event_follow_up', a.person_id, a.event_id)) {
          reminders.patch(r.id, { status: 'done', doneAt: now, snoozedUntil: null }, now);
        }
      }
      return [...new Set(settled.map((a) => a.event_id))];
    },

    /**
     * Writes a birthday reminder for each birthday in the next two weeks that has none, and
     * removes open ones whose person's birthday changed. Cheap when nothing changed: the
     * candidates are one index read and are compared with the last pass.
     */
    writeBirthdayReminders(now: number): void {
      const upcoming = birthdaysWithin(BIRTHDAY_LOOKAHEAD_DAYS, now);
      const key = localDay(now, service.settings().timeZone) + upcoming.map((b) => b.personId + b.birthday).join();
      if (key === birthdaysWritten) return;
      // One commit for the pass, not one per birthday.
      atomically(db, () => writeBirthdays(upcoming, now));
      birthdaysWritten = key;
    },
  };

}

export type FollowUps = ReturnType<typeof createFollowUps>;
