import type { CircleId } from '../domain/person';
import type { CadenceStatus, ReconnectItem, ReconnectReason } from '../domain/reconnect';
import { DAY_MS } from './cadence';

/**
 * The reconnect score, in one place so it can be explained. A person's score is the sum of
 * the points of their reasons:
 *
 * | reason            | when                                                      | points                                  |
 * |-------------------|-----------------------------------------------------------|-----------------------------------------|
 * | event_followup    | met at an event 2–60 days ago, follow-up still pending    | 70                                      |
 * | birthday          | birthday in the next 7 days                               | 60 − 5 × days until (today 60, a week 25)|
 * | overdue           | past their cadence (own or circle's)                      | 30 + days overdue ÷ 3, at most 70       |
 * | dormant_tie       | no cadence, ≥ 3 touchpoints started by each side, quiet ≥ 180 days | 25 + months quiet beyond 6, at most 40 |
 * | reciprocity_owed  | lately they gave more favours than they got from you      | 20 + 10 × the difference, at most 50    |
 * | shared_interest   | an interest or a last note to talk about                  | 0 (it shapes the opener only)           |
 *
 * Ties are broken by days overdue (more first), then the longest silence, then the person
 * id, so the same input always gives the same order. Overdue and dormant points grow with
 * one indexed column each, which is what lets the list be read from the top of two indexes
 * (see electron/core/reconnect/reconnectReader.ts).
 */
export const POINTS = {
  eventFollowUp: 70,
  birthdayToday: 60,
  birthdayPerDay: 5,
  overdueBase: 30,
  overdueMax: 70,
  overdueDaysPerPoint: 3,
  dormantBase: 25,
  dormantMax: 40,
  reciprocityBase: 20,
  reciprocityPerFavour: 10,
  reciprocityMax: 50,
} as const;

export const DORMANT_QUIET_DAYS = 180;
export const FOLLOW_UP_AFTER_MS = 2 * DAY_MS;
export const FOLLOW_UP_WINDOW_DAYS = 60;
export const BIRTHDAY_WINDOW_DAYS = 7;

