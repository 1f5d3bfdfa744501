// Identity words and the normalisers (what a pasted handle or address means), without their
// schemas: the renderer guesses kinds and checks input with these (see people.ts for why).

export const IDENTITY_KINDS = ['email', 'phone', 'x', 'linkedin', 'mastodon', 'instagram', 'website', 'other'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface NormalisedIdentity {
  /** Comparison key: two identities of one kind with the same value are the same identity. */
  value: string;
  /** What the user sees, keeping their capitalisation. */
  display: string;
}

type Normaliser = (raw: string) => NormalisedIdentity | string;

const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const INSTAGRAM_HANDLE = /^[A-Za-z0-9._]{1,30}$/;

function parseUrl(raw: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/** decodeURIComponent that answers null for a malformed escape instead of throwing (it ran inside zod). */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(www|mobile|m)\./, '');
}

/** First path segment of a URL on one of `hosts`, or the raw text itself when it is not such a URL. */
function handleFrom(raw: string, hosts: string[]): string {
  const text = raw.trim();
  if (/[/.]/.test(text) && !text.startsWith('@')) {
    const url = parseUrl(text);
    if (url && hosts.includes(hostOf(url))) return decode(url.pathname.split('/')[1] ?? '') ?? '';
  }
  return text.replace(/^@/, '');
}

const normalisers: Record<IdentityKind, Normaliser> = {
  email(raw) {
    const display = raw.trim().replace(/^mailto:/i, '');
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(display)
      ? { value: display.toLowerCase(), display }
      : 'is not an email address';
  },
  phone(raw) {
    const display = raw.trim().replace(/^tel:/i, '');
    if (!/^\+?[\d\s().\-/]+$/.test(display)) return 'is not a phone number';
    const digits = display.replace(/\D/g, '');
    if (digits.length < 3 || digits.length > 20) return 'is not a phone number';
    return { value: (display.startsWith('+') ? '+' : '') + digits, display };
  },
  x(raw) {
    const handle = handleFrom(raw, ['x.com', 'twitter.com']);
    return X_HANDLE.test(handle)
      ? { value: handle.toLowerCase(), display: `@${handle}` }
      : 'is not an X handle (1–15 letters, digits or _)';
  },
  instagram(raw) {
    const handle = handleFrom(raw, ['instagram.com']);
    return INSTAGRAM_HANDLE.test(handle)
      ? { value: handle.toLowerCase(), display: `@${handle}` }
      : 'is not an Instagram handle';
  },
  linkedin(raw) {
    const text = raw.trim();
    let section = 'in';
    let slug = text;
    const url = /linkedin\.com/i.test(text) ? parseUrl(text) : null;
    if (url) {
      const [first, second] = url.pathname.split('/').filter(Boolean);
      if (!first || !second) return 'is not a LinkedIn profile address';
      section = first.toLowerCase();
      slug = decode(second) ?? '';
    }
    // Any script, and the apostrophes, emoji and symbols LinkedIn keeps from names (percent-encoded in the URL); no spaces or URL delimiters.
    if (!/^[^\s/?#@:]{2,100}$/u.test(slug) || !['in', 'company', 'pub', 'school'].includes(section)) {
      return 'is not a LinkedIn profile address';
    }
    const path = `${section}/${slug}`;
    return { value: path.toLowerCase(), display: `https://www.linkedin.com/${path}` };
  },
  mastodon(raw) {
    const text = raw.trim();
    let user: string | undefined;
    let host: string | undefined;
    const USER = /^[A-Za-z0-9_.-]+$/;
    const at = /^@?([A-Za-z0-9_.-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})$/.exec(text);
    if (at) [, user, host] = at;
    else {
      const url = parseUrl(text);
      const seg = url?.pathname.split('/')[1];
      // Same user rule as the @user@host form (the URL form once accepted "@%E0%A4%A").
      if (url && seg?.startsWith('@') && USER.test(seg.slice(1))) [user, host] = [seg.slice(1), url.hostname];
    }
    if (!user || !host) return 'is not a Mastodon address (@user@instance)';
    const value = `${user}@${host}`.toLowerCase();
    return { value, display: `@${user}@${host.toLowerCase()}` };
  },
  website(raw) {
    const url = parseUrl(raw.trim());
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.')) {
      return 'is not a web address';
    }
    const path = url.pathname.replace(/\/+$/, '');
    return { value: `${hostOf(url)}${path}`.toLowerCase(), display: url.toString().replace(/\/$/, '') };
  },
  other(raw) {
    const display = raw.trim();
    return display ? { value: display.toLowerCase(), display } : 'must not be empty';
  },
};

/** Normalises what the user pasted into the comparison key and display form, or explains what is wrong. */
export function normaliseIdentity(kind: IdentityKind, raw: string): NormalisedIdentity | { error: string } {
  const result = normalisers[kind](raw);
  return typeof result === 'string' ? { error: result } : result;
}

