import type { ContactsReport } from '../../../../shared/domain/contacts';
import { useAppStore } from '../../store';
import { formatCount, plural } from '../imports/importText';

/** A calendar can list hundreds of attendees; beyond this, "Add all" still covers the rest. */
const MAX_SHOWN = 200;

/** iCalendar attendees matched to nobody: ticked ones become new people met at the event. */
export function AttendeesChoice({ offered, disabled }: { offered: ContactsReport['attendeesOffered']; disabled: boolean }) {
  const chosen = useAppStore((s) => s.contactsRun.attendees);
  const setAttendees = useAppStore((s) => s.setAttendees);
  if (offered.length === 0) return null;
  const all = offered.every((o) => chosen.includes(o.key));
  const toggle = (key: string, on: boolean) => setAttendees(on ? [...chosen, key] : chosen.filter((k) => k !== key));
  return (
    <section className="contacts-attendees" aria-labelledby="contacts-attendees-title">
      <div className="contacts-section-head">
        <h4 id="contacts-attendees-title">People at these events who are not in Rapport</h4>
        <button type="button" className="btn btn-small" disabled={disabled} onClick={() => setAttendees(all ? [] : offered.map((o) => o.key))}>
          {all ? 'Add none' : 'Add all'}
        </button>
      </div>
      <p className="muted">
        {plural(offered.length, 'attendee')} matched nobody by email or name. Tick the ones you met: they are added as new people, met at the event.
        The rest are left out.
      </p>
      <ul className="contacts-attendee-list" aria-label="Attendees offered">
        {offered.slice(0, MAX_SHOWN).map((o) => (
          <li key={o.key}>
            <label className="contacts-attendee">
              <input type="checkbox" checked={chosen.includes(o.key)} disabled={disabled} onChange={(e) => toggle(o.key, e.target.checked)} />
              <span className="contacts-attendee-name">{o.name ?? o.email}</span>
              {o.name && o.email && <span className="muted mono">{o.email}</span>}
              <span className="muted contacts-attendee-events">{o.events.join(' · ')}</span>
            </label>
          </li>
        ))}
      </ul>
      {offered.length > MAX_SHOWN && <p className="muted">and {formatCount(offered.length - MAX_SHOWN)} more, included by Add all.</p>}
    </section>
  );
}
