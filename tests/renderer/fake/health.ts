import type { Channel } from '../../../shared/ipc/channels';
import { refuse } from './state';

const notInFake = (channel: Channel) => () => refuse('INTERNAL', `${channel} is not simulated by the renderer fake yet`);

/** Relationship health, prune view, circles and reminder settings in the fake core. */
export const healthHandlers = {
  'health:person': notInFake('health:person'),
  'prune:list': notInFake('prune:list'),
  'circles:list': notInFake('circles:list'),
  'circles:update': notInFake('circles:update'),
  'reminders:settings': notInFake('reminders:settings'),
  'reminders:update-settings': notInFake('reminders:update-settings'),
} satisfies Partial<Record<Channel, unknown>>;
