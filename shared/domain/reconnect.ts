import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, Ref, pageOf } from './common';
import { CircleId } from './person';
import { Reminder } from './reminder';

export const RECONNECT_REASONS = ['overdue', 'event_followup', 'dormant_tie', 'reciprocity_owed', 'birthday', 'shared_interest'] as const;
export const ReconnectReasonCode = z.enum(RECONNECT_REASONS);
export type ReconnectReasonCode = z.infer<typeof ReconnectReasonCode>;

export const ReconnectReason = z.object({
  code: ReconnectReasonCode,
  /** One plain sentence, e.g. "Last talked 94 days ago; you aim for every 30." */
  text: z.string(),
  /** What this reason adds to the score (see electron/core/reconnect/score.ts). */
  points: z.number(),
});
export type ReconnectReason = z.infer<typeof ReconnectReason>;

export const CadenceState = z.enum(['none', 'ok', 'due_soon', 'overdue']);
export type CadenceState = z.infer<typeof CadenceState>;

/** Where a person stands against their rhythm. */
export const CadenceStatus = z.object({
  state: CadenceState,
  /** Their own cadence, or their circle's. */
  cadenceDays: z.number().int().nullable(),
  /** Whether `cadenceDays` comes from the person or from the circle. */
  source: z.enum(['person', 'circle']).nullable(),
  dueAt: IsoDateTime.nullable(),
  /** Positive when overdue, negative when still ahead. */
  daysOverdue: z.number().int().nullable(),
});
export type CadenceStatus = z.infer<typeof CadenceStatus>;

export const ReconnectItem = z.object({
  personId: Id,
  name: z.string(),
  circle: CircleId.nullable(),
  lastTouchAt: IsoDateTime.nullable(),
  score: z.number(),
  reasons: z.array(ReconnectReason),
  opener: z.string(),
  cadence: CadenceStatus,
});
export type ReconnectItem = z.infer<typeof ReconnectItem>;

export const ReconnectQuery = z.strictObject({ limit: z.number().int().min(1).max(50).default(10) });
export const ReconnectList = z.array(ReconnectItem);

/** Hide someone from the reconnect list: a snooze (a week by default) or "not now" (30 days). */
export const ReconnectHide = z.strictObject({
  personId: Id,
  mode: z.enum(['snooze', 'not_now']),
  until: IsoDateTime.optional(),
});
export const ReconnectHideResult = z.object({ personId: Id, hiddenUntil: IsoDateTime.nullable() });
export const ReconnectUnhide = z.strictObject({ personId: Id });

export const MonthCount = z.object({ month: z.string(), count: z.number().int() });

export const RelationshipHealth = z.object({
  person: Ref,
  lastTouchAt: IsoDateTime.nullable(),
  touches90d: z.number().int(),
  touches12m: z.number().int(),
  total: z.number().int(),
  /** Of the last (up to) 10 touchpoints, how many each side started. */
  recent: z.object({ byMe: z.number().int(), byThem: z.number().int(), text: z.string() }),
  /** Favours over 12 months: help, intros, compliments and gifts given and received. */
  reciprocity: z.object({ given: z.number().int(), received: z.number().int(), balance: z.number().int(), text: z.string() }),
  /** Touchpoints in the last 6 months against the 6 before. */
  trend: z.object({ direction: z.enum(['warming', 'steady', 'cooling', 'none']), last6m: z.number().int(), previous6m: z.number().int() }),
  /** Touchpoints per month for the 24 months up to now, oldest first. */
  months: z.array(MonthCount),
  cadence: CadenceStatus,
});
export type RelationshipHealth = z.infer<typeof RelationshipHealth>;

export const PRUNE_REASONS = ['no_reply', 'never_engaged'] as const;
export const PruneItem = z.object({
  personId: Id,
  name: z.string(),
  circle: CircleId.nullable(),
  reason: z.enum(PRUNE_REASONS),
  text: z.string(),
  attempts: z.number().int(),
  lastTouchAt: IsoDateTime.nullable(),
  /** Suggested only: the app never moves or archives anyone by itself. */
  suggestion: z.enum(['dormant', 'archive']),
});
export type PruneItem = z.infer<typeof PruneItem>;
export const PruneQuery = PageQuery;
/** Keep someone (they leave the prune view) or, with `keep: false`, undo that. */
export const PruneKeep = z.strictObject({ personId: Id, keep: z.boolean() });
export const PruneKeepResult = z.object({ personId: Id, keptAt: IsoDateTime.nullable() });
export const PrunePage = pageOf(PruneItem);

export const EventAwaitingFollowUp = z.object({
  event: Ref,
  startsOn: z.string().nullable(),
  pending: z.number().int(),
  people: z.array(Ref),
});

export const BirthdaySoon = z.object({
  person: Ref,
  /** The day it falls on this time, `YYYY-MM-DD` (local). */
  on: z.string(),
  inDays: z.number().int(),
  /** The age they turn, when the year is known. */
  turns: z.number().int().nullable(),
});

/** The home screen: everything due now, in one read. */
export const TodayView = z.object({
  now: IsoDateTime,
  overdue: z.array(Reminder),
  dueToday: z.array(Reminder),
  reconnect: z.array(ReconnectItem),
  followUps: z.array(EventAwaitingFollowUp),
  birthdays: z.array(BirthdaySoon),
});
export type TodayView = z.infer<typeof TodayView>;
export const TodayQuery = z.strictObject({ reconnectLimit: z.number().int().min(0).max(50).default(5) }).optional();
