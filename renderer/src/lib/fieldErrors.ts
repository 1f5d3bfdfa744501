import type { ErrorInfo } from './api';

/** One problem the core found in a request, as the dispatcher reports INVALID_INPUT details. */
export interface Issue {
  path: string;
  message: string;
}

export function issuesOf(error: ErrorInfo): Issue[] {
  if (error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (d): d is Issue => typeof d === 'object' && d !== null && typeof d.path === 'string' && typeof d.message === 'string',
  );
}

/** `details` of CONFLICT and duplicate-identity errors name the identity kind and its owner. */
export interface IdentityProblem {
  kind: string;
  value: string;
  personId?: string;
}

export function identityProblemOf(error: ErrorInfo): IdentityProblem | null {
  const d = error.details as Partial<IdentityProblem> | undefined;
  if (!d || typeof d !== 'object' || Array.isArray(d) || typeof d.kind !== 'string' || typeof d.value !== 'string') return null;
  return { kind: d.kind, value: d.value, ...(typeof d.personId === 'string' ? { personId: d.personId } : {}) };
}

/** Turns "must not be empty" into "Must not be empty." for display under a field. */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const first = trimmed[0] === '"' ? trimmed : trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

export interface PlacedErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

export const noErrors = <F extends string>(): PlacedErrors<F> => ({ fields: {}, form: null });

/**
 * Puts each INVALID_INPUT issue under the field its path belongs to; what fits no field
 * (and any other error) becomes one sentence for the whole form.
 */
export function placeErrors<F extends string>(error: ErrorInfo, fieldFor: (path: string) => F | null): PlacedErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  let form: string | null = null;
  for (const issue of issuesOf(error)) {
    const field = fieldFor(issue.path);
    if (field) fields[field] ??= sentence(issue.message);
    else form ??= sentence(issue.message);
  }
  if (Object.keys(fields).length === 0 && !form) form = sentence(error.message);
  return { fields, form };
}

/** The owner named by a CONFLICT about an identity, for an "already belongs to" link. */
export function conflictOwner(error: ErrorInfo): { personId: string; name: string } | null {
  if (error.code !== 'CONFLICT') return null;
  const d = error.details as { personId?: unknown; personName?: unknown } | undefined;
  if (!d || typeof d.personId !== 'string') return null;
  const name = typeof d.personName === 'string' ? d.personName : (error.message.split(' already belongs to ')[1] ?? 'someone else');
  return { personId: d.personId, name };
}
