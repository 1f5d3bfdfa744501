// Touchpoint words without their schemas (see people.ts for why).

/** Enumerations are spelled the same in the CLI, the contract and the database. */
export const TOUCHPOINT_CHANNELS = ['in_person', 'call', 'video', 'email', 'text', 'x_dm', 'x_mention', 'linkedin', 'letter', 'other'] as const;
export type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

/** Channels that happen on a screen; the rest (in person, call, video, letter, other) count as offline. */
export const ONLINE_CHANNELS: readonly TouchpointChannel[] = ['email', 'text', 'x_dm', 'x_mention', 'linkedin'];
export const isOnline = (channel: TouchpointChannel) => ONLINE_CHANNELS.includes(channel);

export const TOUCHPOINT_KINDS = [
  'conversation',
  'question',
  'compliment',
  'help_given',
  'help_received',
  'intro_made',
  'intro_received',
  'thanks',
  'gift',
  'share',
  /** Became connected on a network (LinkedIn's "Connected On"). */
  'connected',
] as const;

export const INITIATORS = ['me', 'them'] as const;

export const EVENT_KINDS = ['conference', 'dinner', 'party', 'meetup', 'call', 'online', 'other'] as const;
export const FOLLOW_UP_STATES = ['pending', 'done', 'not_needed'] as const;
