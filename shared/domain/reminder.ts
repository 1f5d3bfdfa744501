import { z } from 'zod';
import { Id, IsoDateTime, IsoDate, PageQuery, Ref, optionalText, pageOf, patchOf, requiredText } from './common';
import { Birthday } from './person';
import { Initiator, TouchpointChannel, TouchpointKind } from './touchpoint';

/**
 * Stored reminder kinds. Cadence reminders are not stored: they are derived from each
 * person's last touch and cadence (see the reconnect list), so logging any touchpoint
 * resets them without touching a reminder row.
 */
export const REMINDER_KINDS = ['one_off', 'recurring', 'birthday', 'anniversary', 'event_follow_up'] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const REMINDER_STATUSES = ['open', 'snoozed', 'done', 'dismissed'] as const;
export const ReminderStatus = z.enum(REMINDER_STATUSES);
export type ReminderStatus = z.infer<typeof ReminderStatus>;

/** Where an open reminder stands against the clock: past due, due today (local), or later. */
export const ReminderTiming = z.enum(['overdue', 'today', 'upcoming']);
export type ReminderTiming = z.infer<typeof ReminderTiming>;

/** `YYYY-MM-DD` (all day, at the morning hour) or an ISO date-time with offset. */
export const DueInput = z
  .string()
  .max(40)
  .refine((s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? IsoDate.safeParse(s).success : IsoDateTime.safeParse(s).success), {
    message: 'must be YYYY-MM-DD or an ISO date-time with offset, e.g. 2026-11-23T18:30:00Z',
  });

/** One RFC 5545 recurrence rule, without the `RRULE:` prefix; checked by the core with ical.js. */
export const RRuleText = z
  .string()
  .trim()
  .max(500)
  .transform((s) => s.replace(/^RRULE:/i, ''))
  .refine((s) => /^FREQ=/i.test(s) || /;FREQ=/i.test(s), { message: 'must be an RRULE such as FREQ=WEEKLY;BYDAY=MO' });

export const Reminder = z.object({
  id: Id,
  kind: ReminderKind,
  title: z.string(),
  note: z.string().nullable(),
  person: Ref.nullable(),
  event: Ref.nullable(),
  /** When it is (or was) due; for a snoozed reminder, when the snooze ends is `snoozedUntil`. */
  dueAt: IsoDateTime,
  allDay: z.boolean(),
  rrule: z.string().nullable(),
  /** Birthday and anniversary: the date it comes back on each year (`--MM-DD` when the year is unknown). */
  date: z.string().nullable(),
  status: ReminderStatus,
  snoozedUntil: IsoDateTime.nullable(),
  doneAt: IsoDateTime.nullable(),
  dismissedAt: IsoDateTime.nullable(),
  /** When it next asks for attention: the snooze end if snoozed, else the due time. */
  nextAt: IsoDateTime,
  timing: ReminderTiming,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Reminder = z.infer<typeof Reminder>;

export const ReminderCreate = z
  .strictObject({
    personId: Id.optional(),
    eventId: Id.optional(),
    /** Defaults to "Get in touch with <name>" when a person is given. */
    title: requiredText(200).optional(),
    note: optionalText(5000),
    due: DueInput.optional(),
    rrule: RRuleText.optional(),
    /** Anniversary reminders: the date that comes back each year; `due` is then the next one. */
    anniversary: Birthday.optional(),
  })
  .refine((r) => r.title !== undefined || r.personId !== undefined, { message: 'needs a title or a person', path: ['title'] })
  .refine((r) => r.due !== undefined || r.anniversary !== undefined, { message: 'needs a due date', path: ['due'] })
  .refine((r) => !(r.rrule && r.anniversary), { message: 'an anniversary already repeats every year', path: ['rrule'] });
export type ReminderCreate = z.input<typeof ReminderCreate>;

export const ReminderUpdate = z.strictObject({
  id: Id,
  patch: patchOf({
    title: requiredText(200).optional(),
    note: optionalText(5000),
    due: DueInput.optional(),
    rrule: RRuleText.nullable().optional(),
  }),
});

export const SNOOZE_PRESETS = ['later_today', 'tomorrow_morning', 'next_week'] as const;
export const SnoozePreset = z.enum(SNOOZE_PRESETS);
export type SnoozePreset = z.infer<typeof SnoozePreset>;

/** Snooze until a preset (computed in the user's time zone) or a given time. */
export const ReminderSnooze = z
  .strictObject({ id: Id, preset: SnoozePreset.optional(), until: IsoDateTime.optional() })
  .refine((r) => (r.preset === undefined) !== (r.until === undefined), { message: 'give either a preset or until', path: ['until'] });

/** The touchpoint logged when a reminder is completed "and logged" in one step. */
export const CompletionTouchpoint = z.strictObject({
  channel: TouchpointChannel,
  initiatedBy: Initiator.default('me'),
  kind: TouchpointKind.default('conversation'),
  note: optionalText(20_000),
  at: IsoDateTime.optional(),
});

export const ReminderComplete = z.strictObject({ id: Id, log: CompletionTouchpoint.optional() });

export const ReminderCompleteResult = z.object({
  reminder: Reminder,
  /** The touchpoint logged with it, if asked. */
  touchpointId: Id.nullable(),
  /** A recurring, birthday or anniversary reminder's next occurrence (a new open reminder). */
  next: Reminder.nullable(),
});

export const RemindersListQuery = PageQuery.extend({
  /** `open`: open and snoozed ones (a snoozed one by its snooze end); `due`: those asking for attention by now. */
  status: z.enum(['open', 'due', 'snoozed', 'done', 'dismissed', 'all']).default('open'),
  personId: Id.optional(),
});
export const RemindersPage = pageOf(Reminder);


/** Preferences for reminders and notifications. */
export const ReminderSettings = z.object({
  /** IANA zone used for all-day reminders, snooze presets, birthdays and recurrences. */
  timeZone: z.string(),
  /** The hour (0–23) all-day reminders and "tomorrow morning" fall on. */
  morningHour: z.number().int().min(0).max(23),
  /** Event follow-up reminders: due this many days after the person is met; 0 turns them off. */
  eventFollowUpDays: z.number().int().min(0).max(60),
  /** A daily digest notification at this hour, or null for none. */
  digestHour: z.number().int().min(0).max(23).nullable(),
  notifications: z.boolean(),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;
const hour = z
  .number({ message: 'must be an hour (0–23)' })
  .int({ message: 'must be a whole hour (0–23)' })
  .min(0, { message: 'must be an hour (0–23)' })
  .max(23, { message: 'must be an hour (0–23)' });

export const ReminderSettingsUpdate = z.strictObject({
  timeZone: z
    .string()
    .max(64)
    .refine((tz) => isKnownZone(tz), { message: 'is not a known time zone' })
    .optional(),
  morningHour: hour.optional(),
  eventFollowUpDays: z
    .number({ message: 'must be a number of days' })
    .int({ message: 'must be a whole number of days' })
    .min(0, { message: 'must be 0 (off) or more days' })
    .max(60, { message: 'must be at most 60 days' })
    .optional(),
  digestHour: hour.nullable().optional(),
  notifications: z.boolean().optional(),
});

function isKnownZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** An inbox entry: what a notification said, kept so browser mode and missed notifications can be read later. */
export const NotificationEntry = z.object({
  id: z.string(),
  kind: z.enum(['due', 'missed', 'digest']),
  title: z.string(),
  body: z.string(),
  reminderIds: z.array(Id),
  personId: Id.nullable(),
  at: IsoDateTime,
  read: z.boolean(),
});
export type NotificationEntry = z.infer<typeof NotificationEntry>;
