// The reconnect list, events awaiting follow-up and birthdays for the fake core's Today. The
// reasons, points, sentences and openers are the core's own (shared/reconnect/score.ts); only
// the gathering of facts is done here, over the fake's arrays.
import type { Person } from '../../../shared/domain/person';
import type { ReconnectItem, TodayView } from '../../../shared/domain/reconnect';
import { BIRTHDAY_WINDOW_DAYS, type CandidateFacts, FOLLOW_UP_AFTER_MS, FOLLOW_UP_WINDOW_DAYS, rank, toItem } from '../../../shared/reconnect/score';
import { DAY_MS } from '../../../shared/reconnect/cadence';
import { fakeCadence } from './health';
import { type FakeDb, derive, findPerson } from './state';

const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

function factsOf(db: FakeDb, p: Person, now: number, birthdayIn: Map<string, TodayView['birthdays'][number]>): CandidateFacts {
  const mine = db.touchpoints.filter((t) => !t.deletedAt && t.participants.some((x) => x.id === p.id)).sort((a, b) => b.at.localeCompare(a.at));
  const pending = db.attendance.find((a) => {
    if (a.personId !== p.id || !a.met || a.followUp !== 'pending') return false;
    const event = db.events.find((e) => e.id === a.eventId);
    const metAt = Date.parse(event?.startsOn ?? a.createdAt);
    return now - metAt >= FOLLOW_UP_AFTER_MS && now - metAt <= FOLLOW_UP_WINDOW_DAYS * DAY_MS;
  });
  const event = pending && db.events.find((e) => e.id === pending.eventId)!;
  const birthday = birthdayIn.get(p.id);
  const byThem = mine.filter((t) => t.initiatedBy === 'them').length;
  return {
    personId: p.id,
    name: p.displayName,
    givenName: p.givenName,
    circle: p.circle,
    lastTouchAt: p.lastTouchAt === null ? null : Date.parse(p.lastTouchAt),
    cadence: fakeCadence(db, p, now),
    followUp: pending && event ? { eventName: event.name, metAt: Date.parse(event.startsOn ?? pending.createdAt), note: pending.note } : null,
    birthday: birthday ? { inDays: birthday.inDays, turns: birthday.turns } : null,
    twoWay: { byMe: mine.length - byThem, byThem },
    favours: null,
    interests: p.interests.slice(0, 3).map((i) => i.name),
    lastNote: mine[0]?.note ?? null,
  };
}

/** The reconnect list, ranked by the core's score (the fake does not model favours owed). */
export function reconnect(db: FakeDb, hidden: Map<string, number>, now: number, limit: number): ReconnectItem[] {
  const birthdayIn = new Map(birthdays(db, now).map((b) => [b.person.id, b]));
  const candidates = db.people.filter((p) => !p.archivedAt && (hidden.get(p.id) ?? 0) <= now).map((p) => factsOf(db, derive(db, p), now, birthdayIn));
  return rank(candidates, now, limit).map((f) => toItem(f, now));
}

export function followUps(db: FakeDb): TodayView['followUps'] {
  const byEvent = new Map<string, TodayView['followUps'][number]>();
  for (const a of db.attendance) {
    if (!a.met || a.followUp !== 'pending') continue;
    const e = db.events.find((x) => x.id === a.eventId);
    if (!e || e.archivedAt) continue;
    const entry = byEvent.get(e.id) ?? { event: { id: e.id, name: e.name }, startsOn: e.startsOn, pending: 0, people: [] };
    entry.pending++;
    if (entry.people.length < 8) entry.people.push({ id: a.personId, name: findPerson(db, a.personId).displayName });
    byEvent.set(e.id, entry);
  }
  return [...byEvent.values()];
}

export function birthdays(db: FakeDb, now: number): TodayView['birthdays'] {
  const out: TodayView['birthdays'] = [];
  for (const p of db.people) {
    if (p.archivedAt || !p.birthday) continue;
    const monthDay = p.birthday.slice(-5);
    for (let i = 0; i <= BIRTHDAY_WINDOW_DAYS; i++) {
      const day = new Date(startOfDay(now) + i * DAY_MS).toISOString().slice(0, 10);
      if (day.slice(5) !== monthDay) continue;
      const turns = p.birthday.startsWith('--') ? null : Number(day.slice(0, 4)) - Number(p.birthday.slice(0, 4));
      out.push({ person: { id: p.id, name: p.displayName }, on: day, inDays: i, turns });
    }
  }
  return out.sort((a, b) => a.inDays - b.inDays || a.person.name.localeCompare(b.person.name));
}
