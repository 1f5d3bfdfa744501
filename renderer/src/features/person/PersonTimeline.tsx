import { History, MessageSquarePlus } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { LoadError, Loading } from '../../components/StatusViews';
import { monthHeading, monthKey } from '../../lib/dates';
import { LOG_TOUCHPOINT_SHORTCUT } from '../../lib/keys';
import { useAppStore } from '../../store';
import { usePagedItems } from '../../store/usePagedItems';
import { TimelineEntryItem } from '../timeline/TimelineEntryItem';
import { VirtualTimeline } from '../timeline/VirtualTimeline';
import { groupRows } from '../timeline/groupRows';

/** Everything with this person, newest first, grouped by month. */
export function PersonTimeline({ person }: { person: Person }) {
  const status = useAppStore((s) => s.timeline.status);
  const error = useAppStore((s) => s.timeline.error);
  const cursor = useAppStore((s) => s.timeline.cursor);
  const loadingMore = useAppStore((s) => s.timeline.loadingMore);
  const loadTimeline = useAppStore((s) => s.loadTimeline);
  const loadMoreTimeline = useAppStore((s) => s.loadMoreTimeline);
  const closeTimeline = useAppStore((s) => s.closeTimeline);
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const entries = usePagedItems((s) => s.timeline);
  const rows = useMemo(() => groupRows(entries, (e) => `${e.type}:${e.id}`, (e) => monthKey(e.at), monthHeading), [entries]);

  useEffect(() => {
    void loadTimeline(person.id);
    return () => closeTimeline();
  }, [person.id, loadTimeline, closeTimeline]);

  const log = () => openLogTouchpoint({ people: [{ id: person.id, name: person.displayName }] });
  const onlyAdded = entries.length > 0 && entries.every((e) => e.type !== 'touchpoint' && e.type !== 'met');

  return (
    <section className="card timeline-card" aria-labelledby="timeline-title">
      <div className="card-title">
        <h2 id="timeline-title">Timeline</h2>
        <span className="legend" aria-hidden>
          <span className="channel-marker channel-offline legend-dot" /> offline
          <span className="channel-marker channel-online legend-dot" /> online
        </span>
      </div>
      {status === 'error' && entries.length === 0 ? (
        <LoadError what="the timeline" error={error} onRetry={() => void loadTimeline(person.id)} />
      ) : entries.length === 0 ? (
        status === 'ready' ? null : <Loading label="Loading the timeline…" />
      ) : (
        <>
          {onlyAdded && (
            <div className="timeline-empty">
              <History size={20} aria-hidden />
              <p>
                Nothing logged with {person.displayName} yet. Log a DM, a call or a lunch and it lands here, online and offline in one line.
              </p>
              <button type="button" className="btn btn-small" onClick={log}>
                <MessageSquarePlus size={14} aria-hidden /> Log touchpoint <kbd>{LOG_TOUCHPOINT_SHORTCUT}</kbd>
              </button>
            </div>
          )}
          <VirtualTimeline
            label={`Timeline with ${person.displayName}`}
            testId="person-timeline"
            rows={rows}
            renderItem={(e) => <TimelineEntryItem entry={e} personId={person.id} positions={person.positions} />}
            hasMore={Boolean(cursor)}
            loadingMore={loadingMore}
            loadMore={() => void loadMoreTimeline()}
          />
        </>
      )}
    </section>
  );
}
