import type { NotificationEntry } from '../domain/reminder';
import type { EventName } from './channels';

/** What changed in the store; screens re-query what they show rather than receiving data. */
export interface ChangedEvent {
  entity: 'person' | 'event' | 'touchpoint' | 'reminder' | 'circle' | 'backup' | 'all';
  ids: string[];
}

export interface ProgressEvent {
  job: string;
  label: string;
  done: number;
  total: number | null;
}

/**
 * A notification to show: one reminder falling due, one summary of reminders missed while
 * the app was closed or the machine asleep, or the daily digest. The same entry is kept in
 * the in-app inbox (`inbox:list`).
 */
export type ReminderDueEvent = NotificationEntry;

/** Electron shell → renderer: open this in-app route (`/people/<id>`, `/today`). Never sent by the core. */
export interface NavigateEvent {
  path: string;
}

export interface EventPayloads {
  changed: ChangedEvent;
  progress: ProgressEvent;
  'reminder-due': ReminderDueEvent;
  navigate: NavigateEvent;
}

// Compile-time check that the payload map and the name list agree.
export type EventPayload<E extends EventName> = EventPayloads[E];
type _Exhaustive = EventName extends keyof EventPayloads ? (keyof EventPayloads extends EventName ? true : never) : never;
export const eventsAreExhaustive: _Exhaustive = true;
