import { Trash2, Users } from 'lucide-react';
import { Link } from 'wouter';
import { FOLLOW_UP_STATES } from '../../../../shared/vocabulary/touchpoint';
import type { Attendance, FollowUpState } from '../../../../shared/domain/event';
import { LoadError, Loading } from '../../components/StatusViews';
import { FOLLOW_UP_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';
import { usePagedItems } from '../../store/usePagedItems';

function AttendeeRow({ attendance: a }: { attendance: Attendance }) {
  const updateAttendance = useAppStore((s) => s.updateAttendance);
  const removeAttendance = useAppStore((s) => s.removeAttendance);
  return (
    <li className="attendee">
      <Link href={`/people/${a.personId}`} className="attendee-name">
        {a.displayName}
      </Link>
      {a.note && <span className="attendee-note">{a.note}</span>}
      <label className="inline-check attendee-met">
        <input type="checkbox" checked={a.met} onChange={(e) => void updateAttendance(a.id, { met: e.target.checked })} /> met
      </label>
      <div className="segmented segmented-small" role="radiogroup" aria-label={`Follow-up with ${a.displayName}`}>
        {FOLLOW_UP_STATES.map((state: FollowUpState) => (
          <label key={state} className={`segment${a.followUp === state ? ' active' : ''}${state === 'pending' && a.followUp === state && a.met ? ' segment-warn' : ''}`}>
            <input type="radio" name={`follow-${a.id}`} checked={a.followUp === state} onChange={() => void updateAttendance(a.id, { followUp: state })} />
            {FOLLOW_UP_LABELS[state]}
          </label>
        ))}
      </div>
      <button type="button" className="icon-button" aria-label={`Remove ${a.displayName} from this event`} title="Remove from event" onClick={() => void removeAttendance(a)}>
        <Trash2 size={14} aria-hidden />
      </button>
    </li>
  );
}

/** Who was there, whether the user met them, and where each follow-up stands; changed in place. */
export function AttendeesList({ onCapture, capturing }: { onCapture(): void; capturing: boolean }) {
  const list = usePagedItems((s) => s.attendees);
  const status = useAppStore((s) => s.attendees.status);
  const error = useAppStore((s) => s.attendees.error);
  const cursor = useAppStore((s) => s.attendees.cursor);
  const loadingMore = useAppStore((s) => s.attendees.loadingMore);
  const loadMore = useAppStore((s) => s.loadMoreAttendees);
  const refreshEvent = useAppStore((s) => s.refreshEvent);

  if (list.length === 0 && status === 'loading') return <Loading label="Loading attendees…" />;
  if (list.length === 0 && status === 'error') return <LoadError what="attendees" error={error} onRetry={() => void refreshEvent()} />;
  if (list.length === 0) {
    return (
      <div className="timeline-empty">
        <Users size={20} aria-hidden />
        {capturing ? (
          <p>Nobody here yet. Everyone you capture above lands here, with their follow-up state.</p>
        ) : (
          <>
            <p>Nobody here yet. Capture the people you met: a name and one line each, Enter, next.</p>
            <button type="button" className="btn btn-small btn-primary" onClick={onCapture}>
              Capture people <kbd>C</kbd>
            </button>
          </>
        )}
      </div>
    );
  }
  return (
    <>
      <ul className="attendee-list" aria-label="Attendees">
        {list.map((a) => (
          <AttendeeRow key={a.id} attendance={a} />
        ))}
      </ul>
      {cursor && (
        <button type="button" className="btn btn-small btn-ghost" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? 'Loading…' : 'Show more attendees'}
        </button>
      )}
    </>
  );
}
