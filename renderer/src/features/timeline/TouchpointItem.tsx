import { Pencil, Trash2 } from 'lucide-react';
import { Link } from 'wouter';
import type { Touchpoint } from '../../../../shared/domain/touchpoint';
import { ChannelMarker, ModeLabel } from '../../components/ChannelIcon';
import { formatDate } from '../../lib/format';
import { formatDayMonth, formatTime } from '../../lib/dates';
import { CHANNEL_LABELS, INITIATOR_LABELS, KIND_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';

interface TouchpointItemProps {
  touchpoint: Touchpoint;
  /** The person whose timeline this is: left out of "with …". */
  personId?: string;
  /** How much of the date to show: the time under a day heading, the day under a month heading, all of it in an ungrouped list. */
  when?: 'time' | 'day' | 'full';
}

/** One interaction: channel marker (filled offline, outlined online), what, with whom, where, the note; edit and delete. */
export function TouchpointItem({ touchpoint: t, personId, when = 'time' }: TouchpointItemProps) {
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const deleteTouchpoint = useAppStore((s) => s.deleteTouchpoint);
  const others = t.participants.filter((p) => p.id !== personId);
  const summary = `${CHANNEL_LABELS[t.channel]} · ${KIND_LABELS[t.kind]}`;
  return (
    <article className="entry" aria-label={`${summary} on ${formatDate(t.at)}`}>
      <ChannelMarker channel={t.channel} />
      <div className="entry-body">
        <div className="entry-line">
          <span className="entry-title">{summary}</span>
          <ModeLabel channel={t.channel} />
          <span className="entry-when">{when === 'time' ? formatTime(t.at) : `${when === 'day' ? formatDayMonth(t.at) : formatDate(t.at)}, ${formatTime(t.at)}`}</span>
        </div>
        <p className="entry-meta">
          {others.length > 0 && (
            <>
              with{' '}
              {others.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <Link href={`/people/${p.id}`}>{p.name}</Link>
                </span>
              ))}
              {' · '}
            </>
          )}
          {t.event && (
            <>
              at <Link href={`/events/${t.event.id}`}>{t.event.name}</Link>
              {' · '}
            </>
          )}
          {INITIATOR_LABELS[t.initiatedBy]}
        </p>
        {t.note && <p className="entry-note">{t.note}</p>}
      </div>
      <div className="entry-actions">
        <button type="button" className="icon-button" aria-label={`Edit ${summary} on ${formatDate(t.at)}`} title="Edit" onClick={() => openLogTouchpoint({ editing: t })}>
          <Pencil size={14} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-label={`Delete ${summary} on ${formatDate(t.at)}`} title="Delete" onClick={() => void deleteTouchpoint(t.id)}>
          <Trash2 size={14} aria-hidden />
        </button>
      </div>
    </article>
  );
}