/** Everything known about one candidate, gathered by the reader. */
export interface CandidateFacts {
  personId: string;
  name: string;
  givenName: string | null;
  circle: CircleId | null;
  lastTouchAt: number | null;
  cadence: CadenceStatus;
  followUp: { eventName: string; metAt: number; note: string | null } | null;
  birthday: { inDays: number; turns: number | null } | null;
  twoWay: { byMe: number; byThem: number };
  favours: { given: number; received: number; lastReceivedKind: string | null } | null;
  interests: string[];
  lastNote: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const daysAgo = (from: number, now: number) => Math.max(0, Math.floor((now - from) / DAY_MS));
const when = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

function snippet(note: string, max = 60): string {
  const line = note.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

const FAVOUR_WORDS: Record<string, string> = {
  help_received: 'your help',
  intro_received: 'the intro',
  compliment: 'the kind words',
  gift: 'the gift',
};

/** The reasons that apply, with their points and sentences. */
export function reasonsFor(f: CandidateFacts, now: number): ReconnectReason[] {
  const reasons: ReconnectReason[] = [];
  if (f.followUp) {
    const hook = f.followUp.note ? ` (your note: “${snippet(f.followUp.note)}”)` : '';
    reasons.push({
      code: 'event_followup',
      points: POINTS.eventFollowUp,
      text: `Met at ${f.followUp.eventName} ${when(daysAgo(f.followUp.metAt, now))}${hook}; not followed up yet.`,
    });
  }
  if (f.birthday) {
    const { inDays, turns } = f.birthday;
    const day = inDays === 0 ? 'today' : inDays === 1 ? 'tomorrow' : `in ${inDays} days`;
    reasons.push({
      code: 'birthday',
      points: POINTS.birthdayToday - POINTS.birthdayPerDay * inDays,
      text: `Birthday ${day}${turns ? ` (turns ${turns})` : ''}.`,
    });
  }
  if (f.cadence.state === 'overdue' && f.cadence.daysOverdue !== null && f.cadence.cadenceDays !== null) {
    const overdue = f.cadence.daysOverdue;
    const last = f.lastTouchAt === null ? 'No touchpoint yet' : `Last talked ${plural(daysAgo(f.lastTouchAt, now), 'day')} ago`;
    reasons.push({
      code: 'overdue',
      points: Math.min(POINTS.overdueMax, POINTS.overdueBase + Math.floor(overdue / POINTS.overdueDaysPerPoint)),
      text: `${last}; you aim for every ${f.cadence.cadenceDays} (${plural(overdue, 'day')} overdue).`,
    });
  }
  if (f.cadence.cadenceDays === null && f.lastTouchAt !== null && now - f.lastTouchAt >= DORMANT_QUIET_DAYS * DAY_MS) {
    const { byMe, byThem } = f.twoWay;
    if (byMe >= 3 && byThem >= 3) {
      const months = Math.floor((now - f.lastTouchAt) / (30 * DAY_MS));
      reasons.push({
        code: 'dormant_tie',
        points: Math.min(POINTS.dormantMax, POINTS.dormantBase + Math.max(0, months - 6)),
        text: `${plural(byMe + byThem, 'touchpoint')} both ways (${byThem} started by them), then quiet for ${plural(months, 'month')}.`,
      });
    }
  }
  if (f.favours && f.favours.received > f.favours.given) {
    const owed = f.favours.received - f.favours.given;
    reasons.push({
      code: 'reciprocity_owed',
      points: Math.min(POINTS.reciprocityMax, POINTS.reciprocityBase + POINTS.reciprocityPerFavour * owed),
      text: `Lately they gave ${plural(f.favours.received, 'favour')} (help, intros, kind words, gifts) and got ${f.favours.given} back.`,
    });
  }
  if (f.lastNote || f.interests.length > 0) {
    const parts = [f.interests.length > 0 ? `Into ${f.interests.slice(0, 2).join(' and ')}` : null, f.lastNote ? `last time: “${snippet(f.lastNote)}”` : null];
    reasons.push({ code: 'shared_interest', points: 0, text: `${parts.filter(Boolean).join('; ')}.` });
  }
  return reasons;
}

/** A first line to send, from the strongest reason and what they care about. Deterministic. */
export function openerFor(f: CandidateFacts, reasons: ReconnectReason[]): string {
  const first = f.givenName?.trim() || f.name.split(/\s+/)[0] || f.name;
  const top = [...reasons].sort((a, b) => b.points - a.points)[0]?.code;
  // The note is the user's own words, so it is quoted as a reminder of the last chat rather than paraphrased.
  const interest = f.interests[0];
  const topic = f.lastNote
    ? ` I was thinking about our last chat (“${snippet(f.lastNote, 50).replace(/[.!?…]+$/, '')}”) — how are things${interest ? `, and how's ${interest} going` : ''}?`
    : interest
      ? ` How's ${interest} going these days?`
      : ' What are you working on these days?';
  switch (top) {
    case 'event_followup':
      // The capture hook is the user's note about them ("wants an intro to Kofi"), so it is
      // shown in the reason for the user to act on, not put in their mouth here.
      return `Hi ${first}, great meeting you at ${f.followUp?.eventName}! Would love to keep the conversation going.`;
    case 'birthday':
      return `Happy birthday, ${first}! Hope the year ahead is a great one.`;
    case 'reciprocity_owed':
      return `Thanks again for ${FAVOUR_WORDS[f.favours?.lastReceivedKind ?? ''] ?? 'everything'}, ${first}. Is there anything I can do for you right now?`;
    default:
      return `Hey ${first}, it's been a while!${topic}`;
  }
}

export function score(reasons: ReconnectReason[]): number {
  return reasons.reduce((sum, r) => sum + r.points, 0);
}

interface Ranked {
  facts: CandidateFacts;
  score: number;
}

/** Highest score first; ties by days overdue, then the longest silence (never touched first), then id. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (b.facts.cadence.daysOverdue ?? -Infinity) - (a.facts.cadence.daysOverdue ?? -Infinity) ||
    (a.facts.lastTouchAt ?? -Infinity) - (b.facts.lastTouchAt ?? -Infinity) ||
    a.facts.personId.localeCompare(b.facts.personId)
  );
}

/**
 * The `limit` best candidates with a positive score, in order. Scoring is cheap; the
 * opener and talking points are only worked out for the few that make the list.
 */
export function rank(candidates: CandidateFacts[], now: number, limit: number): CandidateFacts[] {
  return candidates
    .flatMap((facts) => {
      const points = score(reasonsFor(facts, now));
      return points > 0 ? [{ facts, score: points }] : [];
    })
    .sort(compareRanked)
    .slice(0, limit)
    .map((r) => r.facts);
}

export function toItem(f: CandidateFacts, now: number): ReconnectItem {
  const reasons = reasonsFor(f, now);
  return {
    personId: f.personId,
    name: f.name,
    circle: f.circle,
    lastTouchAt: f.lastTouchAt === null ? null : new Date(f.lastTouchAt).toISOString(),
    score: score(reasons),
    reasons,
    opener: openerFor(f, reasons),
    cadence: f.cadence,
  };
}
