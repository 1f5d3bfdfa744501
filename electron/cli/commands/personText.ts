import type { Person, PersonSummary } from '../../../shared/domain/person';

const row = (label: string, value: string) => `  ${label.padEnd(9)} ${value}`;

function howWeMet(person: Person): string | null {
  const met = person.howWeMet;
  const parts = [
    met.on && `on ${met.on}`,
    met.event && `at ${met.event.name} (${met.event.id})`,
    met.introducedBy && `through ${met.introducedBy.name} (${met.introducedBy.id})`,
    met.mode,
    met.note && `“${met.note}”`,
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** `crm people show`: one person as aligned lines. */
export function describePerson(person: Person): string[] {
  const lines = [`${person.displayName}  (${person.id})`];
  for (const i of person.identities) lines.push(row(i.kind, `${i.display}${i.primary ? '' : '  (other)'}${i.label ? `  [${i.label}]` : ''}`));
  for (const p of person.positions) {
    const dates = p.startOn || p.endOn ? `  ${p.startOn ?? '?'}–${p.endOn ?? ''}` : '';
    lines.push(row(p.current ? 'job' : 'past job', `${p.title ? `${p.title} at ` : ''}${p.organisation.name}${dates}`));
  }
  const met = howWeMet(person);
  if (met) lines.push(row('met', met));
  if (person.interests.length) lines.push(row('interests', person.interests.map((i) => i.name).join(', ')));
  if (person.tags.length) lines.push(row('tags', person.tags.map((t) => `#${t.name}`).join(' ')));
  if (person.circle) lines.push(row('circle', person.circle));
  for (const r of person.relationships) {
    const text = r.kind === 'introduced_by' && r.direction === 'incoming' ? `introduced ${r.other.name}` : `${r.kind.replace('_', ' ')} ${r.other.name}`;
    lines.push(row('link', `${text} (${r.other.id})${r.note ? `  “${r.note}”` : ''}`));
  }
  if (person.birthday) lines.push(row('birthday', person.birthday));
  if (person.location) lines.push(row('location', person.location));
  if (person.notes) lines.push(row('notes', person.notes));
  if (person.lastTouchAt) lines.push(row('last', person.lastTouchAt));
  if (person.archivedAt) lines.push(row('archived', person.archivedAt));
  lines.push(row('added', person.createdAt));
  return lines;
}

export const summaryLine = (p: PersonSummary) => `${p.id}  ${p.displayName}${p.headline ? `  · ${p.headline}` : ''}${p.archivedAt ? '  (archived)' : ''}`;
