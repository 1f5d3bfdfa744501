import { cadenceStatus } from '../../../shared/reconnect/cadence';
import { balanceText, whoStarts } from '../../../shared/reconnect/healthText';
import { CIRCLES, type CircleId, type Person } from '../../../shared/domain/person';
import type { CadenceStatus, PruneItem, RelationshipHealth } from '../../../shared/domain/reconnect';
import type { ReminderSettings } from '../../../shared/domain/reminder';
import type { Touchpoint } from '../../../shared/domain/touchpoint';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { type FakeDb, derive, findPerson, fold, nextTime, page } from './state';

const DAY_MS = 86_400_000;
/** The core's thresholds (electron/core/reconnect/prune.ts). */
const PRUNE_ATTEMPTS = 3;
const NEVER_ENGAGED_DAYS = 90;

/** What the fake keeps beside its tables: circle cadences and reminder settings, per fake. */
interface HealthState {
  /** People kept out of the prune view. */
  kept: Set<string>;
  cadences: Record<CircleId, number>;
  settings: ReminderSettings;
}
const extra = new WeakMap<FakeDb, HealthState>();

function stateOf(db: FakeDb): HealthState {
  let s = extra.get(db);
  if (!s) {
    s = {
      cadences: Object.fromEntries(CIRCLES.map((c) => [c.id, c.cadenceDays])) as Record<CircleId, number>,
      settings: { timeZone: 'Europe/London', morningHour: 9, eventFollowUpDays: 2, digestHour: null, notifications: true },
      kept: new Set(),
    };
    extra.set(db, s);
  }
  return s;
}

/** The fake's "now" follows its clock, so everything seeded so far is in the past. */
const now = () => Date.parse(nextTime());

const touchesOf = (db: FakeDb, personId: string, until: number): Touchpoint[] =>
  db.touchpoints
    .filter((t) => !t.deletedAt && Date.parse(t.at) <= until && t.participants.some((p) => p.id === personId))
    .sort((a, b) => b.at.localeCompare(a.at));

/** The core's cadence rule (shared/reconnect/cadence.ts) over the fake's people and its edited circle cadences. */
export function fakeCadence(db: FakeDb, person: Person, at: number): CadenceStatus {
  const own = person.cadenceDays;
  return cadenceStatus(
    {
      lastTouchAt: person.lastTouchAt === null ? null : Date.parse(person.lastTouchAt),
      createdAt: Date.parse(person.createdAt),
      cadenceDays: own,
      effectiveCadenceDays: own ?? (person.circle ? stateOf(db).cadences[person.circle] : null),
    },
    at,
  );
}

function favour(t: Touchpoint): number {
  if (t.kind === 'help_given' || t.kind === 'intro_made') return 1;
  if (t.kind === 'help_received' || t.kind === 'intro_received') return -1;
  if (t.kind === 'compliment' || t.kind === 'gift') return t.initiatedBy === 'me' ? 1 : -1;
  return 0;
}

/** Months are counted in UTC here (the core uses the settings' zone; tests keep clear of month edges). */
function health(db: FakeDb, person: Person, at: number): RelationshipHealth {
  const all = touchesOf(db, person.id, at);
  const end = new Date(at);
  const months = Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 23 + i, 1));
    return { month: d.toISOString().slice(0, 7), count: 0 };
  });
  const index = new Map(months.map((m, i) => [m.month, i]));
  let touches90d = 0;
  let touches12m = 0;
  let last6m = 0;
  let previous6m = 0;
  let given = 0;
  let received = 0;
  for (const t of all) {
    const age = at - Date.parse(t.at);
    const month = index.get(t.at.slice(0, 7));
    if (month !== undefined) months[month]!.count++;
    if (age <= 90 * DAY_MS) touches90d++;
    if (age <= 182 * DAY_MS) last6m++;
    else if (age <= 365 * DAY_MS) previous6m++;
    if (age <= 365 * DAY_MS) {
      touches12m++;
      const f = favour(t);
      if (f > 0) given++;
      else if (f < 0) received++;
    }
  }
  const lastTen = all.slice(0, 10);
  const byMe = lastTen.filter((t) => t.initiatedBy === 'me').length;
  const byThem = lastTen.length - byMe;
  const direction =
    last6m === 0 && previous6m === 0 ? 'none' : last6m >= previous6m * 1.25 + 1 ? 'warming' : last6m <= previous6m * 0.75 - 1 ? 'cooling' : 'steady';
  return {
    person: { id: person.id, name: person.displayName },
    lastTouchAt: person.lastTouchAt,
    touches90d,
    touches12m,
    total: all.length,
    recent: { byMe, byThem, text: whoStarts(byMe, byThem) },
    reciprocity: { given, received, balance: given - received, text: balanceText(given, received) },
    trend: { direction, last6m, previous6m },
    months,
    cadence: fakeCadence(db, person, at),
  };
}

