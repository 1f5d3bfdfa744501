import { AlarmClock, Check, MessageSquarePlus, RotateCcw, X } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { Link } from 'wouter';
import type { Reminder } from '../../../../shared/domain/reminder';
import type { RowActions } from '../today/useRowKeys';
import { KIND_ICONS, KIND_NAMES, repeatText, whenInSentence } from './reminderText';

interface ReminderRowProps {
  reminder: Reminder;
  actions: RowActions & { reopen?(): void };
  /** From useRowKeys: the row's place in the screen's keyboard focus. */
  rowProps?: HTMLAttributes<HTMLLIElement> & { 'data-row-key'?: string };
  /** Hide the person link on the person's own page. */
  showPerson?: boolean;
  compact?: boolean;
}

function Meta({ reminder: r, showPerson }: { reminder: Reminder; showPerson: boolean }) {
  const repeat = repeatText(r);
  const parts: ReactNode[] = [];
  if (showPerson && r.person) {
    parts.push(
      <Link key="p" href={`/people/${r.person.id}`}>
        {r.person.name}
      </Link>,
    );
  }
  if (r.status === 'done' && r.doneAt) parts.push(<span key="w">Done {whenInSentence(r.doneAt, false)}</span>);
  else if (r.status === 'dismissed' && r.dismissedAt) parts.push(<span key="w">Dismissed {whenInSentence(r.dismissedAt, false)}</span>);
  else if (r.status === 'snoozed' && r.snoozedUntil) {
    parts.push(
      <span key="w" className="reminder-snoozed">
        <AlarmClock size={12} aria-hidden /> Snoozed until {whenInSentence(r.snoozedUntil, false)}
      </span>,
    );
  } else {
    parts.push(
      <span key="w" className={r.timing === 'overdue' ? 'reminder-overdue' : undefined}>
        {r.timing === 'overdue' ? 'Was due' : 'Due'} {whenInSentence(r.dueAt, r.allDay)}
      </span>,
    );
  }
  if (repeat) parts.push(<span key="r">{repeat}</span>);
  return (
    <span className="reminder-meta">
      {parts.map((p, i) => (
        <span key={i} className="reminder-meta-part">
          {p}
        </span>
      ))}
    </span>
  );
}

/** One reminder: what kind, what, about whom, when, how it repeats, and what can be done with it. */
export function ReminderRow({ reminder: r, actions, rowProps, showPerson = true, compact = false }: ReminderRowProps) {
  const Icon = KIND_ICONS[r.kind];
  return (
    <li className={`task-row${compact ? ' task-row-compact' : ''}`} aria-label={r.title} {...rowProps}>
      <span className={`task-icon kind-${r.kind}`} title={KIND_NAMES[r.kind]}>
        <Icon size={16} aria-hidden />
        <span className="visually-hidden">{KIND_NAMES[r.kind]}</span>
      </span>
      <span className="task-main">
        <span className="task-title">{r.title}</span>
        <Meta reminder={r} showPerson={showPerson} />
        {r.note && !compact && <span className="task-note">{r.note}</span>}
      </span>
      <span className="task-actions">
        {actions.done && (
          <button type="button" className="btn btn-small" onClick={actions.done} title="Done (d)">
            <Check size={14} aria-hidden /> Done
          </button>
        )}
        {actions.log && (
          <button type="button" className="btn btn-small" onClick={actions.log} title="Done and log a touchpoint (l)">
            <MessageSquarePlus size={14} aria-hidden /> Done &amp; log
          </button>
        )}
        {actions.snooze && (
          <button type="button" className="btn btn-small btn-ghost" onClick={actions.snooze} title="Snooze (s)">
            <AlarmClock size={14} aria-hidden /> Snooze
          </button>
        )}
        {actions.dismiss && (
          <button type="button" className="icon-button" onClick={actions.dismiss} aria-label="Dismiss" title="Dismiss (x)">
            <X size={15} aria-hidden />
          </button>
        )}
        {actions.reopen && (
          <button type="button" className="btn btn-small" onClick={actions.reopen}>
            <RotateCcw size={14} aria-hidden /> Reopen
          </button>
        )}
      </span>
    </li>
  );
}
