import type { Ref } from '../../../../shared/domain/common';
import type { Req } from '../../../../shared/ipc/contract';
import type { ErrorInfo } from '../../lib/api';
import { type PlacedErrors, placeErrors } from '../../lib/fieldErrors';
import { guessIdentityKind } from '../../lib/identityGuess';

export type CaptureField = 'name' | 'hook' | 'handle' | 'interests';

export interface CaptureValues {
  name: string;
  /** Someone already known, picked from the suggestions: nobody is created twice. */
  picked: Ref | null;
  hook: string;
  handle: string;
  interests: string;
}

export const EMPTY_CAPTURE: CaptureValues = { name: '', picked: null, hook: '', handle: '', interests: '' };

export function splitInterests(text: string): string[] {
  return [...new Set(text.split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean))];
}

export function captureRequest(eventId: string, v: CaptureValues): Req<'events:capture'> {
  const handle = v.handle.trim();
  const hook = v.hook.trim();
  return {
    eventId,
    ...(v.picked ? { personId: v.picked.id } : { displayName: v.name.trim() }),
    identities: handle ? [{ kind: guessIdentityKind(handle), value: handle }] : [],
    interests: splitInterests(v.interests),
    ...(hook ? { hook } : {}),
  };
}

const FIELDS: Record<string, CaptureField> = { displayName: 'name', personId: 'name', identities: 'handle', interests: 'interests', hook: 'hook' };

export function captureErrors(error: ErrorInfo): PlacedErrors<CaptureField> {
  if (error.code === 'CONFLICT') return { fields: { handle: error.message }, form: null };
  return placeErrors(error, (path) => FIELDS[path.split('.')[0]!] ?? null);
}
