import { normaliseIdentity } from '../../../shared/vocabulary/identity';
import type { IdentityKind } from '../../../shared/domain/identity';

/**
 * Which kind of identity pasted text most likely is: `@user@instance` is Mastodon, a
 * linkedin.com address is LinkedIn, `@name` or an x.com link is X, and so on. The user can
 * always choose the kind instead.
 */
export function guessIdentityKind(raw: string): IdentityKind {
  const text = raw.trim();
  if (/^@?[\w.-]+@[\w.-]+\.[a-z]{2,}$/i.test(text)) return text.startsWith('@') ? 'mastodon' : 'email';
  if (/^mailto:/i.test(text)) return 'email';
  if (/linkedin\.com\//i.test(text)) return 'linkedin';
  if (/(^|\/\/|\.)(x|twitter)\.com\//i.test(text)) return 'x';
  if (/instagram\.com\//i.test(text)) return 'instagram';
  if (/^https?:\/\/[^/]+\/@[\w.]+\/?$/i.test(text)) return 'mastodon';
  if (/^(tel:)?\+?[\d\s().-]{6,}$/.test(text)) return 'phone';
  if (/^https?:\/\//i.test(text) || /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text)) return 'website';
  return 'x';
}

export type IdentityPreview = { kind: IdentityKind; display: string } | { kind: IdentityKind; error: string } | null;

/** What the core will store for this text, computed with the same normaliser it uses. */
export function previewIdentity(kind: IdentityKind | 'auto', raw: string): IdentityPreview {
  if (!raw.trim()) return null;
  const resolved = kind === 'auto' ? guessIdentityKind(raw) : kind;
  const result = normaliseIdentity(resolved, raw);
  return 'error' in result ? { kind: resolved, error: result.error } : { kind: resolved, display: result.display };
}
