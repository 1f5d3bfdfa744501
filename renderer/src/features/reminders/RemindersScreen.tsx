import { BellPlus, BellRing } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Reminder } from '../../../../shared/domain/reminder';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import { REMINDER_TABS, type ReminderTab } from '../../store/slices/remindersSlice';
import { usePagedItems } from '../../store/usePagedItems';
import { KeyLegend } from '../today/TodaySections';
import { useRowKeys } from '../today/useRowKeys';
import { useScreenKey } from '../today/useScreenKey';
import { NEW_REMINDER_KEY, NewReminderDialog } from './NewReminderDialog';
import { ReminderRow } from './ReminderRow';
import { useReminderActions } from './ReminderActions';

const TAB_LABELS: Record<ReminderTab, string> = { open: 'Open', due: 'Due', snoozed: 'Snoozed', done: 'Done', dismissed: 'Dismissed' };

const EMPTY_TEXT: Record<ReminderTab, { title: string; body: string }> = {
  open: { title: 'No open reminders', body: 'Set one for what you promised someone, or capture people at an event: each gets a follow-up two days later.' },
  due: { title: 'Nothing due', body: 'Reminders that reach their time show up here, and on Today.' },
  snoozed: { title: 'Nothing snoozed', body: 'Snooze a reminder (s) to put it off until later today, tomorrow morning, next week or a time you pick.' },
  done: { title: 'Nothing done yet', body: 'Reminders you mark done (d) are kept here, with the touchpoint you logged.' },
  dismissed: { title: 'Nothing dismissed', body: 'Reminders you dismiss (x) are kept here and can be reopened.' },
};

function RemindersList({ onNew }: { onNew(): void }) {
  const items = usePagedItems((s) => s.reminders);
  const tab = useAppStore((s) => s.reminders.tab);
  const status = useAppStore((s) => s.reminders.status);
  const loaded = useAppStore((s) => s.reminders.loaded);
  const error = useAppStore((s) => s.reminders.error);
  const cursor = useAppStore((s) => s.reminders.cursor);
  const loadingMore = useAppStore((s) => s.reminders.loadingMore);
  const loadReminders = useAppStore((s) => s.loadReminders);
  const loadMoreReminders = useAppStore((s) => s.loadMoreReminders);
  const actions = useReminderActions();
  const [legend, setLegend] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const rows = items.map((r: Reminder) => ({ key: r.id, ...actions.actionsFor(r) }));
  const rowProps = useRowKeys(container, rows, () => setLegend((v) => !v));

  let body;
  if (items.length === 0 && status === 'error') body = <LoadError what="reminders" error={error} onRetry={() => void loadReminders()} />;
  else if (items.length === 0 && (!loaded || status === 'loading')) body = <Loading label="Loading reminders…" />;
  else if (items.length === 0) {
    const text = EMPTY_TEXT[tab];
    body = (
      <EmptyState
        icon={BellRing}
        title={text.title}
        actions={
          <button type="button" className="btn btn-primary" onClick={onNew}>
            <BellPlus size={16} aria-hidden /> New reminder <kbd>{NEW_REMINDER_KEY}</kbd>
          </button>
        }
      >
        <p>{text.body}</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ul className="task-list" aria-label={`${TAB_LABELS[tab]} reminders`}>
          {items.map((r) => (
            <ReminderRow key={r.id} reminder={r} actions={actions.actionsFor(r)} rowProps={rowProps(r.id)} />
          ))}
        </ul>
        {cursor && (
          <button type="button" className="btn load-more" disabled={loadingMore} onClick={() => void loadMoreReminders()}>
            {loadingMore ? 'Loading…' : 'Show more'}
          </button>
        )}
        <KeyLegend full={legend} onToggle={() => setLegend((v) => !v)} />
      </>
    );
  }
  return (
    <div ref={container} className="reminders-body" role="tabpanel" aria-label={TAB_LABELS[tab]}>
      {body}
      {actions.dialogs}
    </div>
  );
}

/** Every reminder by state: open, due now, snoozed, done and dismissed. */
export function RemindersScreen() {
  const tab = useAppStore((s) => s.reminders.tab);
  const setRemindersTab = useAppStore((s) => s.setRemindersTab);
  const loadReminders = useAppStore((s) => s.loadReminders);
  const [adding, setAdding] = useState(false);
  useScreenKey(NEW_REMINDER_KEY, () => setAdding(true));

  useEffect(() => {
    void loadReminders();
  }, [loadReminders]);

  function choose(next: ReminderTab) {
    if (next === useAppStore.getState().reminders.tab) return;
    setRemindersTab(next);
    void loadReminders();
  }

  return (
    <div className="screen screen-reminders">
      <header className="screen-header">
        <div>
          <h1>Reminders</h1>
          <p className="screen-subtitle">Follow-ups, promises, birthdays and recurring check-ins.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          <BellPlus size={16} aria-hidden /> New reminder <kbd>{NEW_REMINDER_KEY}</kbd>
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label="Reminder states">
        {REMINDER_TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            className={`tab${t === tab ? ' active' : ''}`}
            aria-selected={t === tab}
            tabIndex={t === tab ? 0 : -1}
            onClick={() => choose(t)}
            onKeyDown={(e) => {
              const i = REMINDER_TABS.indexOf(t);
              const next = e.key === 'ArrowRight' ? REMINDER_TABS[(i + 1) % REMINDER_TABS.length] : e.key === 'ArrowLeft' ? REMINDER_TABS[(i + REMINDER_TABS.length - 1) % REMINDER_TABS.length] : null;
              if (!next) return;
              e.preventDefault();
              choose(next);
              (e.currentTarget.parentElement?.querySelector(`[data-tab="${next}"]`) as HTMLElement | null)?.focus();
            }}
            data-tab={t}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <RemindersList onNew={() => setAdding(true)} />
      {adding && <NewReminderDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
