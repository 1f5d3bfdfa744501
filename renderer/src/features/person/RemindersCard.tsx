import { BellPlus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Person } from '../../../../shared/domain/person';
import { LoadError } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import { NewReminderDialog } from '../reminders/NewReminderDialog';
import { ReminderRow } from '../reminders/ReminderRow';
import { useReminderActions } from '../reminders/ReminderActions';

/** The person's open reminders, soonest first, each with its actions, and a way to add one. */
export function RemindersCard({ person }: { person: Person }) {
  const state = useAppStore((s) => s.personReminders);
  const loadPersonReminders = useAppStore((s) => s.loadPersonReminders);
  const closePersonReminders = useAppStore((s) => s.closePersonReminders);
  const actions = useReminderActions();
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void loadPersonReminders(person.id);
  }, [person.id, loadPersonReminders]);
  useEffect(() => () => closePersonReminders(), [closePersonReminders]);

  const items = state.personId === person.id ? state.items : [];
  return (
    <section className="card" aria-labelledby="person-reminders">
      <div className="card-title">
        <h2 id="person-reminders">Reminders</h2>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setAdding(true)}>
          <BellPlus size={14} aria-hidden /> Add reminder
        </button>
      </div>
      {state.status === 'error' && state.personId === person.id ? (
        <LoadError what="reminders" error={state.error} onRetry={() => void loadPersonReminders(person.id)} />
      ) : items.length === 0 ? (
        <p className="muted">{state.status === 'ready' ? `Nothing planned with ${person.displayName}. Add a reminder for what you promised, or a date to get back in touch.` : 'Loading…'}</p>
      ) : (
        <ul className="task-list task-list-compact" aria-label={`Reminders for ${person.displayName}`}>
          {items.map((r) => (
            <ReminderRow key={r.id} reminder={r} actions={actions.actionsFor(r)} showPerson={false} compact />
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <p className="card-footer-link">
          <Link href="/reminders">All reminders</Link>
        </p>
      )}
      {actions.dialogs}
      {adding && <NewReminderDialog person={{ id: person.id, name: person.displayName }} onClose={() => setAdding(false)} />}
    </section>
  );
}
