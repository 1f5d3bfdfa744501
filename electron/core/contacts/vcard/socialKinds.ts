// Which identity kind a URL, a social profile or an IMPP address is, and the X handle in it,
// for every form formats.md §4.3 lists. Values stay raw (the core normalises them), except
// that an X handle is taken out of its URL: the normaliser reads only `x.com/<handle>`, not
// `twitter.com/#!/handle`, `x.com/@handle` or Apple's `x-apple:handle`.
import type { IdentityKind } from '../../../../shared/vocabulary/identity';

export interface Identity {
  kind: IdentityKind;
  value: string;
  label: string | null;
}

const HANDLE = /^@?([A-Za-z0-9_]{1,15})$/;
// The host must start the text or follow `/`, `.` or `@`: netflix.com is not x.com.
const X_URL = /(?:^|[/.@])(?:twitter|x)\.com\/(?:#!\/)?@?([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/i;
const X_HOST = /^(?:[a-z]+:\/\/)?(?:[a-z0-9-]+\.)*(?:twitter|x)\.com(?:[/?#:]|$)/i;
/** twitter.com paths that are pages, not people. */
const NOT_HANDLES = new Set(['home', 'i', 'intent', 'share', 'search', 'hashtag', 'explore', 'settings', 'messages', 'notifications']);
const SCHEME_HANDLE = /^(?:x-apple|twitter|x):(?:\/\/)?(?:user\?screen_name=)?@?([A-Za-z0-9_]{1,15})$/i;
const X_SERVICES = new Set(['twitter', 'x']);

/** The X handle in a twitter.com or x.com URL, an `x-apple:`/`twitter:` address or a bare `@handle`. */
export function xHandleOf(value: string): string | null {
  const text = value.trim();
  const url = X_URL.exec(text);
  if (url) return NOT_HANDLES.has(url[1]!.toLowerCase()) ? null : url[1]!;
  return (SCHEME_HANDLE.exec(text) ?? HANDLE.exec(text))?.[1] ?? null;
}

function hostOf(value: string): string | null {
  const m = /^(?:https?:\/\/)?([^/?#:@\s]+\.[a-z]{2,})(?:[/?#:]|$)/i.exec(value.trim());
  return m ? m[1]!.toLowerCase().replace(/^(www|mobile|m)\./, '') : null;
}

/** The kind a web address names: X, LinkedIn, Instagram, or any other website. */
export function urlKind(value: string): IdentityKind {
  if (X_HOST.test(value.trim()) && xHandleOf(value)) return 'x';
  const host = hostOf(value);
  if (host === 'linkedin.com' || host?.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'instagram.com') return 'instagram';
  return 'website';
}

/** A service name (X-SOCIALPROFILE type, SERVICE-TYPE, X-ABLabel) as a kind, when it names one. */
export function serviceKind(service: string | null): IdentityKind | null {
  const word = service?.trim().toLowerCase() ?? '';
  if (X_SERVICES.has(word)) return 'x';
  if (word === 'linkedin' || word === 'instagram' || word === 'mastodon') return word;
  return null;
}

function withoutAppleScheme(value: string): string {
  return value.trim().replace(/^x-apple:/i, '');
}

/**
 * An identity from a social profile: Apple's X-SOCIALPROFILE (older: the URL; newer iOS: the
 * handle in `x-user` and `x-apple:<handle>` as the value) and RFC 9554 SOCIALPROFILE (with
 * SERVICE-TYPE and USERNAME). A service we have no kind for becomes a website when the value is
 * a web address, else `other`, labelled with the service.
 */
export function socialIdentity(value: string, service: string | null, user: string | null): Identity | null {
  const text = value.trim();
  const name = user?.trim().replace(/^@/, '') || null;
  const kind = serviceKind(service) ?? (/^https?:\/\//i.test(text) ? urlKind(text) : null);
  const fromValue = withoutAppleScheme(text);
  const isUrl = /^https?:\/\//i.test(fromValue);
  let chosen: string | null = null;
  if (kind === 'x') chosen = (name && HANDLE.test(name) ? name : null) ?? xHandleOf(text) ?? name ?? text;
  // LinkedIn and Instagram: the profile URL when there is one, else the user name Apple wrote.
  else if (kind === 'linkedin' || kind === 'instagram') chosen = isUrl ? fromValue : (name ?? fromValue);
  // Mastodon: a URL or @user@host says which server; a bare user name does not, but may be all there is.
  else if (kind === 'mastodon') chosen = isUrl || fromValue.includes('@') ? fromValue : (name ?? fromValue);
  if (kind && kind !== 'website') return chosen ? { kind, value: chosen, label: null } : null;
  const label = service?.trim().toLowerCase() || null;
  if (kind === 'website') return { kind, value: text, label };
  const other = name ?? fromValue;
  return other ? { kind: 'other', value: other, label } : null;
}

/**
 * An IMPP address: `x-apple:handle` or `twitter:handle` with an X service is an X handle; a
 * chat address (skype:, xmpp:, aim:…) stays whole as `other`, labelled with its service.
 */
export function imppIdentity(value: string, service: string | null): Identity | null {
  const text = value.trim();
  if (!text) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase() ?? null;
  const kind = serviceKind(service) ?? (scheme && X_SERVICES.has(scheme) ? 'x' : null);
  if (kind) return socialIdentity(text, kind, null);
  return { kind: 'other', value: text, label: service?.trim().toLowerCase() || scheme };
}

/** A URL property: its host decides, unless its group's label names a service (`X-ABLabel:Twitter`). */
export function urlIdentity(value: string, label: string | null): Identity | null {
  const text = value.trim();
  if (!text) return null;
  const labelled = serviceKind(label);
  if (labelled) return socialIdentity(text, labelled, null);
  const kind = urlKind(text);
  if (kind === 'x') return { kind, value: xHandleOf(text) ?? text, label: null };
  return { kind, value: text, label: kind === 'website' ? label : null };
}
