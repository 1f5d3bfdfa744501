import { BadgeCheck, Briefcase, CalendarCheck, Link2, type LucideIcon, UserPlus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { IdentityKind } from '../../../../shared/domain/identity';
import type { Position } from '../../../../shared/domain/person';
import type { TimelineEntry } from '../../../../shared/domain/touchpoint';
import { IDENTITY_LABELS } from '../../components/IdentityIcon';
import { formatApproxDate, formatDayMonth } from '../../lib/dates';
import { TouchpointItem } from './TouchpointItem';

function Plain({ icon: Icon, offline, children, at, when }: { icon: LucideIcon; offline?: boolean; children: ReactNode; at: string; when?: string }) {
  return (
    <article className="entry entry-plain">
      <span className={`channel-marker ${offline ? 'channel-offline' : 'channel-neutral'}`}>
        <Icon size={14} aria-hidden />
      </span>
      <div className="entry-body">
        <div className="entry-line">
          <span className="entry-title">{children}</span>
          {offline && <span className="mode-label mode-offline">Offline</span>}
          <span className="entry-when">{when ?? formatDayMonth(at)}</span>
        </div>
      </div>
    </article>
  );
}

/**
 * A job's date as it was entered ("2016", "February 2023"): the entry's instant would claim a
 * day nobody gave. Found on the person by organisation and title.
 */
function jobDate(positions: Position[], entry: Extract<TimelineEntry, { type: 'position' }>): string | undefined {
  const job = positions.find((p) => p.organisation.id === entry.organisation.id && p.title === entry.title);
  const on = entry.change === 'started' ? job?.startOn : job?.endOn;
  return on ? formatApproxDate(on) : undefined;
}

/** One line of a person's timeline, whatever its type. */
export function TimelineEntryItem({ entry, personId, positions = [] }: { entry: TimelineEntry; personId: string; positions?: Position[] }) {
  switch (entry.type) {
    case 'touchpoint':
      return <TouchpointItem touchpoint={entry.touchpoint} personId={personId} when="day" />;
    case 'met':
      return (
        <Plain icon={CalendarCheck} offline at={entry.at}>
          Met at <Link href={`/events/${entry.event.id}`}>{entry.event.name}</Link>
          {entry.note && <span className="entry-inline-note"> — {entry.note}</span>}
        </Plain>
      );
    case 'identity_linked':
      return (
        <Plain icon={Link2} at={entry.at}>
          Linked {IDENTITY_LABELS[entry.kind as IdentityKind] ?? entry.kind} <span className="mono">{entry.display}</span>
        </Plain>
      );
    case 'position':
      return (
        <Plain icon={Briefcase} at={entry.at} when={jobDate(positions, entry)}>
          {entry.change === 'started' ? 'Started' : 'Left'} {entry.title ? `${entry.change === 'started' ? 'as' : 'the role of'} ${entry.title} at ` : ''}
          {entry.change === 'started' && !entry.title ? 'at ' : ''}
          {entry.organisation.name}
        </Plain>
      );
    case 'reminder_done':
      return (
        <Plain icon={BadgeCheck} at={entry.at}>
          Done: {entry.title}
        </Plain>
      );
    case 'added':
      return (
        <Plain icon={UserPlus} at={entry.at}>
          Added to Rapport
        </Plain>
      );
  }
}
