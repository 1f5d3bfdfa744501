// Names only, zero imports: the sandboxed preload bundles this file as its allowlist.

/** Every request a front door may forward to the core, as `domain:action`. */
export const CHANNELS = [
  'app:info',
  'people:create',
  'people:get',
  'people:update',
  'people:archive',
  'people:unarchive',
  'people:list',
  'people:set-photo',
  'people:photo',
  'identities:add',
  'identities:update',
  'identities:remove',
  'positions:add',
  'positions:update',
  'positions:remove',
  'relationships:add',
  'relationships:remove',
  'interests:list',
  'tags:list',
  'organisations:list',
  'events:create',
  'events:get',
  'events:update',
  'events:archive',
  'events:unarchive',
  'events:list',
  'events:attendees',
  'events:capture',
  'attendance:add',
  'attendance:update',
  'attendance:remove',
  'touchpoints:create',
  'touchpoints:get',
  'touchpoints:update',
  'touchpoints:delete',
  'touchpoints:restore',
  'touchpoints:recent',
  'timeline:person',
  'capture:preview',
  'capture:commit',
  'search:all',
  'backups:list',
  'backups:create',
  'backups:restore',
  'reminders:create',
  'reminders:get',
  'reminders:update',
  'reminders:list',
  'reminders:complete',
  'reminders:snooze',
  'reminders:dismiss',
  'reminders:reopen',
  'reminders:settings',
  'reminders:update-settings',
  'inbox:list',
  'inbox:mark-read',
  'circles:list',
  'circles:update',
  'reconnect:list',
  'reconnect:hide',
  'reconnect:unhide',
  'health:person',
  'prune:list',
  'prune:keep',
  'today:get',
  'x:import',
  'jobs:cancel',
  'imports:list',
  'imports:undo',
  'x:accounts',
  'x:matches',
  'x:link',
  'x:unlink',
  'x:reject',
  'x:create-person',
  'x:accept-above',
  'x:name-account',
  'x:people',
  'journey:person',
  'contacts:import',
  'duplicates:list',
  'duplicates:reject',
  'people:merge',
  'people:merge-undo',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Every push to the front ends: the core's events, and `navigate`, which only the Electron
 * shell sends (a desktop notification was clicked).
 */
export const EVENTS = ['changed', 'progress', 'reminder-due', 'navigate'] as const;
export type EventName = (typeof EVENTS)[number];

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

export function isEventName(name: string): name is EventName {
  return (EVENTS as readonly string[]).includes(name);
}
