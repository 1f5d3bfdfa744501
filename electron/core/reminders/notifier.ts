import { desc, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { NotificationEntry } from '../../../shared/domain/reminder';
import type { EventPayload } from '../../../shared/ipc/events';
import { type Db, atomically } from '../../db/client';
import type { RemindersRepository } from '../../db/repositories/remindersRepository';
import type { SettingsRepository } from '../../db/repositories/settingsRepository';
import { notifications } from '../../db/schema';
import type { FollowUps } from './followUps';
import type { ReminderService } from './reminderService';
import { type NotificationDraft, type SchedulerState, planNotifications } from './scheduler';
import { iso } from '../../db/repositories/mappers';

const STATE_KEY = 'scheduler';
const SchedulerStateSchema = z.object({ lastCheckAt: z.number().nullable(), lastDigestDay: z.string().nullable() });
const FRESH_STATE: SchedulerState = { lastCheckAt: null, lastDigestDay: null };
/** At most this many reminders are looked at per check; the rest wait for the next one. */
const BATCH = 500;

export interface NotifierDeps {
  db: Db;
  reminders: RemindersRepository;
  service: ReminderService;
  followUps: FollowUps;
  settings: SettingsRepository;
  /** The digest's line about who to reconnect with (names of the top few). */
  reconnectNames(now: number): string[];
  emit(event: 'reminder-due', payload: EventPayload<'reminder-due'>): void;
  changed(): void;
}

type NotificationRow = typeof notifications.$inferSelect;
const toEntry = (r: NotificationRow): NotificationEntry => ({
  id: r.id,
  kind: r.kind as NotificationEntry['kind'],
  title: r.title,
  body: r.body,
  reminderIds: JSON.parse(r.reminderIds) as string[],
  personId: r.personId,
  at: iso(r.at),
  read: r.readAt !== null,
});

/**
 * Runs the scheduler against the database: one check writes birthday reminders, asks
 * `planNotifications` what to say, keeps every notification in the inbox, marks the
 * reminders notified and sends `reminder-due` events (desktop notifications in Electron,
 * Web Notifications and the inbox in the browser). All in one transaction per check.
 */
export function createNotifier(deps: NotifierDeps) {
  function digestBody(now: number): string {
    const view = deps.service.view(now);
    const due = deps.service.openBefore(view.dayEnd, 100, now).length;
    const names = deps.reconnectNames(now);
    const parts = [due === 0 ? 'Nothing due today.' : `${due} reminder${due === 1 ? '' : 's'} due.`];
    if (names.length > 0) parts.push(`Reconnect with ${names.join(', ')}.`);
    return parts.join(' ');
  }

  return {
    /** One check at `now`; returns the notifications it produced. */
    check(now: number): NotificationEntry[] {
      deps.followUps.writeBirthdayReminders(now);
      const settings = deps.service.settings();
      const state = deps.settings.read(STATE_KEY, SchedulerStateSchema, FRESH_STATE);
      const plan = planNotifications(deps.reminders.unnotifiedDue(now, BATCH), now, state, settings);
      const drafts: NotificationDraft[] = plan.notifications.map((n) => (n.kind === 'digest' ? { ...n, body: digestBody(now) } : n));
      const entries = atomically(deps.db, () => {
        const rows: NotificationRow[] = drafts.map((d) => ({ id: uuidv7(), ...d, reminderIds: JSON.stringify(d.reminderIds), at: now, readAt: null }));
        if (rows.length > 0) deps.db.insert(notifications).values(rows).run();
        deps.reminders.markNotified(plan.notified, now);
        deps.settings.write(STATE_KEY, plan.state, now);
        return rows.map(toEntry);
      });
      if (entries.length > 0) {
        deps.changed();
        if (settings.notifications) entries.forEach((e) => deps.emit('reminder-due', e));
      }
      return entries;
    },

    inbox(limit: number): NotificationEntry[] {
      return deps.db.select().from(notifications).orderBy(desc(notifications.at), desc(notifications.id)).limit(limit).all().map(toEntry);
    },

    markRead(ids: string[] | undefined, now: number): { unread: number } {
      const where = ids ? inArray(notifications.id, ids) : isNull(notifications.readAt);
      deps.db.update(notifications).set({ readAt: now }).where(where).run();
      const unread = deps.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM notifications WHERE read_at IS NULL`)!.n;
      return { unread };
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
