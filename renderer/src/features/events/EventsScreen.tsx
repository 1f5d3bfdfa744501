import { CalendarDays, CalendarPlus, SearchX } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Event } from '../../../../shared/domain/event';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatEventWhen } from '../../lib/dates';
import { EVENT_KIND_LABELS } from '../../lib/labels';
import { LIVE_SEARCH_DEBOUNCE_MS } from '../../lib/useLiveSearch';
import { useSlashToFocus } from '../../lib/useSlashToFocus';
import { useAppStore } from '../../store';
import { usePagedItems } from '../../store/usePagedItems';
import { SearchBox } from '../people/SearchBox';
import { VirtualTimeline } from '../timeline/VirtualTimeline';
import { groupRows } from '../timeline/groupRows';

export function EventStats({ event }: { event: Event }) {
  return (
    <span className="event-stats">
      <span>
        {event.met} met{event.attendees > event.met ? ` of ${event.attendees}` : ''}
      </span>
      {event.pendingFollowUps > 0 && <span className="tag tag-warn">{event.pendingFollowUps} to follow up</span>}
    </span>
  );
}

function EventRow({ event }: { event: Event }) {
  return (
    <Link href={`/events/${event.id}`} className="event-row">
      <span className="event-row-icon" aria-hidden>
        <CalendarDays size={16} />
      </span>
      <span className="event-row-text">
        <span className="event-row-name">{event.name}</span>
        <span className="event-row-meta">{[EVENT_KIND_LABELS[event.kind], event.startsOn && formatEventWhen(event.startsOn), event.place].filter(Boolean).join(' · ')}</span>
      </span>
      <EventStats event={event} />
    </Link>
  );
}

function EventsBody({ query }: { query: string }) {
  const events = usePagedItems((s) => s.events);
  const status = useAppStore((s) => s.events.status);
  const loaded = useAppStore((s) => s.events.loaded);
  const error = useAppStore((s) => s.events.error);
  const cursor = useAppStore((s) => s.events.cursor);
  const loadingMore = useAppStore((s) => s.events.loadingMore);
  const loadEvents = useAppStore((s) => s.loadEvents);
  const loadMoreEvents = useAppStore((s) => s.loadMoreEvents);
  const openOverlay = useAppStore((s) => s.openOverlay);
  const rows = useMemo(() => groupRows(events, (e) => e.id, (e) => e.startsOn?.slice(0, 4) ?? 'undated', (y) => (y === 'undated' ? 'No date' : y)), [events]);

  if (events.length === 0 && status === 'error') return <LoadError what="events" error={error} onRetry={() => void loadEvents()} />;
  if (events.length === 0 && !loaded) return <Loading label="Loading events…" />;
  if (events.length === 0 && query.trim()) {
    return (
      <EmptyState icon={SearchX} title={`No events match “${query.trim()}”`} actions={<button type="button" className="btn" onClick={() => openOverlay('new-event')}><CalendarPlus size={16} aria-hidden /> New event</button>}>
        <p>Search looks at event names.</p>
      </EmptyState>
    );
  }
  if (events.length === 0) {
    return (
      <EmptyState
        icon={CalendarDays}
        title="No events yet — create the one where you last met people"
        actions={
          <button type="button" className="btn btn-primary" onClick={() => openOverlay('new-event')}>
            <CalendarPlus size={16} aria-hidden /> New event
          </button>
        }
      >
        <p>A conference, a dinner, a benefit lunch. Then open it and capture everyone you met, one line each, with the keyboard only.</p>
      </EmptyState>
    );
  }
  return <VirtualTimeline label="Events" testId="events-scroll" rows={rows} renderItem={(e) => <EventRow event={e} />} hasMore={Boolean(cursor)} loadingMore={loadingMore} loadMore={() => void loadMoreEvents()} />;
}

export function EventsScreen() {
  const query = useAppStore((s) => s.events.query);
  const setEventsQuery = useAppStore((s) => s.setEventsQuery);
  const loadEvents = useAppStore((s) => s.loadEvents);
  const openOverlay = useAppStore((s) => s.openOverlay);
  const [text, setText] = useState(query);
  const search = useRef<HTMLInputElement>(null);
  useSlashToFocus(search);

  useEffect(() => {
    const s = useAppStore.getState();
    void (s.events.status === 'idle' ? s.loadEvents() : s.refreshEvents());
  }, []);

  useEffect(() => {
    if (text === useAppStore.getState().events.query) return;
    const timer = setTimeout(() => {
      setEventsQuery(text);
      void loadEvents();
    }, LIVE_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, setEventsQuery, loadEvents]);

  return (
    <div className="screen screen-list">
      <header className="screen-header">
        <div>
          <h1>Events</h1>
          <p className="screen-subtitle">Conferences, dinners, meetups and calls — newest first.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => openOverlay('new-event')}>
          <CalendarPlus size={16} aria-hidden /> New event
        </button>
      </header>
      <SearchBox ref={search} value={text} onChange={setText} label="Search events" placeholder="Search events by name" />
      <EventsBody query={query} />
    </div>
  );
}
