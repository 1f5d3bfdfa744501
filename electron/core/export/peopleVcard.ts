import ICAL from 'ical.js';
import type { Sqlite } from '../../db/client';
import { type PersonExportRow, identitiesForExport, iteratePeopleForExport } from '../../db/repositories/peopleExportReader';
import { writeFileAtomically } from './atomicFile';

type Identity = ReturnType<ReturnType<typeof identitiesForExport>['of']>[number];

const SERVICES: Record<string, string> = { x: 'X', linkedin: 'LinkedIn', mastodon: 'Mastodon', instagram: 'Instagram' };

/** A list is several values (`CATEGORIES:a,b`); a structured value (`N:family;given;;;`) goes through `structured`. */
function add(card: ICAL.Component, name: string, value: string | string[], params: Record<string, string> = {}): void {
  const property = new ICAL.Property(name, card);
  if (Array.isArray(value)) property.setValues(value);
  else property.setValue(value);
  for (const [key, v] of Object.entries(params)) property.setParameter(key, v);
  card.addProperty(property);
}

function structured(card: ICAL.Component, name: string, parts: string[], params: Record<string, string> = {}): void {
  const property = new ICAL.Property(name, card);
  property.setValue(parts as unknown as string);
  for (const [key, v] of Object.entries(params)) property.setParameter(key, v);
  card.addProperty(property);
}

/** Where a social identity lives on the web: what other apps (and our importer) read back. */
function profileUrl(identity: Identity): string {
  if (identity.kind === 'x') return `https://x.com/${identity.display.replace(/^@/, '')}`;
  if (identity.kind === 'instagram') return `https://www.instagram.com/${identity.display.replace(/^@/, '')}`;
  if (identity.kind === 'mastodon') {
    const [user, host] = identity.value.split('@');
    return `https://${host}/@${user}`;
  }
  return identity.display;
}

function identityLines(card: ICAL.Component, identity: Identity): void {
  const label: Record<string, string> = identity.label ? { type: identity.label.toLowerCase() } : {};
  switch (identity.kind) {
    case 'email':
      return add(card, 'email', identity.display, label);
    case 'phone':
      return add(card, 'tel', identity.display, { ...label, value: 'text' });
    case 'website':
      return add(card, 'url', identity.display, label);
    case 'other':
      return add(card, 'x-rapport-identity', identity.display, label);
    default: {
      // RFC 9554's SOCIALPROFILE, and Apple's X-SOCIALPROFILE for the address books that only read that.
      const url = profileUrl(identity);
      add(card, 'socialprofile', url, { 'service-type': SERVICES[identity.kind] ?? identity.kind });
      add(card, 'x-socialprofile', url, { type: identity.kind === 'x' ? 'twitter' : identity.kind });
    }
  }
}

function cardOf(row: PersonExportRow, identities: Identity[], photo: Buffer | null): string {
  const card = new ICAL.Component(['vcard', [], []]);
  add(card, 'version', '4.0');
  add(card, 'uid', `urn:uuid:${row.id}`);
  add(card, 'fn', row.displayName);
  structured(card, 'n', [row.familyName ?? '', row.givenName ?? '', '', '', '']);
  if (row.nickname) add(card, 'nickname', row.nickname);
  for (const identity of identities) identityLines(card, identity);
  if (row.organisation) add(card, 'org', row.organisation);
  if (row.title) add(card, 'title', row.title);
  if (row.birthday) add(card, 'bday', row.birthday);
  if (row.location) structured(card, 'adr', ['', '', '', '', '', '', ''], { label: row.location });
  if (row.notes) add(card, 'note', row.notes);
  if (row.tags) add(card, 'categories', row.tags.split(' ::: '));
  if (photo && row.photoMime) add(card, 'photo', `data:${row.photoMime};base64,${photo.toString('base64')}`);
  add(card, 'rev', new Date(row.updatedAt).toISOString().replace(/\.\d{3}/, ''));
  return card.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}

/**
 * People as vCard 4.0 (RFC 6350): one card each, escaped and folded by ical.js, social
 * profiles both as RFC 9554 SOCIALPROFILE and Apple's X-SOCIALPROFILE, photos inline as data
 * URIs; streamed and written atomically. `ids` limits it to a selection.
 */
export function exportPeopleVcard(sqlite: Sqlite, outPath: string, ids: readonly string[] | null = null): { path: string; people: number } {
  const parts = identitiesForExport(sqlite);
  return writeFileAtomically(outPath, (write) => {
    let people = 0;
    for (const row of iteratePeopleForExport(sqlite, ids)) {
      write(cardOf(row, parts.of(row.id), row.photoMime ? parts.photo(row.id) : null));
      people++;
    }
    return { path: outPath, people };
  });
}
