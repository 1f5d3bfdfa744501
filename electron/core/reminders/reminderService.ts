import type { z } from 'zod';
import {
  type Reminder,
  type ReminderComplete,
  type ReminderCreate,
  ReminderSettings,
  type ReminderSettingsUpdate,
  type ReminderSnooze,
  type ReminderUpdate,
} from '../../../shared/domain/reminder';
import { AppError } from '../../../shared/ipc/result';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import type { ReminderInsert, ReminderRow, ReminderView, RemindersRepository } from '../../db/repositories/remindersRepository';
import type { SettingsRepository } from '../../db/repositories/settingsRepository';
import type { TouchpointsRepository } from '../../db/repositories/touchpointsRepository';
import { fieldError } from './fieldError';
import { DAY_MS, atLocalHour, localDay, nextOccurrence, nextYearly, parseDue, parseRRule, snoozeEnd, startOfLocalDay, systemZone, toFloating } from './clock';

type Parsed<T extends z.ZodType> = z.output<T>;

export const REMINDER_SETTINGS_KEY = 'reminders';
export const defaultReminderSettings = (): ReminderSettings => ({
  timeZone: systemZone(),
  morningHour: 9,
  eventFollowUpDays: 2,
  digestHour: null,
  notifications: true,
});

export interface ReminderDeps {
  reminders: RemindersRepository;
  touchpoints: TouchpointsRepository;
  people: PeopleRepository;
  settings: SettingsRepository;
  transaction<T>(fn: () => T): T;
}

