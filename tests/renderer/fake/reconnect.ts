// The reconnect list, events awaiting follow-up and birthdays for the fake core's Today:
// small versions of electron/core/reconnect/*, enough for the renderer's tests.
import { CIRCLES, type Person } from '../../../shared/domain/person';
import type { CadenceStatus, ReconnectItem, ReconnectReason, TodayView } from '../../../shared/domain/reconnect';
import { type FakeDb, derive, findPerson } from './state';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/** As electron/core/reconnect/cadence.ts, with the circles' default cadences: from the last touch, else from when they were added. */
function cadenceOf(p: Person, now: number): CadenceStatus {
  const days = p.cadenceDays ?? CIRCLES.find((c) => c.id === p.circle)?.cadenceDays ?? null;
  if (days === null) return { state: 'none', cadenceDays: null, source: null, dueAt: null, daysOverdue: null };
  const dueAt = Date.parse(p.lastTouchAt ?? p.createdAt) + days * DAY_MS;
  const state = now >= dueAt ? 'overdue' : dueAt - now <= Math.min(7, Math.ceil(days / 5)) * DAY_MS ? 'due_soon' : 'ok';
  return { state, cadenceDays: days, source: p.cadenceDays !== null ? 'person' : 'circle', dueAt: iso(dueAt), daysOverdue: Math.floor((now - dueAt) / DAY_MS) };
}

const firstName = (p: Person) => p.givenName ?? p.displayName.split(' ')[0]!;

/** The reconnect list: people past their cadence or not followed up after an event, most pressing first. */
export function reconnect(db: FakeDb, hidden: Map<string, number>, now: number, limit: number): ReconnectItem[] {
  const items: ReconnectItem[] = [];
  for (const p of db.people) {
    if (p.archivedAt || (hidden.get(p.id) ?? 0) > now) continue;
    derive(db, p);
    const cadence = cadenceOf(p, now);
    const reasons: ReconnectReason[] = [];
    if (cadence.state === 'overdue') {
      const last = p.lastTouchAt ? `Last talked ${Math.floor((now - Date.parse(p.lastTouchAt)) / DAY_MS)} days ago` : 'Never talked';
      reasons.push({ code: 'overdue', points: Math.min(60, 20 + (cadence.daysOverdue ?? 0)), text: `${last}; you aim for every ${cadence.cadenceDays} (${cadence.daysOverdue} days overdue).` });
    }
    const pending = db.attendance.find((a) => a.personId === p.id && a.met && a.followUp === 'pending' && now - Date.parse(a.createdAt) > 2 * DAY_MS);
    if (pending) {
      const event = db.events.find((e) => e.id === pending.eventId)!;
      reasons.push({ code: 'event_followup', points: 40, text: `Met at ${event.name}; not followed up yet.` });
    }
    if (reasons.length === 0) continue;
    const interest = p.interests[0]?.name;
    if (interest) reasons.push({ code: 'shared_interest', points: 0, text: `Cares about ${interest}.` });
    const opener = interest ? `Ask ${firstName(p)} about ${interest}.` : `Hi ${firstName(p)} — it has been a while. How are things?`;
    const score = reasons.reduce((sum, r) => sum + r.points, 0);
    items.push({ personId: p.id, name: p.displayName, circle: p.circle, lastTouchAt: p.lastTouchAt, score, reasons, opener, cadence });
  }
  return items.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId)).slice(0, limit);
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
    for (let i = 0; i <= 7; i++) {
      const day = new Date(startOfDay(now) + i * DAY_MS).toISOString().slice(0, 10);
      if (day.slice(5) !== monthDay) continue;
      const turns = p.birthday.startsWith('--') ? null : Number(day.slice(0, 4)) - Number(p.birthday.slice(0, 4));
      out.push({ person: { id: p.id, name: p.displayName }, on: day, inDays: i, turns });
    }
  }
  return out.sort((a, b) => a.inDays - b.inDays || a.person.name.localeCompare(b.person.name));
}
