import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayload } from '../../../shared/ipc/events';
import { getTransport } from './transport';

/** Subscribes to one core event with its typed payload; returns the unsubscribe function. */
export function subscribe<E extends EventName>(name: E, cb: (payload: EventPayload<E>) => void): () => void {
  return getTransport().on(name, (payload) => cb(payload as EventPayload<E>));
}