/** Reminders: creating them, the states they move through, and what completing one sets off. */
export function createReminderService(deps: ReminderDeps) {
  const { reminders } = deps;

  // Read once per open database (a restore builds a new service) and kept up to date by
  // updateSettings, the only writer: every reminder and Today call needs the zone.
  let cached: ReminderSettings | null = null;
  function settings(): ReminderSettings {
    cached ??= deps.settings.read(REMINDER_SETTINGS_KEY, ReminderSettings, defaultReminderSettings());
    return cached;
  }

  function view(now: number): ReminderView {
    const zone = settings().timeZone;
    const dayStart = startOfLocalDay(now, zone);
    return { now, dayStart, dayEnd: startOfLocalDay(dayStart + DAY_MS + 2 * 3_600_000, zone) };
  }

  const get = (id: string, now: number): Reminder => reminders.get(id, view(now));

  /** A repeating reminder's next occurrence after `row` (and after now), or null when it does not repeat or has ended. */
  function successorValues(row: ReminderRow, now: number): ReminderInsert | null {
    const s = settings();
    let dueAt: number | null = null;
    if (row.kind === 'recurring' && row.rrule && row.seriesStart) {
      dueAt = nextOccurrence(row.rrule, row.seriesStart, Math.max(row.dueAt, now), s.timeZone);
    } else if (row.kind === 'anniversary' && row.dateOn) {
      dueAt = nextYearly(row.dateOn, Math.max(row.dueAt, now) + DAY_MS, s.timeZone, s.morningHour).at;
    }
    if (dueAt === null) return null;
    const { id: _id, nextAt: _n, createdAt: _c, updatedAt: _u, ...rest } = row;
    return { ...rest, dueAt, status: 'open', snoozedUntil: null, doneAt: null, dismissedAt: null, notifiedAt: null, previousId: row.id, deletedAt: null };
  }

  function defaultTitle(personId: string | undefined): string {
    if (!personId) throw fieldError('title', 'needs a title or a person');
    return `Get in touch with ${deps.people.get(personId).displayName}`;
  }

  return {
    settings,
    view,
    get,
    list: (query: Parameters<RemindersRepository['list']>[0], now: number) => reminders.list(query, view(now)),
    openBefore: (until: number, limit: number, now: number) => reminders.openBefore(until, limit, view(now)),

    /**
     * Saves the settings. A new zone or morning hour moves open all-day reminders to the
     * same calendar day at the new hour in the new zone, so "all day on the 3rd" stays the 3rd.
     */
    updateSettings(patch: Parsed<typeof ReminderSettingsUpdate>, now: number): ReminderSettings {
      const before = settings();
      const next = { ...before, ...patch };
      deps.transaction(() => {
        deps.settings.write(REMINDER_SETTINGS_KEY, next, now);
        cached = next;
        if (next.timeZone === before.timeZone && next.morningHour === before.morningHour) return;
        for (const r of reminders.openAllDay()) {
          const dueAt = atLocalHour(localDay(r.dueAt, before.timeZone), next.morningHour, next.timeZone);
          if (dueAt !== r.dueAt) reminders.patch(r.id, { dueAt }, now);
        }
      });
      return next;
    },

    create(req: Parsed<typeof ReminderCreate>, now: number): Reminder {
      const s = settings();
      if (req.personId) deps.people.get(req.personId); // NOT_FOUND for an unknown person
      const title = req.title ?? defaultTitle(req.personId);
      let kind: ReminderInsert['kind'] = 'one_off';
      let due: { at: number; allDay: boolean };
      let seriesStart: string | null = null;
      if (req.anniversary) {
        kind = 'anniversary';
        due = req.due ? parseDue(req.due, s.timeZone, s.morningHour) : { at: nextYearly(req.anniversary, now, s.timeZone, s.morningHour).at, allDay: true };
      } else {
        due = parseDue(req.due!, s.timeZone, s.morningHour);
        if (req.rrule) {
          kind = 'recurring';
          parseRRule(req.rrule);
          seriesStart = toFloating(due.at, s.timeZone);
        }
      }
      const id = reminders.insert(
        {
          kind,
          title,
          note: req.note ?? null,
          personId: req.personId ?? null,
          eventId: req.eventId ?? null,
          dueAt: due.at,
          allDay: due.allDay,
          rrule: req.rrule ?? null,
          seriesStart,
          dateOn: req.anniversary ?? null,
        },
        now,
      );
      return get(id, now);
    },

    update({ id, patch }: Parsed<typeof ReminderUpdate>, now: number): Reminder {
      const row = reminders.requireRow(id);
      const s = settings();
      const changes: Partial<ReminderInsert> = {};
      if (patch.title !== undefined) changes.title = patch.title;
      if (patch.note !== undefined) changes.note = patch.note;
      if (patch.due !== undefined) {
        const due = parseDue(patch.due, s.timeZone, s.morningHour);
        Object.assign(changes, { dueAt: due.at, allDay: due.allDay, notifiedAt: null });
      }
      if (patch.rrule !== undefined) {
        if (patch.rrule !== null) parseRRule(patch.rrule);
        if (row.kind !== 'one_off' && row.kind !== 'recurring') {
          throw fieldError('rrule', `cannot be set on a ${row.kind.replace(/_/g, ' ')} reminder`);
        }
        changes.rrule = patch.rrule;
        changes.kind = patch.rrule ? 'recurring' : 'one_off';
      }
      if (changes.rrule || (changes.dueAt !== undefined && row.rrule)) {
        changes.seriesStart = toFloating(changes.dueAt ?? row.dueAt, s.timeZone);
      }
      reminders.patch(id, changes, now);
      return get(id, now);
    },

    /**
     * Done, in one transaction: optionally logs the touchpoint with the reminder's person
     * (which also resets their cadence), and a recurring or anniversary reminder gets its
     * next occurrence as a new open reminder.
     */
    complete(req: Parsed<typeof ReminderComplete>, now: number): { reminder: Reminder; touchpointId: string | null; next: Reminder | null } {
      return deps.transaction(() => {
        const row = reminders.requireRow(req.id);
        if (row.status === 'done' || row.status === 'dismissed') {
          throw new AppError('CONFLICT', `This reminder is already ${row.status}`, { id: row.id, status: row.status });
        }
        let touchpointId: string | null = null;
        if (req.log) {
          if (!row.personId) throw fieldError('log', 'needs a reminder about a person');
          touchpointId = deps.touchpoints.insert(
            { ...req.log, at: req.log.at ?? new Date(now).toISOString(), personIds: [row.personId], eventId: null },
            now,
          );
        }
        reminders.patch(row.id, { status: 'done', doneAt: now, snoozedUntil: null }, now);
        const nextValues = successorValues(row, now);
        const nextId = nextValues ? reminders.insert(nextValues, now) : null;
        return { reminder: get(row.id, now), touchpointId, next: nextId ? get(nextId, now) : null };
      });
    },

    snooze(req: Parsed<typeof ReminderSnooze>, now: number): Reminder {
      const row = reminders.requireRow(req.id);
      if (row.status === 'done' || row.status === 'dismissed') {
        throw new AppError('CONFLICT', `A ${row.status} reminder cannot be snoozed; reopen it first`, { id: row.id, status: row.status });
      }
      const s = settings();
      const until = req.until ? Date.parse(req.until) : snoozeEnd(req.preset!, now, s.timeZone, s.morningHour);
      if (until <= now) throw fieldError('until', 'must be in the future');
      reminders.patch(row.id, { status: 'snoozed', snoozedUntil: until, notifiedAt: null }, now);
      return get(row.id, now);
    },

    dismiss(id: string, now: number): Reminder {
      const row = reminders.requireRow(id);
      if (row.status !== 'dismissed') reminders.patch(id, { status: 'dismissed', dismissedAt: now, snoozedUntil: null }, now);
      return get(id, now);
    },

    /** Undo of done, dismissed or snoozed: open again; the next occurrence made by completing it goes away. */
    reopen(id: string, now: number): Reminder {
      return deps.transaction(() => {
        reminders.requireRow(id);
        const successor = reminders.successorOf(id);
        if (successor && successor.status !== 'done') reminders.patch(successor.id, { deletedAt: now }, now);
        reminders.patch(id, { status: 'open', doneAt: null, dismissedAt: null, snoozedUntil: null }, now);
        return get(id, now);
      });
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
