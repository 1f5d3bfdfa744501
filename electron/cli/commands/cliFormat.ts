import { InvalidArgumentError } from 'commander';
import type { Event } from '../../../shared/domain/event';
import type { TimelineEntry, Touchpoint } from '../../../shared/domain/touchpoint';

/** `--limit`: a whole number of at least 1 (parseInt alone lets 0, -3 and 2.5 through). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1.');
  return n;
}

/** Repeatable options (`--person A --person B`) collect into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** An ISO timestamp as `YYYY-MM-DD HH:MM` (UTC), the way lists show times. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export function eventLine(e: Event): string {
  const counts = `${e.attendees} there, ${e.met} met, ${e.pendingFollowUps} to follow up`;
  return `${e.id}  ${(e.startsOn ?? 'undated').padEnd(10)}  ${e.name}  (${e.kind}; ${counts})${e.archivedAt ? '  [archived]' : ''}`;
}

export function touchpointLine(t: Touchpoint): string {
  const people = t.participants.map((p) => p.name).join(', ');
  const event = t.event ? ` at ${t.event.name}` : '';
  return `${shortTime(t.at)}  ${t.channel.padEnd(9)} ${t.initiatedBy === 'me' ? 'me→  ' : '→me  '} ${t.kind.padEnd(14)} ${people}${event}${t.note ? `  · ${t.note}` : ''}`;
}

export function timelineLine(entry: TimelineEntry): string {
  switch (entry.type) {
    case 'touchpoint':
      return touchpointLine(entry.touchpoint);
    case 'met':
      return `${shortTime(entry.at)}  met at ${entry.event.name}${entry.note ? `  · ${entry.note}` : ''}`;
    case 'identity_linked':
      return `${shortTime(entry.at)}  linked ${entry.kind} ${entry.display}`;
    case 'position':
      return `${shortTime(entry.at)}  ${entry.change} ${entry.title ? `as ${entry.title} ` : ''}at ${entry.organisation.name}`;
    case 'reminder_done':
      return `${shortTime(entry.at)}  done: ${entry.title}`;
    case 'added':
      return `${shortTime(entry.at)}  added`;
  }
}
