import type { Channel } from '../../../shared/ipc/channels';
import { refuse } from './state';

const notInFake = (channel: Channel) => () => refuse('INTERNAL', `${channel} is not simulated by the renderer fake yet`);

/** Reminders, inbox, reconnect list and Today in the fake core. */
export const reminderHandlers = {
  'reminders:create': notInFake('reminders:create'),
  'reminders:get': notInFake('reminders:get'),
  'reminders:update': notInFake('reminders:update'),
  'reminders:list': notInFake('reminders:list'),
  'reminders:complete': notInFake('reminders:complete'),
  'reminders:snooze': notInFake('reminders:snooze'),
  'reminders:dismiss': notInFake('reminders:dismiss'),
  'reminders:reopen': notInFake('reminders:reopen'),
  'inbox:list': notInFake('inbox:list'),
  'inbox:mark-read': notInFake('inbox:mark-read'),
  'reconnect:list': notInFake('reconnect:list'),
  'reconnect:hide': notInFake('reconnect:hide'),
  'reconnect:unhide': notInFake('reconnect:unhide'),
  'today:get': notInFake('today:get'),
} satisfies Partial<Record<Channel, unknown>>;
