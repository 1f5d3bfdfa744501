import { z } from 'zod';
import { Id, IsoDateTime, NameList, PageQuery, optionalText, pageOf, patchOf, requiredText } from './common';
import { IdentityInput } from './identity';
import { Person } from './person';
import { EVENT_KINDS, FOLLOW_UP_STATES } from '../vocabulary/touchpoint';

export { EVENT_KINDS, FOLLOW_UP_STATES } from '../vocabulary/touchpoint';
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const FollowUpState = z.enum(FOLLOW_UP_STATES);
export type FollowUpState = z.infer<typeof FollowUpState>;

/** A calendar date (`2026-11-23`) for all-day events, or a date-time with offset. */
export const DateOrDateTime = z.union([
  z.iso.date({ message: 'must be a date (YYYY-MM-DD) or an ISO date-time' }),
  z.iso.datetime({ offset: true, message: 'must be a date (YYYY-MM-DD) or an ISO date-time' }),
]);

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), { message: 'must be an http(s) address' });

export const Event = z.object({
  id: Id,
  name: z.string(),
  kind: EventKind,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  place: z.string().nullable(),
  link: z.string().nullable(),
  notes: z.string().nullable(),
  attendees: z.number().int(),
  met: z.number().int(),
  /** People met there whose follow-up is still pending. */
  pendingFollowUps: z.number().int(),
  /** Follow-up reminders for people met here fall due this many days later: null uses the setting, 0 turns them off. */
  followUpDays: z.number().int().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  archivedAt: IsoDateTime.nullable(),
});
export type Event = z.infer<typeof Event>;

const eventFields = {
  kind: EventKind.optional(),
  startsOn: DateOrDateTime.nullable().optional(),
  endsOn: DateOrDateTime.nullable().optional(),
  place: optionalText(300),
  link: httpUrl.nullable().optional(),
  notes: optionalText(20_000),
  followUpDays: z.number().int().min(0).max(60).nullable().optional(),
};

export const EventCreate = z.strictObject({ name: requiredText(200), ...eventFields });
export type EventCreate = z.input<typeof EventCreate>;

export const EventUpdate = z.strictObject({
  id: Id,
  patch: patchOf({ name: requiredText(200).optional(), ...eventFields }),
});

/** Events, newest start first (undated ones last); `query` matches the name. */
export const EventsListQuery = PageQuery.extend({
  query: z.string().max(200).optional(),
  includeArchived: z.boolean().default(false),
});
export const EventsPage = pageOf(Event);

export const Attendance = z.object({
  id: Id,
  eventId: Id,
  personId: Id,
  displayName: z.string(),
  met: z.boolean(),
  followUp: FollowUpState,
  note: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type Attendance = z.infer<typeof Attendance>;

export const AttendanceAdd = z.strictObject({
  eventId: Id,
  personId: Id,
  met: z.boolean().default(true),
  /** Imports and capture of past events may already know it; pending by default. */
  followUp: FollowUpState.default('pending'),
  note: optionalText(2000),
});

export const AttendanceUpdate = z.strictObject({
  id: Id,
  patch: patchOf({ met: z.boolean().optional(), followUp: FollowUpState.optional(), note: optionalText(2000) }),
});

export const AttendeesQuery = PageQuery.extend({ eventId: Id, followUp: FollowUpState.optional() });
export const AttendeesPage = pageOf(Attendance);

/**
 * Event capture mode: one person met at the event, typed in seconds. Either an existing
 * person (`personId`) or a new one; either way they are linked to the event as met there,
 * and a new person's how-we-met points at the event.
 */
export const EventCapture = z
  .strictObject({
    eventId: Id,
    personId: Id.optional(),
    displayName: requiredText(200).optional(),
    identities: z.array(IdentityInput).max(10).default([]),
    interests: NameList.default([]),
    /** The one-line hook: what we talked about, what I promised. */
    hook: z.string().max(2000).optional(),
  })
  .refine((c) => (c.personId === undefined) !== (c.displayName === undefined), {
    message: 'give either personId (someone already known) or displayName (someone new)',
    path: ['displayName'],
  });
export const EventCaptureResult = z.object({ person: Person, attendance: Attendance, created: z.boolean() });
