// Reading values out of ical.js's jCard arrays (RFC 7095): `[name, params, type, ...values]`.
import { BACKSLASH } from './contentLine';
import { unescapeText } from './text';

/** ical.js nests lists: `TYPE=work;TYPE="home,pref"` is `["work", ["home", "pref"]]`. */
type JParam = string | JParam[];
export type JParams = Record<string, JParam | undefined>;
export type JProperty = [string, JParams, string, ...unknown[]];

// ical.js unescapes text and phone-number values only; a URL (`http\://`, Google) or an X-
// property (`X-TWITTER:a\,b`) comes back as written.
const RAW_TYPES = new Set(['uri', 'unknown']);

function restore(text: string): string {
  return text.includes(BACKSLASH) ? text.replaceAll(BACKSLASH, '\\') : text;
}

/** Every value of a parameter (`type=a;type=b` and `TYPE=a,b` alike: ical.js splits TYPE lists). */
export function paramAll(p: JProperty, key: string): string[] {
  const raw = p[1][key];
  if (raw === undefined) return [];
  if (typeof raw === 'string') return raw.trim() ? [restore(raw.trim())] : [];
  return [raw]
    .flat(4)
    .map((v) => (typeof v === 'string' ? restore(v.trim()) : ''))
    .filter(Boolean);
}

export function param(p: JProperty, key: string): string | null {
  const raw = p[1][key];
  if (typeof raw === 'string') return restore(raw.trim()) || null;
  return paramAll(p, key)[0] ?? null;
}

/** A value as text; a comma list inside a component (`N:Doe;John,Johnny`) joined with spaces. */
export function textOf(value: unknown, type: string): string {
  if (Array.isArray(value)) return value.map((v) => textOf(v, type)).filter(Boolean).join(' ');
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return restore(RAW_TYPES.has(type) ? unescapeText(text) : text);
}

/** The first value, trimmed. */
export function valueOf(p: JProperty): string {
  return textOf(p[3], p[2]).trim();
}

/** All values as one text: ical.js splits a 3.0 NOTE at unescaped commas, which were text. */
export function joinedOf(p: JProperty): string {
  return p.length === 4 ? valueOf(p) : p.slice(3).map((v) => textOf(v, p[2])).join(',').trim();
}

/** Every value of a multi-valued property (CATEGORIES, NICKNAME), trimmed, empty ones left out. */
export function valuesOf(p: JProperty): string[] {
  return p
    .slice(3)
    .map((v) => textOf(v, p[2]).trim())
    .filter(Boolean);
}

/** The components of a structured value (N, ADR, ORG); a plain value is one component. */
export function componentsOf(p: JProperty): string[] {
  const value = p[3];
  return (Array.isArray(value) ? value : [value]).map((c) => textOf(c, p[2]).trim());
}

export function groupOf(p: JProperty): string | null {
  const group = p[1].group;
  return typeof group === 'string' ? group.toLowerCase() : null;
}
