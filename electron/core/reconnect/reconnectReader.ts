import type { CircleId } from '../../../shared/domain/person';
import type { ReconnectItem } from '../../../shared/domain/reconnect';
import type { Db } from '../../db/client';
import { DAY_MS } from '../reminders/clock';
import { type FollowUps, turnsOn } from '../reminders/followUps';
import { cadenceStatus } from '../../../shared/reconnect/cadence';
import { type FollowUpRow, type PersonRow, RECIPROCITY_DAYS, RECIPROCITY_FAVOURS, prepareReconnectStatements } from './reconnectStatements';
import { BIRTHDAY_WINDOW_DAYS, type CandidateFacts, DORMANT_QUIET_DAYS, FOLLOW_UP_AFTER_MS, FOLLOW_UP_WINDOW_DAYS, rank, toItem } from '../../../shared/reconnect/score';

/**
 * Gathers reconnect candidates without scanning everyone. Every reason whose points do
 * not grow with an indexed column (event follow-ups, birthdays, favours) is read in full
 * from small, indexed sets; overdue and dormant-tie candidates are read from the top of
 * their indexes, `limit` each. A person who only has an overdue (or only a dormant) reason
 * and is not among those cannot outscore the `limit` read before them, so the top `limit`
 * is exact.
 */
export function createReconnectReader(db: Db, followUps: FollowUps) {
  const q = prepareReconnectStatements(db.$client);

  /** Interests (by name, up to 3) and the newest note, for the people who made the list: they shape the opener. */
  function talkingPoints(ids: string[]): Map<string, { interests: string[]; lastNote: string | null }> {
    const out = new Map(ids.map((id) => [id, { interests: [] as string[], lastNote: null as string | null }]));
    if (ids.length === 0) return out;
    const json = JSON.stringify(ids);
    for (const r of q.interests({ ids: json })) {
      const entry = out.get(r.personId)!;
      if (entry.interests.length < 3) entry.interests.push(r.name);
    }
    for (const r of q.lastNotes({ ids: json })) out.get(r.personId)!.lastNote = r.note;
    return out;
  }

  return {
    list(now: number, limit: number): ReconnectItem[] {
      const rows = new Map<string, PersonRow>();
      for (const r of q.overdue({ now, limit })) rows.set(r.id, r);
      for (const r of q.dormant({ now, limit, quietBefore: now - DORMANT_QUIET_DAYS * DAY_MS })) rows.set(r.id, r);
      const followUpsByPerson = new Map<string, FollowUpRow>();
      for (const f of q.pendingFollowUps({ from: now - FOLLOW_UP_WINDOW_DAYS * DAY_MS, to: now - FOLLOW_UP_AFTER_MS })) {
        if (!followUpsByPerson.has(f.personId)) followUpsByPerson.set(f.personId, f);
      }
      const birthdayOf = new Map<string, { inDays: number; turns: number | null }>();
      const window = followUps.birthdayWindow(BIRTHDAY_WINDOW_DAYS, now);
      for (const r of q.birthdays({ now, monthDays: JSON.stringify([...window.keys()]) })) {
        const day = window.get(r.birthday.slice(-5))!;
        rows.set(r.id, r);
        birthdayOf.set(r.id, { inDays: day.inDays, turns: turnsOn(r.birthday, day) });
      }
      const favoursOf = new Map<string, { given: number; received: number; lastReceivedKind: string }>();
      for (const f of q.owedFavours({ now, windowStart: now - RECIPROCITY_DAYS * DAY_MS, favours: RECIPROCITY_FAVOURS })) {
        rows.set(f.id, f);
        favoursOf.set(f.id, { given: f.favoursGiven, received: f.favoursReceived, lastReceivedKind: f.favourKind });
      }
      const extra = [...followUpsByPerson.keys()].filter((id) => !rows.has(id));
      if (extra.length > 0) for (const r of q.people({ now, ids: JSON.stringify(extra) })) rows.set(r.id, r);

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