function pruneItem(db: FakeDb, p: Person, at: number): PruneItem | null {
  const mine = touchesOf(db, p.id, Number.POSITIVE_INFINITY);
  const byThem = mine.filter((t) => t.initiatedBy === 'them').length;
  const noReply = byThem === 0 && mine.length >= PRUNE_ATTEMPTS;
  const met = db.attendance.some((a) => a.personId === p.id && a.met);
  const never = mine.length === 0 && Date.parse(p.createdAt) < at - NEVER_ENGAGED_DAYS * DAY_MS && !met;
  if (!noReply && !never) return null;
  return {
    personId: p.id,
    name: p.displayName,
    circle: p.circle,
    reason: noReply ? 'no_reply' : 'never_engaged',
    text: noReply ? `You reached out ${mine.length} times; they never started a conversation.` : `Added over ${NEVER_ENGAGED_DAYS} days ago; no touchpoint yet.`,
    attempts: mine.length,
    lastTouchAt: p.lastTouchAt,
    suggestion: noReply && p.circle !== 'dormant' ? 'dormant' : 'archive',
  };
}

/** Relationship health, prune view, circles and reminder settings in the fake core. */
export const healthHandlers = {
  'health:person': (req: ParsedReq<'health:person'>, db: FakeDb) => health(db, derive(db, findPerson(db, req.id)), now()),
  'prune:list': (req: ParsedReq<'prune:list'>, db: FakeDb) => {
    const at = now();
    const items = db.people
      .filter((p) => !p.archivedAt && !stateOf(db).kept.has(p.id))
      .map((p) => pruneItem(db, derive(db, p), at))
      .filter((x): x is PruneItem => x !== null)
      .sort((a, b) => fold(a.name).localeCompare(fold(b.name)) || a.personId.localeCompare(b.personId));
    return page(items, req.cursor, req.limit);
  },
  'prune:keep': (req: ParsedReq<'prune:keep'>, db: FakeDb) => {
    findPerson(db, req.personId);
    if (req.keep) stateOf(db).kept.add(req.personId);
    else stateOf(db).kept.delete(req.personId);
    return { personId: req.personId, keptAt: req.keep ? nextTime() : null };
  },
  'circles:list': (_req: ParsedReq<'circles:list'>, db: FakeDb) => {
    const { cadences } = stateOf(db);
    return CIRCLES.map((c) => ({ id: c.id, name: c.name, cadenceDays: cadences[c.id], people: db.people.filter((p) => !p.archivedAt && p.circle === c.id).length }));
  },
  'circles:update': (req: ParsedReq<'circles:update'>, db: FakeDb) => {
    stateOf(db).cadences[req.id] = req.cadenceDays;
    const circle = CIRCLES.find((c) => c.id === req.id)!;
    return { id: req.id, name: circle.name, cadenceDays: req.cadenceDays, people: db.people.filter((p) => !p.archivedAt && p.circle === req.id).length };
  },
  'reminders:settings': (_req: ParsedReq<'reminders:settings'>, db: FakeDb) => stateOf(db).settings,
  'reminders:update-settings': (req: ParsedReq<'reminders:update-settings'>, db: FakeDb) => {
    const s = stateOf(db);
    s.settings = { ...s.settings, ...req };
    return s.settings;
  },
};
