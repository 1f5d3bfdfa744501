import { Archive, ArchiveRestore, ArrowLeft, CalendarX, ListPlus, MapPin, MessageSquarePlus, Pencil } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Event } from '../../../../shared/domain/event';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatEventWhen } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { isTyping } from '../../lib/keys';
import { EVENT_KIND_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';
import { TouchpointItem } from '../timeline/TouchpointItem';
import { AttendeesList } from './AttendeesList';
import { EventCapture } from './EventCapture';
import { EventForm } from './EventFormDialog';
import { EventStats } from './EventsScreen';

function When({ event }: { event: Event }) {
  if (!event.startsOn) return null;
  const end = event.endsOn && event.endsOn !== event.startsOn ? ` – ${formatEventWhen(event.endsOn)}` : '';
  return (
    <span>
      {formatEventWhen(event.startsOn)}
      {end}
    </span>
  );
}

function EventTouchpoints() {
  const items = useAppStore((s) => s.eventTouchpoints.items);
  const status = useAppStore((s) => s.eventTouchpoints.status);
  if (status === 'loading') return <Loading label="Loading touchpoints…" />;
  if (status === 'error') return <p className="muted">Could not load the touchpoints at this event.</p>;
  if (items.length === 0) return <p className="muted">No touchpoints logged at this event. Use Log touchpoint to record a conversation there.</p>;
  return (
    <div className="entry-list">
      {items.map((t) => (
        <TouchpointItem key={t.id} touchpoint={t} when="full" />
      ))}
    </div>
  );
}

function EventView({ event, capture }: { event: Event; capture: boolean }) {
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const archiveEvent = useAppStore((s) => s.archiveEvent);
  const unarchiveEvent = useAppStore((s) => s.unarchiveEvent);
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const startCapture = () => navigate(`/events/${event.id}/capture`);

  // "c" starts capture mode, so going from the event to typing names needs no mouse.
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'c' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || useAppStore.getState().overlay) return;
      e.preventDefault();
      navigate(`/events/${event.id}/capture`);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [event.id, navigate]);

  return (
    <div className="screen screen-event">
      <Link href="/events" className="back-link">
        <ArrowLeft size={16} aria-hidden /> Events
      </Link>
      {event.archivedAt && (
        <div className="banner banner-warning" role="status">
          <Archive size={18} aria-hidden />
          <p>Archived on {formatDate(event.archivedAt)}. It is hidden from the events list; who was there is kept.</p>
          <button type="button" className="btn" onClick={() => void unarchiveEvent(event.id)}>
            <ArchiveRestore size={16} aria-hidden /> Restore
          </button>
        </div>
      )}
      <header className="screen-header">
        <div>
          <h1>{event.name}</h1>
          <p className="screen-subtitle">
            <span className="tag">{EVENT_KIND_LABELS[event.kind]}</span>
            <When event={event} />
            {event.place && (
              <span>
                <MapPin size={14} aria-hidden /> {event.place}
              </span>
            )}
            <EventStats event={event} />
          </p>
        </div>
        <div className="person-actions">
          {!capture && (
            <button type="button" className="btn btn-primary" onClick={startCapture}>
              <ListPlus size={16} aria-hidden /> Capture people <kbd>C</kbd>
            </button>
          )}
          <button type="button" className="btn" onClick={() => openLogTouchpoint({ event: { id: event.id, name: event.name } })}>
            <MessageSquarePlus size={16} aria-hidden /> Log touchpoint
          </button>
          <button type="button" className="btn" onClick={() => setEditing(true)} aria-label="Edit event">
            <Pencil size={16} aria-hidden />
          </button>
          {!event.archivedAt && (
            <button type="button" className="btn" onClick={() => void archiveEvent(event.id)} aria-label="Archive event">
              <Archive size={16} aria-hidden />
            </button>
          )}
        </div>
      </header>
      {editing && (
        <section className="card">
          <EventForm event={event} onDone={() => setEditing(false)} />
        </section>
      )}
      {capture && <EventCapture event={event} onExit={() => navigate(`/events/${event.id}`)} />}
      {(event.link || event.notes) && !editing && (
        <section className="card" aria-label="About this event">
          {event.link && <p className="selectable mono">{event.link}</p>}
          {event.notes && <p className="notes">{event.notes}</p>}
        </section>
      )}
      <section className="card" aria-labelledby="attendees-title">
        <div className="card-title">
          <h2 id="attendees-title">Who was there</h2>
          {event.pendingFollowUps > 0 && <span className="muted">{event.pendingFollowUps} still to follow up</span>}
        </div>
        <AttendeesList onCapture={startCapture} capturing={capture} />
      </section>
      <section className="card" aria-labelledby="event-touchpoints-title">
        <h2 id="event-touchpoints-title">Touchpoints at this event</h2>
        <EventTouchpoints />
      </section>
    </div>
  );
}

export function EventScreen({ id, capture = false }: { id: string; capture?: boolean }) {
  const event = useAppStore((s) => s.openEvent.event);
  const status = useAppStore((s) => s.openEvent.status);
  const error = useAppStore((s) => s.openEvent.error);
  const loadEvent = useAppStore((s) => s.loadEvent);
  const closeEvent = useAppStore((s) => s.closeEvent);

  useEffect(() => {
    void loadEvent(id);
    return () => closeEvent();
  }, [id, loadEvent, closeEvent]);

  if (event && event.id === id) return <EventView key={id} event={event} capture={capture} />;
  if (status === 'error' && error?.code === 'NOT_FOUND') {
    return (
      <div className="screen">
        <EmptyState icon={CalendarX} title="This event is not here" actions={<Link href="/events" className="btn btn-primary">Back to Events</Link>}>
          <p>The link may be old, or the event was removed in another window or restored from a backup.</p>
        </EmptyState>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="screen">
        <LoadError what="this event" error={error} onRetry={() => void loadEvent(id)} />
      </div>
    );
  }
  return (
    <div className="screen">
      <Loading />
    </div>
  );
}
