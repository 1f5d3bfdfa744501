/**
 * Building one ContactRecord from the cells of a row, the same way for every exporter: cleaning
 * cells, recognising X / LinkedIn / Instagram addresses among websites, labels, tags, and the
 * final decision (a record, a problem, or a blank row that is no record at all).
 */
import type { IdentityKind } from '../../../../shared/vocabulary/identity';
import { emptyRecord, type ContactRecord } from '../contactRecord';

/** A record being filled, with the values the file held that we could not read (kept in notes). */
export interface Draft {
  record: ContactRecord;
  unreadable: string[];
}

export function draft(file: string, line: number): Draft {
  return { record: emptyRecord(file, line), unreadable: [] };
}

/** Trimmed, inner whitespace (tabs, newlines, runs of spaces) folded to one space; '' stays ''. */
export function clean(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim();
}

/** Like clean(), or null when empty. */
export function cleanOrNull(cell: string | undefined): string | null {
  return clean(cell) || null;
}

/** A company or position cell: null when empty or a placeholder (` -`, `–`, `n/a`). */
export function organisationCell(cell: string | undefined): string | null {
  const text = clean(cell);
  return /^([-–—.\s]*|n\/?a)$/i.test(text) ? null : text;
}

/** Multi-line text (notes, addresses): line endings as \n, trailing spaces gone, blank lines at the ends dropped. */
export function textCell(cell: string | undefined): string | null {
  const text = (cell ?? '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return text || null;
}

/** Google's ` ::: ` between several values in one cell. */
export function splitMulti(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(':::')
    .map((v) => v.trim())
    .filter(Boolean);
}

const SOCIAL_HOSTS: [RegExp, IdentityKind][] = [
  [/^(?:[\w-]+\.)?(?:x|twitter)\.com$/i, 'x'],
  [/^(?:[\w-]+\.)?linkedin\.com$/i, 'linkedin'],
  [/^(?:[\w-]+\.)?instagram\.com$/i, 'instagram'],
];

/** The identity kind of a web address: x for x.com / twitter.com, linkedin, instagram, else website. */
export function websiteKind(value: string, label?: string | null): IdentityKind {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(value.trim())?.[1] ?? '';
  for (const [pattern, kind] of SOCIAL_HOSTS) if (pattern.test(host)) return kind;
  // A bare handle under a label that names the network ("Twitter": "@sam").
  if (label && !host.includes('.')) {
    if (/^(twitter|x)$/i.test(label.trim())) return 'x';
    if (/^linkedin$/i.test(label.trim())) return 'linkedin';
    if (/^instagram$/i.test(label.trim())) return 'instagram';
  }
  return 'website';
}

/** A LinkedIn address without tracking: `?trk=…` and other query parameters and fragments dropped. */
export function stripQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

export function addIdentity(d: Draft, kind: IdentityKind, raw: string | undefined, label: string | null = null): void {
  const value = (raw ?? '').trim();
  if (!value) return;
  const existing = d.record.identities.find((i) => i.kind === kind && i.value.toLowerCase() === value.toLowerCase());
  if (existing) {
    existing.label ??= label;
    return;
  }
  d.record.identities.push({ kind, value, label });
}

/** A web address, filed as x / linkedin / instagram when it is one (LinkedIn without its query). */
export function addWebsite(d: Draft, raw: string | undefined, label: string | null = null): void {
  const value = (raw ?? '').trim();
  if (!value) return;
  const kind = websiteKind(value, label);
  addIdentity(d, kind, kind === 'linkedin' ? stripQuery(value) : value, label);
}

const STANDARD_LABELS = new Set(['home', 'work', 'other', 'mobile', 'main', 'home fax', 'work fax', 'other fax', 'pager', 'blog', 'profile', 'homepage', 'home page', 'ftp', 'personal']);

/** Google's label: `* ` (its mark for the primary value) dropped; its own words lower-cased, the user's kept. */
export function cleanLabel(label: string | undefined): string | null {
  const text = clean(label).replace(/^\*\s*/, '');
  if (!text) return null;
  return STANDARD_LABELS.has(text.toLowerCase()) ? text.toLowerCase() : text;
}

/** Google's system groups, which are not the user's tags. */
const SYSTEM_GROUPS = new Set(['mycontacts', 'starred']);

/** Tags from a cell: split on `sep`, `* ` marks dropped, `myContacts` / `starred` left out, no duplicates. */
export function addTags(d: Draft, cell: string | undefined, sep: RegExp): void {
  for (const part of (cell ?? '').split(sep)) {
    const tag = clean(part).replace(/^\*\s*/, '');
    if (!tag || SYSTEM_GROUPS.has(tag.toLowerCase())) continue;
    if (!d.record.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) d.record.tags.push(tag);
  }
}

/** A date cell: set when readable, empty is nothing, unreadable text is kept for the notes. */
export function setDate(
  d: Draft,
  field: 'birthday' | 'anniversary' | 'connectedOn',
  cell: string | undefined,
  read: (text: string) => string | null,
  what: string,
): void {
  const text = clean(cell);
  if (!text) return;
  const date = read(text);
  if (date) d.record[field] ??= date;
  else d.unreadable.push(`${what} in the file, not understood as a date: "${text}"`);
}

export function appendNote(d: Draft, text: string | null): void {
  if (!text) return;
  d.record.notes = d.record.notes ? `${d.record.notes}\n\n${text}` : text;
}

/** The outcome of one row: a record, a problem (left out of the records), or null for a blank row. */
export type RowOutcome = { record: ContactRecord } | { problem: string } | null;

/**
 * Finishes a draft: the display name from the name parts when the file had none; a row with no
 * name and no identity at all is a problem (mentioning any unreadable date); unreadable dates of
 * a kept row go to the end of its notes, so nothing the file said is lost silently.
 */
export function finish(d: Draft): RowOutcome {
  const r = d.record;
  r.displayName ??= [r.givenName, r.familyName].filter(Boolean).join(' ') || null;
  const named = r.displayName || r.givenName || r.familyName || r.nickname;
  if (!named && r.identities.length === 0) {
    const dates = d.unreadable.length ? ` (${d.unreadable.join('; ')})` : '';
    return { problem: `No name, email, phone or profile in this row${dates}: left out.` };
  }
  for (const line of d.unreadable) appendNote(d, line);
  return { record: r };
}
