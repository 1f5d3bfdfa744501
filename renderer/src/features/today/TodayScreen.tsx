import { BellPlus, CalendarPlus, Sunrise, UserPlus } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { ReconnectItem, TodayView } from '../../../../shared/domain/reconnect';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import { NEW_REMINDER_KEY, NewReminderDialog } from '../reminders/NewReminderDialog';
import { ReminderRow } from '../reminders/ReminderRow';
import { useReminderActions } from '../reminders/ReminderActions';
import { CadenceDialog } from './CadenceDialog';
import { ReconnectRow } from './ReconnectRow';
import { BirthdayRow, FollowUpRow, KeyLegend, Section, shown } from './TodaySections';
import { type KeyRow, useRowKeys } from './useRowKeys';
import { useScreenKey } from './useScreenKey';

const heading = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

function NothingToday() {
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const openOverlay = useAppStore((s) => s.openOverlay);
  return (
    <EmptyState
      icon={Sunrise}
      title="Nothing due today"
      actions={
        <>
          <button type="button" className="btn btn-primary" onClick={() => openOverlay('new-event')}>
            <CalendarPlus size={16} aria-hidden /> New event
          </button>
          <button type="button" className="btn" onClick={openAddPerson}>
            <UserPlus size={16} aria-hidden /> Add person
          </button>
        </>
      }
    >
      <p>Capture people at your next event and Rapport reminds you to follow up two days later. Put people in circles and the ones you have not talked to in a while show up here, with a reason and something to say.</p>
      <p className="muted">
        Promised something? Press <kbd>{NEW_REMINDER_KEY}</kbd> for a reminder.
      </p>
    </EmptyState>
  );
}

function TodayBody({ view }: { view: TodayView }) {
  const [, navigate] = useLocation();
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const hideReconnect = useAppStore((s) => s.hideReconnect);
  const reminders = useReminderActions();
  const [cadenceFor, setCadenceFor] = useState<ReconnectItem | null>(null);
  const [legend, setLegend] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  const reconnectActions = (item: ReconnectItem) => {
    const person = { id: item.personId, name: item.name };
    return {
      open: () => navigate(`/people/${item.personId}`),
      log: () => openLogTouchpoint({ people: [person] }),
      snooze: () => void hideReconnect(person, 'snooze'),
      dismiss: () => void hideReconnect(person, 'not_now'),
      cadence: () => setCadenceFor(item),
    };
  };

  // Long sections show their first rows until asked: a few hundred birthdays or overdue
  // reminders at once would bury the rest of the day (and take long to paint).
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const expand = (section: string) => () => setExpanded((e) => ({ ...e, [section]: true }));
  const overdue = shown(view.overdue, expanded.overdue === true);
  const dueToday = shown(view.dueToday, expanded.dueToday === true);
  const followUps = shown(view.followUps, expanded.followUps === true);
  const birthdays = shown(view.birthdays, expanded.birthdays === true);
  const rows: KeyRow[] = [
    ...[...overdue, ...dueToday].map((r) => ({ key: `r:${r.id}`, ...reminders.actionsFor(r) })),
    ...view.reconnect.map((item) => ({ key: `c:${item.personId}`, ...reconnectActions(item) })),
    ...followUps.map((f) => ({ key: `e:${f.event.id}`, open: () => navigate(`/events/${f.event.id}`) })),
    ...birthdays.map((b) => ({ key: `b:${b.person.id}`, open: () => navigate(`/people/${b.person.id}`), log: () => openLogTouchpoint({ people: [b.person] }) })),
  ];
  const rowProps = useRowKeys(container, rows, () => setLegend((v) => !v));
  const empty = rows.length === 0;

  return (
    <div ref={container} className="today-body">
      {empty ? (
        <NothingToday />
      ) : (
        <>
          {view.overdue.length > 0 && (
            <Section title="Overdue" count={view.overdue.length} expanded={expanded.overdue} onExpand={expand('overdue')}>
              {overdue.map((r) => (
                <ReminderRow key={r.id} reminder={r} actions={reminders.actionsFor(r)} rowProps={rowProps(`r:${r.id}`)} />
              ))}
            </Section>
          )}
          {view.dueToday.length > 0 && (
            <Section title="Due today" count={view.dueToday.length} expanded={expanded.dueToday} onExpand={expand('dueToday')}>
              {dueToday.map((r) => (
                <ReminderRow key={r.id} reminder={r} actions={reminders.actionsFor(r)} rowProps={rowProps(`r:${r.id}`)} />
              ))}
            </Section>
          )}
          {view.reconnect.length > 0 && (
            <Section title="Reconnect" count={view.reconnect.length} hint="People worth reaching out to now, most pressing first.">
              {view.reconnect.map((item) => (
                <ReconnectRow key={item.personId} item={item} actions={reconnectActions(item)} rowProps={rowProps(`c:${item.personId}`)} />
              ))}
            </Section>
          )}
          {view.followUps.length > 0 && (
            <Section title="Events awaiting follow-up" count={view.followUps.length} expanded={expanded.followUps} onExpand={expand('followUps')}>
              {followUps.map((f) => (
                <FollowUpRow key={f.event.id} item={f} rowProps={rowProps(`e:${f.event.id}`)} />
              ))}
            </Section>
          )}
          {view.birthdays.length > 0 && (
            <Section title="Birthdays this week" count={view.birthdays.length} expanded={expanded.birthdays} onExpand={expand('birthdays')}>
              {birthdays.map((b) => (
                <BirthdayRow key={b.person.id} item={b} rowProps={rowProps(`b:${b.person.id}`)} onLog={() => openLogTouchpoint({ people: [b.person] })} />
              ))}
            </Section>
          )}
          <KeyLegend full={legend} onToggle={() => setLegend((v) => !v)} />
        </>
      )}
      {reminders.dialogs}
      {cadenceFor && <CadenceDialog item={cadenceFor} onClose={() => setCadenceFor(null)} />}
    </div>
  );
}

/** The home screen: what is due, who to reconnect with, events to follow up, birthdays. */
export function TodayScreen() {
  const view = useAppStore((s) => s.today.view);
  const status = useAppStore((s) => s.today.status);
  const error = useAppStore((s) => s.today.error);
  const loadToday = useAppStore((s) => s.loadToday);
  const closeToday = useAppStore((s) => s.closeToday);
  const [adding, setAdding] = useState(false);
  useScreenKey(NEW_REMINDER_KEY, () => setAdding(true));

  useEffect(() => {
    void loadToday();
    return closeToday;
  }, [loadToday, closeToday]);

  return (
    <div className="screen screen-today">
      <header className="screen-header">
        <div>
          <h1>Today</h1>
          <p className="screen-subtitle">{heading.format(view ? new Date(view.now) : new Date())}</p>
        </div>
        <button type="button" className="btn" onClick={() => setAdding(true)}>
          <BellPlus size={16} aria-hidden /> New reminder <kbd>{NEW_REMINDER_KEY}</kbd>
        </button>
      </header>
      {view ? <TodayBody view={view} /> : status === 'error' ? <LoadError what="today" error={error} onRetry={() => void loadToday()} /> : <Loading label="Loading today…" />}
      {adding && <NewReminderDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
