import { type Db, atomically } from '../db/client';
import { type CirclesRepository, createCirclesRepository } from '../db/repositories/circlesRepository';
import type { PeopleRepository } from '../db/repositories/peopleRepository';
import { createRemindersRepository } from '../db/repositories/remindersRepository';
import { createSettingsRepository } from '../db/repositories/settingsRepository';
import type { TouchpointsRepository } from '../db/repositories/touchpointsRepository';
import type { EventPayload } from '../../shared/ipc/events';
import { type ReconnectService, createReconnectService } from './reconnect/reconnectService';
import { type FollowUps, createFollowUps } from './reminders/followUps';
import { type Notifier, createNotifier } from './reminders/notifier';
import { type ReminderService, createReminderService } from './reminders/reminderService';

/** The follow-up side of the core context: reminders, cadences, the reconnect list and notifications. */
export interface RemindersContext {
  reminders: ReminderService;
  followUps: FollowUps;
  reconnect: ReconnectService;
  notifier: Notifier;
  circles: CirclesRepository;
  /** Runs `fn` in one transaction (nested calls join it): a capture and the follow-up it sets off land together. */
  transaction<T>(fn: () => T): T;
}

export function createRemindersContext(
  db: Db,
  deps: {
    people: PeopleRepository;
    touchpoints: TouchpointsRepository;
    emit(event: 'reminder-due', payload: EventPayload<'reminder-due'>): void;
    changed(): void;
  },
): RemindersContext {
  const settings = createSettingsRepository(db);
  const repository = createRemindersRepository(db);
  const transaction = <T>(fn: () => T): T => atomically(db, fn);
  const reminders = createReminderService({ reminders: repository, touchpoints: deps.touchpoints, people: deps.people, settings, transaction });
  const followUps = createFollowUps(db, repository, reminders);
  const reconnect = createReconnectService(db, reminders, followUps);
  const notifier = createNotifier({
    db,
    reminders: repository,
    service: reminders,
    followUps,
    settings,
    reconnectNames: (now) => reconnect.list(now, 3).map((i) => i.name),
    emit: deps.emit,
    changed: deps.changed,
  });
  return { reminders, followUps, reconnect, notifier, circles: createCirclesRepository(db), transaction };
}
