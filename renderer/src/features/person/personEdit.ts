import type { CircleId, Person, PersonUpdate } from '../../../../shared/domain/person';
import type { ErrorInfo } from '../../lib/api';
import { type PlacedErrors, placeErrors } from '../../lib/fieldErrors';

export const EDIT_FIELDS = ['displayName', 'givenName', 'familyName', 'nickname', 'location', 'circle', 'notes'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export type EditValues = Record<EditField, string>;
export type Patch = PersonUpdate['patch'];

export function valuesOf(person: Person): EditValues {
  return {
    displayName: person.displayName,
    givenName: person.givenName ?? '',
    familyName: person.familyName ?? '',
    nickname: person.nickname ?? '',
    location: person.location ?? '',
    circle: person.circle ?? '',
    notes: person.notes ?? '',
  };
}

/** Only the fields the user changed, so an edit never overwrites what another window saved meanwhile. */
export function patchFrom(person: Person, values: EditValues): Patch {
  const before = valuesOf(person);
  const patch: Patch = {};
  for (const field of EDIT_FIELDS) {
    const value = values[field].trim();
    if (value === before[field].trim()) continue;
    if (field === 'displayName') patch.displayName = value;
    else if (field === 'circle') patch.circle = value ? (value as CircleId) : null;
    else patch[field] = value || null;
  }
  return patch;
}

export type EditErrors = PlacedErrors<EditField>;

export function editErrorsFrom(error: ErrorInfo): EditErrors {
  return placeErrors(error, (path) => {
    const field = path.replace(/^patch\./, '');
    return (EDIT_FIELDS as readonly string[]).includes(field) ? (field as EditField) : null;
  });
}
