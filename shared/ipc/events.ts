import type { EventName } from './channels';

/** What changed in the store; screens re-query what they show rather than receiving data. */
export interface ChangedEvent {
  entity: 'person' | 'event' | 'touchpoint' | 'backup' | 'all';
  ids: string[];
}

export interface ProgressEvent {
  job: string;
  label: string;
  done: number;
  total: number | null;
}

export interface ReminderDueEvent {
  reminderId: string;
  personId: string | null;
  title: string;
}

export interface EventPayloads {
  changed: ChangedEvent;
  progress: ProgressEvent;
  'reminder-due': ReminderDueEvent;
}

// Compile-time check that the payload map and the name list agree.
export type EventPayload<E extends EventName> = EventPayloads[E];
type _Exhaustive = EventName extends keyof EventPayloads ? (keyof EventPayloads extends EventName ? true : never) : never;
export const eventsAreExhaustive: _Exhaustive = true;
