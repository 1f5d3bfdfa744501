import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { Person } from '../../../../shared/domain/person';
import { formatApproxDate } from '../../lib/dates';
import { formatDate } from '../../lib/format';

function Facts({ person }: { person: Person }) {
  const circle = CIRCLES.find((c) => c.id === person.circle);
  const rows: [string, string][] = [];
  const fullName = [person.givenName, person.familyName].filter(Boolean).join(' ');
  if (fullName && fullName !== person.displayName) rows.push(['Full name', fullName]);
  if (person.nickname) rows.push(['Nickname', person.nickname]);
  if (person.location) rows.push(['Location', person.location]);
  if (person.birthday) rows.push(['Birthday', person.birthday.startsWith('--') ? person.birthday.slice(2) : formatApproxDate(person.birthday)]);
  // The rhythm itself (circles' cadences can be edited) is on the cadence card, from the core.
  rows.push(['Circle', circle ? circle.name : 'None yet']);
  rows.push(['Last in touch', person.lastTouchAt ? formatDate(person.lastTouchAt) : 'Not recorded yet']);
  rows.push(['Added', formatDate(person.createdAt)]);
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} className="fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PersonDetails({ person }: { person: Person }) {
  return (
    <>
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">Details</h2>
        <Facts person={person} />
      </section>
      <section className="card" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        {person.notes ? <p className="notes">{person.notes}</p> : <p className="muted">No notes yet. Use Edit to add what you talked about and what you promised.</p>}
      </section>
    </>
  );
}
