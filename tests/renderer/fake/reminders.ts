import type { TodayView } from '../../../shared/domain/reconnect';
import type { NotificationEntry, Reminder, ReminderKind, ReminderStatus } from '../../../shared/domain/reminder';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { birthdays, followUps, reconnect } from './reconnect';
import { type FakeDb, findPerson, nextTime, page, refuse } from './state';
import { touchpointHandlers } from './touchpoints';

const DAY_MS = 86_400_000;
/** The fake runs in UTC with the core's default morning hour. */
const MORNING_HOUR = 9;
const SNOOZE_DAYS = 7;
const NOT_NOW_DAYS = 30;

/** A stored reminder: what the core keeps in its row, names resolved on read. */
interface Row {
  id: string;
  kind: ReminderKind;
  title: string;
  note: string | null;
  personId: string | null;
  eventId: string | null;
  dueAt: number;
  allDay: boolean;
  rrule: string | null;
  date: string | null;
  status: ReminderStatus;
  snoozedUntil: number | null;
  doneAt: number | null;
  dismissedAt: number | null;
  previousId: string | null;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What the fake keeps beside the shared tables: reminders, the inbox, hidden suggestions. */
interface ReminderState {
  rows: Row[];
  inbox: NotificationEntry[];
  hiddenUntil: Map<string, number>;
}
const extra = new WeakMap<FakeDb, ReminderState>();

export function reminderState(db: FakeDb): ReminderState {
  let s = extra.get(db);
  if (!s) extra.set(db, (s = { rows: [], inbox: [], hiddenUntil: new Map() }));
  return s;
}

/** The fake's "now" follows its clock (2025-03-01 onwards), like the other fake modules. */
export const fakeNow = () => Date.parse(nextTime());
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const nextAtOf = (r: Row) => (r.status === 'snoozed' && r.snoozedUntil !== null ? r.snoozedUntil : r.dueAt);
const active = (r: Row) => !r.deleted && (r.status === 'open' || r.status === 'snoozed');

function dto(db: FakeDb, r: Row, now: number): Reminder {
  const person = r.personId ? findPerson(db, r.personId) : null;
  const event = r.eventId ? db.events.find((e) => e.id === r.eventId) : undefined;
  const nextAt = nextAtOf(r);
  const dayStart = startOfDay(now);
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    note: r.note,
    person: person ? { id: person.id, name: person.displayName } : null,
    event: event ? { id: event.id, name: event.name } : null,
    dueAt: iso(r.dueAt)!,
    allDay: r.allDay,
    rrule: r.rrule,
    date: r.date,
    status: r.status,
    snoozedUntil: iso(r.snoozedUntil),
    doneAt: iso(r.doneAt),
    dismissedAt: iso(r.dismissedAt),
    nextAt: iso(nextAt)!,
    timing: nextAt < dayStart ? 'overdue' : nextAt < dayStart + DAY_MS ? 'today' : 'upcoming',
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function findRow(db: FakeDb, id: string): Row {
  return reminderState(db).rows.find((r) => r.id === id && !r.deleted) ?? refuse('NOT_FOUND', `No reminder with id ${id}`, { id });
}

/** `YYYY-MM-DD` falls on the morning hour (all day); a date-time is taken as is. */
function parseDue(due: string): { at: number; allDay: boolean } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return { at: Date.parse(`${due}T${String(MORNING_HOUR).padStart(2, '0')}:00:00Z`), allDay: true };
  return { at: Date.parse(due), allDay: false };
}

/** A small stand-in for ical.js: the frequencies the core accepts, refused in the core's words otherwise. */
function checkRRule(rrule: string): void {
  const freq = /(?:^|;)FREQ=([A-Z]+)/i.exec(rrule)?.[1]?.toUpperCase();
  if (!freq || !['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) {
    const message = 'FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY';
    refuse('INVALID_INPUT', `rrule ${message}`, [{ path: 'rrule', message }]);
  }
}

function nextOccurrence(r: Row, now: number): number | null {
  if (r.kind === 'anniversary' || r.kind === 'birthday') return r.kind === 'anniversary' ? r.dueAt + 365 * DAY_MS : null;
  if (r.kind !== 'recurring' || !r.rrule) return null;
  const freq = /FREQ=([A-Z]+)/i.exec(r.rrule)![1]!.toUpperCase();
  const step = { HOURLY: DAY_MS / 24, DAILY: DAY_MS, WEEKLY: 7 * DAY_MS, MONTHLY: 30 * DAY_MS, YEARLY: 365 * DAY_MS }[freq] ?? DAY_MS;
  let at = r.dueAt + step;
  while (at <= now) at += step;
  return at;
}

/** Adds a reminder as the core would have stored it (for seeding tests). */
export function seedReminder(db: FakeDb, input: Partial<Row> & { title: string; dueAt: number }): Reminder {
  const created = nextTime();
  const row: Row = {
    id: crypto.randomUUID(),
    kind: 'one_off',
    note: null,
    personId: null,
    eventId: null,
    allDay: false,
    rrule: null,
    date: null,
    status: 'open',
    snoozedUntil: null,
    doneAt: null,
    dismissedAt: null,
    previousId: null,
    deleted: false,
    createdAt: created,
    updatedAt: created,
    ...input,
  };
  reminderState(db).rows.push(row);
  return dto(db, row, Date.parse(created));
}

function patch(r: Row, changes: Partial<Row>): Row {
  return Object.assign(r, changes, { updatedAt: nextTime() });
}

/** A touchpoint or a done follow-up settles the person's pending follow-ups, as followUps.settle does. */
function settle(db: FakeDb, personId: string, now: number): void {
  for (const a of db.attendance) if (a.personId === personId && a.followUp === 'pending') a.followUp = 'done';
  for (const r of reminderState(db).rows) {
    if (active(r) && r.kind === 'event_follow_up' && r.personId === personId) patch(r, { status: 'done', doneAt: now, snoozedUntil: null });
  }
}

/** Reminders, inbox, reconnect list and Today in the fake core. */
export const reminderHandlers = {
  'reminders:create': (req: ParsedReq<'reminders:create'>, db: FakeDb) => {
    const person = req.personId ? findPerson(db, req.personId) : null;
    if (req.rrule) checkRRule(req.rrule);
    const due = parseDue(req.due ?? new Date(fakeNow() + DAY_MS).toISOString().slice(0, 10));
    const title = req.title ?? `Get in touch with ${person!.displayName}`;
    const kind: ReminderKind = req.anniversary ? 'anniversary' : req.rrule ? 'recurring' : 'one_off';
    return seedReminder(db, { kind, title, note: req.note ?? null, personId: person?.id ?? null, eventId: req.eventId ?? null, dueAt: due.at, allDay: due.allDay, rrule: req.rrule ?? null, date: req.anniversary ?? null });
  },
  'reminders:get': (req: ParsedReq<'reminders:get'>, db: FakeDb) => dto(db, findRow(db, req.id), fakeNow()),
  'reminders:update': (req: ParsedReq<'reminders:update'>, db: FakeDb) => {
    const r = findRow(db, req.id);
    const { due, rrule, ...rest } = req.patch;
    if (rrule) checkRRule(rrule);
    patch(r, { ...rest, ...(due ? { dueAt: parseDue(due).at, allDay: parseDue(due).allDay } : {}), ...(rrule !== undefined ? { rrule, kind: rrule ? 'recurring' : 'one_off' } : {}) } as Partial<Row>);
    return dto(db, r, fakeNow());
  },
  'reminders:list': (req: ParsedReq<'reminders:list'>, db: FakeDb) => {
    const now = fakeNow();
    const ascending = ['open', 'due', 'snoozed'].includes(req.status);
    const rows = reminderState(db)
      .rows.filter((r) => !r.deleted && (!req.personId || r.personId === req.personId))
      .filter((r) => (req.status === 'open' || req.status === 'due' ? active(r) : req.status === 'all' || r.status === req.status))
      .filter((r) => req.status !== 'due' || nextAtOf(r) <= now)
      .sort((a, b) => (ascending ? 1 : -1) * (nextAtOf(a) - nextAtOf(b) || a.id.localeCompare(b.id)));
    return page(rows.map((r) => dto(db, r, now)), req.cursor, req.limit);
  },
  'reminders:complete': (req: ParsedReq<'reminders:complete'>, db: FakeDb) => {
    const r = findRow(db, req.id);
    const now = fakeNow();
    if (r.status === 'done' || r.status === 'dismissed') refuse('CONFLICT', `This reminder is already ${r.status}`, { id: r.id, status: r.status });
    let touchpointId: string | null = null;
    if (req.log) {
      if (!r.personId) refuse('INVALID_INPUT', 'log needs a reminder about a person', [{ path: 'log', message: 'needs a reminder about a person' }]);
      const at = req.log.at ?? new Date(now).toISOString();
      touchpointId = touchpointHandlers['touchpoints:create']({ ...req.log, at, personIds: [r.personId!], eventId: null } as ParsedReq<'touchpoints:create'>, db).id;
    }
    patch(r, { status: 'done', doneAt: now, snoozedUntil: null });
    if (r.personId && (touchpointId || r.kind === 'event_follow_up')) settle(db, r.personId, now);
    const nextAt = nextOccurrence(r, now);
    const next = nextAt === null ? null : seedReminder(db, { ...r, id: crypto.randomUUID(), dueAt: nextAt, status: 'open', doneAt: null, previousId: r.id });
    return { reminder: dto(db, r, now), touchpointId, next };
  },
  'reminders:snooze': (req: ParsedReq<'reminders:snooze'>, db: FakeDb) => {
    const r = findRow(db, req.id);
    const now = fakeNow();
    if (r.status === 'done' || r.status === 'dismissed') refuse('CONFLICT', `A ${r.status} reminder cannot be snoozed; reopen it first`, { id: r.id });
    const morning = (days: number) => startOfDay(now) + days * DAY_MS + MORNING_HOUR * 3_600_000;
    const until = req.until ? Date.parse(req.until) : req.preset === 'later_today' ? now + 3 * 3_600_000 : req.preset === 'tomorrow_morning' ? morning(1) : morning(SNOOZE_DAYS);
    if (until <= now) refuse('INVALID_INPUT', 'until must be in the future', [{ path: 'until', message: 'must be in the future' }]);
    return dto(db, patch(r, { status: 'snoozed', snoozedUntil: until }), now);
  },
  'reminders:dismiss': (req: ParsedReq<'reminders:dismiss'>, db: FakeDb) => {
    const r = findRow(db, req.id);
    const now = fakeNow();
    if (r.status !== 'dismissed') patch(r, { status: 'dismissed', dismissedAt: now, snoozedUntil: null });
    return dto(db, r, now);
  },
  'reminders:reopen': (req: ParsedReq<'reminders:reopen'>, db: FakeDb) => {
    const r = findRow(db, req.id);
    const successor = reminderState(db).rows.find((x) => x.previousId === r.id && !x.deleted);
    if (successor && successor.status !== 'done') successor.deleted = true;
    return dto(db, patch(r, { status: 'open', doneAt: null, dismissedAt: null, snoozedUntil: null }), fakeNow());
  },
  'inbox:list': (req: ParsedReq<'inbox:list'>, db: FakeDb) => reminderState(db).inbox.slice(0, req?.limit ?? 50),
  'inbox:mark-read': (req: ParsedReq<'inbox:mark-read'>, db: FakeDb) => {
    const inbox = reminderState(db).inbox;
    for (const e of inbox) if (!req.ids || req.ids.includes(e.id)) e.read = true;
    return { unread: inbox.filter((e) => !e.read).length };
  },
  'reconnect:list': (req: ParsedReq<'reconnect:list'>, db: FakeDb) => reconnect(db, reminderState(db).hiddenUntil, fakeNow(), req.limit),
  'reconnect:hide': (req: ParsedReq<'reconnect:hide'>, db: FakeDb) => {
    findPerson(db, req.personId);
    const now = fakeNow();
    const until = req.until ? Date.parse(req.until) : now + (req.mode === 'snooze' ? SNOOZE_DAYS : NOT_NOW_DAYS) * DAY_MS;
    if (until <= now) refuse('INVALID_INPUT', 'until must be in the future', [{ path: 'until', message: 'must be in the future' }]);
    reminderState(db).hiddenUntil.set(req.personId, until);
    return { personId: req.personId, hiddenUntil: iso(until) };
  },
  'reconnect:unhide': (req: ParsedReq<'reconnect:unhide'>, db: FakeDb) => {
    findPerson(db, req.personId);
    reminderState(db).hiddenUntil.delete(req.personId);
    return { personId: req.personId, hiddenUntil: null };
  },
  'today:get': (req: ParsedReq<'today:get'>, db: FakeDb): TodayView => {
    const now = fakeNow();
    const dayEnd = startOfDay(now) + DAY_MS;
    const open = reminderState(db)
      .rows.filter((r) => active(r) && nextAtOf(r) < dayEnd)
      .sort((a, b) => nextAtOf(a) - nextAtOf(b) || a.id.localeCompare(b.id))
      .map((r) => dto(db, r, now));
    const limit = req?.reconnectLimit ?? 5;
    return {
      now: iso(now)!,
      overdue: open.filter((r) => r.timing === 'overdue'),
      dueToday: open.filter((r) => r.timing === 'today'),
      reconnect: limit > 0 ? reconnect(db, reminderState(db).hiddenUntil, now, limit) : [],
      followUps: followUps(db),
      birthdays: birthdays(db, now),
    };
  },
};
