import { CHANNELS } from '../../../shared/ipc/channels';
import { appHandlers } from './appHandlers';
import { captureHandlers } from './captureHandlers';
import { contactsHandlers } from './contactsHandlers';
import { duplicatesHandlers } from './duplicatesHandlers';
import { eventHandlers } from './eventHandlers';
import { peopleHandlers } from './peopleHandlers';
import { reconnectHandlers } from './reconnectHandlers';
import { reminderHandlers } from './reminderHandlers';
import { touchpointHandlers } from './touchpointHandlers';
import type { HandlerMap } from './types';
import { xHandlers } from './xHandlers';

/** Merges per-domain maps, refusing a channel handled twice or not at all. */
export function mergeHandlers(...maps: Record<string, unknown>[]): HandlerMap {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [channel, handler] of Object.entries(map)) {
      if (channel in merged) throw new Error(`Channel ${channel} has two handlers`);
      merged[channel] = handler;
    }
  }
  const missing = CHANNELS.filter((c) => !(c in merged));
  if (missing.length > 0) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  return merged as HandlerMap;
}

export const handlers: HandlerMap = mergeHandlers(appHandlers, peopleHandlers, eventHandlers, touchpointHandlers, captureHandlers, reminderHandlers, reconnectHandlers, xHandlers, contactsHandlers, duplicatesHandlers);
