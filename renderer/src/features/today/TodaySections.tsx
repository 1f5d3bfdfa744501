import { Cake, CalendarDays, Keyboard, MessageSquarePlus } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { Link } from 'wouter';
import type { TodayView } from '../../../../shared/domain/reconnect';
import { dayLabel } from '../reminders/reminderText';
import { ROW_KEYS } from './useRowKeys';

type RowProps = HTMLAttributes<HTMLLIElement> & { 'data-row-key'?: string };

/** Rows a section shows before "Show all": a long list would bury the rest of the day. */
export const SECTION_ROWS = 8;

/** The first SECTION_ROWS of a list, or all once the section is expanded. */
export function shown<T>(list: T[], expanded: boolean): T[] {
  return expanded ? list : list.slice(0, SECTION_ROWS);
}

export function Section({ title, count, hint, children, expanded, onExpand }: {
  title: string;
  count: number;
  hint?: string;
  children: ReactNode;
  /** Given for sections that cap their rows: whether all are shown, and how to show them. */
  expanded?: boolean;
  onExpand?(): void;
}) {
  const id = `today-${title.toLowerCase().replace(/\W+/g, '-')}`;
  const hidden = onExpand && !expanded ? count - SECTION_ROWS : 0;
  return (
    <section className="today-section" aria-labelledby={id}>
      <header className="today-section-header">
        <h2 id={id}>
          {title} <span className="today-count">{count}</span>
        </h2>
        {hint && <p className="muted">{hint}</p>}
      </header>
      <ul className="task-list" aria-label={title}>
        {children}
      </ul>
      {hidden > 0 && (
        <button type="button" className="btn btn-ghost today-show-all" onClick={onExpand}>
          Show all {count} <span className="muted">({hidden} more)</span>
        </button>
      )}
    </section>
  );
}

type FollowUp = TodayView['followUps'][number];
type Birthday = TodayView['birthdays'][number];

/** An event with people met there and not followed up yet; the names lead to them. */
export function FollowUpRow({ item, rowProps }: { item: FollowUp; rowProps: RowProps }) {
  const more = item.pending - item.people.length;
  return (
    <li className="task-row" aria-label={item.event.name} {...rowProps}>
      <span className="task-icon kind-event_follow_up">
        <CalendarDays size={16} aria-hidden />
      </span>
      <span className="task-main">
        <span className="task-title">
          <Link href={`/events/${item.event.id}`}>{item.event.name}</Link>
          <span className="tag tag-warn">
            {item.pending} {item.pending === 1 ? 'person' : 'people'} to follow up
          </span>
        </span>
        <span className="reminder-meta">
          {item.startsOn && <span className="reminder-meta-part">{dayLabel(new Date(`${item.startsOn.slice(0, 10)}T12:00`))}</span>}
          <span className="reminder-meta-part followup-names">
            {item.people.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <Link href={`/people/${p.id}`}>{p.name}</Link>
              </span>
            ))}
            {more > 0 && <span> and {more} more</span>}
          </span>
        </span>
      </span>
    </li>
  );
}

export function BirthdayRow({ item, rowProps, onLog }: { item: Birthday; rowProps: RowProps; onLog(): void }) {
  const when = item.inDays === 0 ? 'Today' : item.inDays === 1 ? 'Tomorrow' : `${dayLabel(new Date(`${item.on}T12:00`))} · in ${item.inDays} days`;
  return (
    <li className="task-row" aria-label={`${item.person.name}'s birthday`} {...rowProps}>
      <span className="task-icon kind-birthday">
        <Cake size={16} aria-hidden />
      </span>
      <span className="task-main">
        <span className="task-title">
          <Link href={`/people/${item.person.id}`}>{item.person.name}</Link>
          {item.turns !== null && <span className="muted"> turns {item.turns}</span>}
        </span>
        <span className="reminder-meta">
          <span className="reminder-meta-part">{when}</span>
        </span>
      </span>
      <span className="task-actions">
        <button type="button" className="btn btn-small" onClick={onLog} title="Log touchpoint (l)">
          <MessageSquarePlus size={14} aria-hidden /> Log touchpoint
        </button>
      </span>
    </li>
  );
}

/** The keys of a list screen, always one line; `?` opens the full legend. */
export function KeyLegend({ full, onToggle }: { full: boolean; onToggle(): void }) {
  return (
    <aside className={`key-legend${full ? ' key-legend-full' : ''}`} aria-label="Keyboard shortcuts">
      <Keyboard size={14} aria-hidden />
      {full ? (
        <dl>
          {ROW_KEYS.map((k) => (
            <div key={k.label}>
              <dt>
                {k.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{k.label}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <span>
          <kbd>j</kbd>
          <kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>d</kbd> done · <kbd>l</kbd> log · <kbd>s</kbd> snooze · <kbd>x</kbd> dismiss
        </span>
      )}
      <button type="button" className="btn btn-small btn-ghost" onClick={onToggle} aria-expanded={full}>
        {full ? 'Hide keys' : 'All keys'} <kbd>?</kbd>
      </button>
    </aside>
  );
}
