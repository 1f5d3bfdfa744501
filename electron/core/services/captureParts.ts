import type { z } from 'zod';
import type { Attendance } from '../../../shared/domain/event';
import type { IdentityInput } from '../../../shared/domain/identity';
import { AppError } from '../../../shared/ipc/result';
import type { AttendanceRepository } from '../../db/repositories/attendanceRepository';
import type { EventsRepository } from '../../db/repositories/eventsRepository';
import type { IdentitiesRepository } from '../../db/repositories/identitiesRepository';
import type { LabelsRepository } from '../../db/repositories/labelsRepository';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import type { PositionsRepository } from '../../db/repositories/positionsRepository';
import { describeIssues } from '../dispatcher';

/** What the capture services work with: repositories and one synchronous transaction. */
export interface CaptureDeps {
  people: PeopleRepository;
  identities: IdentitiesRepository;
  labels: LabelsRepository;
  positions: PositionsRepository;
  events: EventsRepository;
  attendance: AttendanceRepository;
  /** Runs `fn` in one transaction (joining an outer one); `fn` must not await. */
  transaction<T>(fn: () => T): T;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day (YYYY-MM-DD) `daysBack` days before `ms`, on this machine's calendar: the user's "today". */
export function localDay(ms: number, daysBack = 0): string {
  const d = new Date(ms);
  d.setDate(d.getDate() - daysBack);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The parser's `when` (today, yesterday, last week or YYYY-MM-DD) as a date; null when absent or not a real date. */
export function resolveWhen(when: string | null, now: number): string | null {
  if (when === null) return null;
  if (when === 'today') return localDay(now);
  if (when === 'yesterday') return localDay(now, 1);
  if (when === 'last week') return localDay(now, 7);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(when)) return null;
  const day = new Date(`${when}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(when) ? when : null;
}

/** The date part of an event start, or null for an undated event. */
export function eventDay(startsOn: string | null): string | null {
  return startsOn === null ? null : startsOn.slice(0, 10);
}

/** Parses what the server assembled from a capture line; a part the schema refuses is the line's fault (INVALID_INPUT). */
export function parseAssembled<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = describeIssues(result.error.issues);
  const first = issues[0];
  throw new AppError('INVALID_INPUT', `cannot capture ${what}: ${first ? `${first.path} ${first.message}` : 'invalid'}`, issues);
}

/**
 * Links identities to an existing person: ones they already have are skipped, one that
 * belongs to someone else is a CONFLICT naming the owner (nothing is linked then, as the
 * caller's transaction rolls back).
 */
export function linkIdentities(deps: CaptureDeps, personId: string, inputs: readonly IdentityInput[], now: number): void {
  for (const input of inputs) {
    const owner = deps.identities.ownerOf(input.kind, input.value);
    if (owner?.personId === personId) continue;
    deps.identities.add(personId, input, now);
  }
}

/**
 * Records that the user met the person at the event: a new attendance (met, follow-up
 * pending) or, if they are already there, the existing one marked met with the new note.
 */
export function attend(deps: CaptureDeps, eventId: string, personId: string, note: string | null, now: number): Attendance {
  const existing = deps.attendance.find(eventId, personId);
  if (!existing) return deps.attendance.add({ eventId, personId, met: true, followUp: 'pending', note }, now);
  return deps.attendance.update({ id: existing.id, patch: note === null ? { met: true } : { met: true, note } }, now);
}
