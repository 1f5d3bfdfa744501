import type { PeopleMerge } from '../../../../shared/domain/contacts';
import type { Person } from '../../../../shared/domain/person';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import { formatApproxDate } from '../../lib/dates';

export type MergeField = keyof NonNullable<PeopleMerge['take']>;

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  displayName: 'Name',
  givenName: 'First name',
  familyName: 'Last name',
  nickname: 'Nickname',
  location: 'Location',
  birthday: 'Birthday',
  notes: 'Notes',
  circle: 'Circle',
  cadenceDays: 'Keep in touch',
  howWeMet: 'How you met',
  photo: 'Photo',
};

function howWeMetText(m: Person['howWeMet']): string | null {
  const parts = [
    m.mode ? (m.mode === 'online' ? 'Online' : 'In person') : null,
    m.on ? `${m.on.length === 10 ? 'on' : 'in'} ${formatApproxDate(m.on)}` : null,
    m.event ? `at ${m.event.name}` : null,
    m.introducedBy ? `introduced by ${m.introducedBy.name}` : null,
    m.note,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** A field's value as the dialog shows it, or null when the person has none. */
export function mergeValue(person: Person, field: MergeField): string | null {
  switch (field) {
    case 'birthday':
      return person.birthday ? (person.birthday.startsWith('--') ? person.birthday.slice(2) : formatApproxDate(person.birthday)) : null;
    case 'circle':
      return person.circle ? (CIRCLES.find((c) => c.id === person.circle)?.name ?? person.circle) : null;
    case 'cadenceDays':
      return person.cadenceDays ? `Every ${person.cadenceDays} day${person.cadenceDays === 1 ? '' : 's'}` : null;
    case 'howWeMet':
      return howWeMetText(person.howWeMet);
    case 'photo':
      return person.hasPhoto ? 'Photo' : null;
    default:
      return person[field]?.trim() || null;
  }
}

/** Two photos are never the same as far as the dialog can tell; other fields compare by what they show. */
export function sameValue(a: Person, b: Person, field: MergeField): boolean {
  if (field === 'photo') return !a.hasPhoto && !b.hasPhoto;
  if (field === 'howWeMet') return JSON.stringify(a.howWeMet) === JSON.stringify(b.howWeMet);
  return mergeValue(a, field) === mergeValue(b, field);
}

/** Whose value stays when the user has not said: the survivor's, or the other's when the survivor has none. */
export function defaultPick(keep: Person, other: Person, field: MergeField): string {
  return mergeValue(keep, field) === null && mergeValue(other, field) !== null ? other.id : keep.id;
}

/** Every field a merge picks (from the labels: the renderer imports only types from shared/domain). */
export const MERGE_FIELD_ORDER = Object.keys(MERGE_FIELD_LABELS) as MergeField[];
