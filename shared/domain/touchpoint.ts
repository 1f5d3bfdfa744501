import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, Ref, optionalText, pageOf, patchOf } from './common';
import { INITIATORS, TOUCHPOINT_CHANNELS, TOUCHPOINT_KINDS } from '../vocabulary/touchpoint';

export { INITIATORS, ONLINE_CHANNELS, TOUCHPOINT_CHANNELS, TOUCHPOINT_KINDS, isOnline } from '../vocabulary/touchpoint';
export const TouchpointChannel = z.enum(TOUCHPOINT_CHANNELS);
export type TouchpointChannel = z.infer<typeof TouchpointChannel>;

export const TouchpointKind = z.enum(TOUCHPOINT_KINDS);
export type TouchpointKind = z.infer<typeof TouchpointKind>;

export const Initiator = z.enum(INITIATORS);
export type Initiator = z.infer<typeof Initiator>;

export const MAX_PARTICIPANTS = 50;

export const Touchpoint = z.object({
  id: Id,
  at: IsoDateTime,
  channel: TouchpointChannel,
  initiatedBy: Initiator,
  kind: TouchpointKind,
  event: Ref.nullable(),
  note: z.string().nullable(),
  participants: z.array(Ref),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Set when deleted (soft); restore undoes it. */
  deletedAt: IsoDateTime.nullable(),
});
export type Touchpoint = z.infer<typeof Touchpoint>;

export const TouchpointCreate = z.strictObject({
  at: IsoDateTime,
  channel: TouchpointChannel,
  initiatedBy: Initiator,
  kind: TouchpointKind.default('conversation'),
  personIds: z.array(Id).min(1, { message: 'needs at least one person' }).max(MAX_PARTICIPANTS),
  eventId: Id.nullable().optional(),
  note: optionalText(20_000),
});
export type TouchpointCreate = z.input<typeof TouchpointCreate>;

export const TouchpointUpdate = z.strictObject({
  id: Id,
  patch: patchOf({
    at: IsoDateTime.optional(),
    channel: TouchpointChannel.optional(),
    initiatedBy: Initiator.optional(),
    kind: TouchpointKind.optional(),
    personIds: z.array(Id).min(1).max(MAX_PARTICIPANTS).optional(),
    eventId: Id.nullable().optional(),
    note: optionalText(20_000),
  }),
});

/** One line of a person's timeline; `at` orders it, newest first. */
export const TimelineEntry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('touchpoint'), id: z.string(), at: IsoDateTime, touchpoint: Touchpoint }),
  z.object({ type: z.literal('met'), id: z.string(), at: IsoDateTime, event: Ref, note: z.string().nullable() }),
  z.object({ type: z.literal('identity_linked'), id: z.string(), at: IsoDateTime, kind: z.string(), display: z.string() }),
  z.object({
    type: z.literal('position'),
    id: z.string(),
    at: IsoDateTime,
    organisation: Ref,
    title: z.string().nullable(),
    change: z.enum(['started', 'ended']),
  }),
  z.object({ type: z.literal('reminder_done'), id: z.string(), at: IsoDateTime, title: z.string() }),
  z.object({ type: z.literal('added'), id: z.string(), at: IsoDateTime }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A person's timeline, newest first, keyset-paged. */
export const PersonTimelineQuery = PageQuery.extend({ personId: Id });
export const TimelinePage = pageOf(TimelineEntry);

/** Recent touchpoints across everyone, newest first, optionally by channel or online/offline. */
export const RecentTouchpointsQuery = PageQuery.extend({
  channels: z.array(TouchpointChannel).max(TOUCHPOINT_CHANNELS.length).optional(),
  mode: z.enum(['online', 'offline']).optional(),
});
export const TouchpointsPage = pageOf(Touchpoint);
