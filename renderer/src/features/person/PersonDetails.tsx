import { CIRCLES, type Person } from '../../../../shared/domain/person';
import { IDENTITY_LABELS, IdentityIcon } from '../../components/IdentityIcon';
import { formatDate } from '../../lib/format';

function Identities({ person }: { person: Person }) {
  if (person.identities.length === 0) {
    return <p className="muted">No email, phone or handles recorded.</p>;
  }
  return (
    <ul className="identity-list">
      {person.identities.map((i) => (
        <li key={i.id} className="identity">
          <IdentityIcon kind={i.kind} />
          <span className="identity-kind">{i.label ?? IDENTITY_LABELS[i.kind]}</span>
          {/* Shown as text on purpose: opening links from contact data waits for an allowlisted opener. */}
          <span className="identity-value" title={i.display}>
            {i.display}
          </span>
          {i.primary && person.identities.filter((x) => x.kind === i.kind).length > 1 && <span className="tag">primary</span>}
        </li>
      ))}
    </ul>
  );
}

function Facts({ person }: { person: Person }) {
  const circle = CIRCLES.find((c) => c.id === person.circle);
  const rows: [string, string][] = [];
  const fullName = [person.givenName, person.familyName].filter(Boolean).join(' ');
  if (fullName && fullName !== person.displayName) rows.push(['Full name', fullName]);
  if (person.nickname) rows.push(['Nickname', person.nickname]);
  if (person.location) rows.push(['Location', person.location]);
  rows.push(['Circle', circle ? `${circle.name} · in touch every ${circle.cadenceDays} days` : 'None yet']);
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
    <div className="person-grid">
      <section className="card" aria-labelledby="identities-title">
        <h2 id="identities-title">Ways to reach</h2>
        <Identities person={person} />
      </section>
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">Details</h2>
        <Facts person={person} />
      </section>
      <section className="card card-wide" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        {person.notes ? <p className="notes">{person.notes}</p> : <p className="muted">No notes yet. Use Edit to add what you talked about and what you promised.</p>}
      </section>
    </div>
  );
}
