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
