// One parsed card (ical.js jCard properties) → the ContactRecord every contact parser produces.
import { emptyRecord, type ContactRecord } from '../contactRecord';
import { calendarDay } from './dates';
import { componentsOf, groupOf, joinedOf, param, paramAll, valueOf, valuesOf, type JProperty } from './jcard';
import { imppIdentity, socialIdentity, urlIdentity, type Identity } from './socialKinds';
import { photoOf } from './photo';

/** TYPE words that say nothing a person would call a label. */
const NOT_LABELS = new Set(['pref', 'internet', 'voice', 'x400', 'msg', 'text', 'encoding', 'b', 'base64']);
/** Google's system groups, which are not tags. */
const SYSTEM_TAGS = /^(?:\*\s*)?(?:mycontacts|starred)$/i;
const ANNIVERSARIES = new Set(['anniversary', 'x-anniversary', 'x-ms-anniversary', 'x-evolution-anniversary']);
/** Vendor properties holding one X handle or URL each. */
const X_PROPERTIES = new Set(['x-twitter']);
const IDENTITY_PROPERTIES = new Set(['email', 'tel', 'url', 'x-socialprofile', 'socialprofile', 'impp', ...X_PROPERTIES]);
/** Properties whose TYPE or group label is read. */
const LABELLED = new Set([...IDENTITY_PROPERTIES, 'x-abdate']);

/** Apple's built-in labels come wrapped (`_$!<Mobile>!$_` → "mobile"); custom ones are kept as written. */
export function appleLabel(raw: string): string | null {
  const text = raw.trim();
  const builtIn = /^_\$!<(.*)>!\$_$/.exec(text);
  return (builtIn ? builtIn[1]!.trim().toLowerCase() : text) || null;
}

function labelOf(p: JProperty, groupLabels: Map<string, string>): string | null {
  const group = groupOf(p);
  const apple = group ? groupLabels.get(group) : undefined;
  if (apple !== undefined) return appleLabel(apple);
  const words = paramAll(p, 'type')
    .map((t) => t.toLowerCase())
    .filter((t) => !NOT_LABELS.has(t))
    .map((t) => (t === 'cell' ? 'mobile' : t));
  return words.length > 0 ? [...new Set(words)].join(' ') : null;
}

function stripScheme(value: string, scheme: string): string {
  return value.toLowerCase().startsWith(`${scheme}:`) ? value.slice(scheme.length + 1).trim() : value;
}

function identityOf(p: JProperty, label: string | null): Identity | null {
  const value = valueOf(p);
  if (!value) return null;
  switch (p[0]) {
    case 'email':
      return { kind: 'email', value: stripScheme(value, 'mailto'), label };
    case 'tel':
      return { kind: 'phone', value: stripScheme(value, 'tel'), label };
    case 'url':
      return urlIdentity(value, label);
    case 'x-socialprofile':
    case 'socialprofile': {
      const service = param(p, 'service-type') ?? param(p, 'x-service-type') ?? param(p, 'type') ?? label;
      return socialIdentity(value, service, param(p, 'username') ?? param(p, 'x-user') ?? param(p, 'x-username'));
    }
    case 'impp':
      return imppIdentity(value, param(p, 'x-service-type') ?? param(p, 'service-type') ?? label);
    default:
      return X_PROPERTIES.has(p[0]) ? socialIdentity(value, 'x', null) : null;
  }
}

/** `Given Middle Family` from N's components (family; given; additional; prefix; suffix). */
function nameFromN(parts: string[]): string | null {
  return [parts[1], parts[2], parts[0]].filter(Boolean).join(' ') || null;
}

/** City, region, country: the short place the people list shows. */
function locationOf(parts: string[]): string | null {
  return [parts[3], parts[4], parts[6]].filter(Boolean).join(', ') || null;
}

function isPreferred(p: JProperty): boolean {
  return paramAll(p, 'type').some((t) => t.toLowerCase() === 'pref') || param(p, 'pref') === '1';
}

/**
 * Maps the properties of one card. Values are trimmed and empty ones ignored; the first usable
 * FN, N, BDAY, anniversary, photo, ORG, TITLE and UID win; the preferred ADR wins over the rest.
 */
/** The date of a BDAY or anniversary; one we cannot read goes to the notes as written, not lost. */
function dayOrNote(p: JProperty, what: string, notes: string[]): string | null {
  const raw = valueOf(p);
  const day = calendarDay(raw, param(p, 'x-apple-omit-year'));
  if (day === null && raw.trim()) notes.push(`${what}: ${raw.trim()}`);
  return day;
}

export function mapCard(props: JProperty[], file: string, line: number): ContactRecord {
  const record = emptyRecord(file, line);
  const groupLabels = new Map<string, string>();
  for (const p of props) {
    const group = groupOf(p);
    if (group && p[0] === 'x-ablabel') groupLabels.set(group, valueOf(p));
  }
  const seen = new Set<string>();
  const notes: string[] = [];
  let fromN: string | null = null;
  let location: { text: string; preferred: boolean } | null = null;

  for (const p of props) {
    const label = LABELLED.has(p[0]) ? labelOf(p, groupLabels) : null;
    const identity = label !== null || IDENTITY_PROPERTIES.has(p[0]) ? identityOf(p, label) : null;
    if (identity) {
      const key = `${identity.kind}\u0000${identity.value.toLowerCase()}`;
      if (!seen.has(key)) {
        seen.add(key);
        record.identities.push(identity);
      }
      continue;
    }
    switch (p[0]) {
      case 'fn':
        record.displayName ??= valueOf(p) || null;
        break;
      case 'n': {
        if (record.givenName || record.familyName) break;
        const parts = componentsOf(p);
        record.familyName = parts[0] || null;
        record.givenName = parts[1] || null;
        fromN = nameFromN(parts);
        break;
      }
      case 'nickname':
        record.nickname ??= valuesOf(p).join(', ') || null;
        break;
      case 'org':
        record.organisation ??= componentsOf(p)[0] || null;
        break;
      case 'title':
        record.title ??= valueOf(p) || null;
        break;
      case 'bday':
        record.birthday ??= dayOrNote(p, 'Birthday', notes);
        break;
      case 'x-abdate':
        if (label === 'anniversary') record.anniversary ??= dayOrNote(p, 'Anniversary', notes);
        break;
      case 'note': {
        const note = joinedOf(p);
        if (note) notes.push(note);
        break;
      }
      case 'adr': {
        const text = locationOf(componentsOf(p));
        const preferred = isPreferred(p);
        if (text && (!location || (preferred && !location.preferred))) location = { text, preferred };
        break;
      }
      case 'categories':
        for (const tag of valuesOf(p)) if (!SYSTEM_TAGS.test(tag) && !record.tags.includes(tag)) record.tags.push(tag);
        break;
      case 'photo':
        record.photo ??= photoOf(valueOf(p), p[2], param(p, 'encoding'), param(p, 'type'));
        break;
      case 'uid':
        record.externalId ??= valueOf(p) || null;
        break;
      default:
        if (ANNIVERSARIES.has(p[0])) record.anniversary ??= dayOrNote(p, 'Anniversary', notes);
    }
  }
  record.displayName ??= fromN;
  record.notes = notes.length > 0 ? notes.join('\n\n') : null;
  record.location = location?.text ?? null;
  return record;
}
