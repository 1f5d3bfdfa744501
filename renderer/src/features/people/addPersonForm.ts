import type { IdentityKind } from '../../../../shared/domain/identity';
import type { PersonCreate } from '../../../../shared/domain/person';
import type { ErrorInfo } from '../../lib/api';
import { identityProblemOf, issuesOf, sentence } from '../../lib/fieldErrors';

export type AddPersonField = 'name' | 'email' | 'x' | 'linkedin' | 'phone' | 'note';
export type AddPersonValues = Record<AddPersonField, string>;

interface IdentityField {
  field: AddPersonField;
  kind: IdentityKind;
  label: string;
  placeholder: string;
  inputMode: 'email' | 'tel' | 'url' | 'text';
}

/** The identities the quick-add form offers, in the order they are sent. */
export const IDENTITY_FIELDS: readonly IdentityField[] = [
  { field: 'email', kind: 'email', label: 'Email', placeholder: 'name@example.com', inputMode: 'email' },
  { field: 'x', kind: 'x', label: 'X handle', placeholder: '@handle or x.com/handle', inputMode: 'text' },
  { field: 'linkedin', kind: 'linkedin', label: 'LinkedIn', placeholder: 'linkedin.com/in/…', inputMode: 'url' },
  { field: 'phone', kind: 'phone', label: 'Phone', placeholder: '+44 20 7946 0018', inputMode: 'tel' },
];

export const EMPTY_VALUES: AddPersonValues = { name: '', email: '', x: '', linkedin: '', phone: '', note: '' };

export interface Conflict {
  field: AddPersonField;
  /** "@ada already belongs to" — the owner's name is rendered as a link after it. */
  lead: string;
  ownerName: string | null;
  personId: string | null;
  message: string;
}

export interface AddPersonErrors {
  fields: Partial<Record<AddPersonField, string>>;
  conflict: Conflict | null;
  form: string | null;
}

export const NO_ERRORS: AddPersonErrors = { fields: {}, conflict: null, form: null };

export interface Submission {
  request: PersonCreate;
  /** Which form field each entry of `request.identities` came from, to place errors by index. */
  identityFields: AddPersonField[];
}

export function toSubmission(values: AddPersonValues): Submission {
  const identities: NonNullable<PersonCreate['identities']> = [];
  const identityFields: AddPersonField[] = [];
  for (const f of IDENTITY_FIELDS) {
    const value = values[f.field].trim();
    if (!value) continue;
    identities.push({ kind: f.kind, value });
    identityFields.push(f.field);
  }
  const note = values.note.trim();
  return { request: { displayName: values.name.trim(), ...(note ? { notes: note } : {}), identities }, identityFields };
}

/** Checks that need no round trip; everything else is left to the core so the rules live in one place. */
export function checkLocally(values: AddPersonValues): AddPersonErrors | null {
  return values.name.trim() ? null : { ...NO_ERRORS, fields: { name: 'Enter a name — even a first name is enough.' } };
}

function fieldForPath(path: string, identityFields: AddPersonField[]): AddPersonField | null {
  if (path === 'displayName') return 'name';
  if (path === 'notes') return 'note';
  const m = /^identities\.(\d+)/.exec(path);
  return m ? (identityFields[Number(m[1])] ?? null) : null;
}

function fieldForKind(kind: string): AddPersonField | null {
  return IDENTITY_FIELDS.find((f) => f.kind === kind)?.field ?? null;
}

/** Places the core's answer next to the fields it is about; what fits no field goes above the buttons. */
export function errorsFrom(error: ErrorInfo, identityFields: AddPersonField[]): AddPersonErrors {
  const fields: AddPersonErrors['fields'] = {};
  let form: string | null = null;
  const problem = identityProblemOf(error);

  if (error.code === 'CONFLICT' && problem) {
    const field = fieldForKind(problem.kind) ?? 'name';
    const [lead, ownerName] = error.message.split(' already belongs to ');
    return {
      fields: {},
      conflict: {
        field,
        lead: ownerName ? `${lead} already belongs to` : error.message,
        ownerName: ownerName ?? null,
        personId: problem.personId ?? null,
        message: error.message,
      },
      form: null,
    };
  }

  const issues = issuesOf(error);
  for (const issue of issues) {
    const field = fieldForPath(issue.path, identityFields);
    if (field && !fields[field]) fields[field] = sentence(issue.message);
    else if (!field) form ??= sentence(issue.message);
  }
  if (issues.length === 0 && error.code === 'INVALID_INPUT' && problem) {
    const field = fieldForKind(problem.kind);
    if (field) fields[field] = sentence(error.message);
    else form = sentence(error.message);
  } else if (issues.length === 0) {
    form = sentence(error.message);
  }
  return { fields, conflict: null, form };
}
