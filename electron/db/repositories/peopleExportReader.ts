import type { Sqlite } from '../client';

/** One person flattened for a table: multi-valued fields joined with ` ::: ` (Google's separator); X handles without `@`. */
export interface PersonExportRow {
  id: string;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  nickname: string | null;
  emails: string | null;
  phones: string | null;
  x: string | null;
  linkedin: string | null;
  websites: string | null;
  otherIdentities: string | null;
  organisation: string | null;
  title: string | null;
  circle: string | null;
  birthday: string | null;
  location: string | null;
  tags: string | null;
  interests: string | null;
  notes: string | null;
  lastTouchAt: number | null;
  createdAt: number;
  updatedAt: number;
  photoMime: string | null;
}

const identities = (kinds: string, column = 'i.display') =>
  `(SELECT group_concat(${column}, ' ::: ') FROM identities i WHERE i.person_id = p.id AND i.kind IN (${kinds}) AND i.deleted_at IS NULL)`;
const current = (column: string) =>
  `(SELECT ${column} FROM positions po JOIN organisations o ON o.id = po.organisation_id
    WHERE po.person_id = p.id AND po.deleted_at IS NULL AND po.end_on IS NULL ORDER BY po.start_on DESC, po.created_at DESC LIMIT 1)`;

const SELECT = `SELECT p.id, p.display_name AS displayName, p.given_name AS givenName, p.family_name AS familyName, p.nickname,
    ${identities(`'email'`)} AS emails, ${identities(`'phone'`)} AS phones, ${identities(`'x'`, `ltrim(i.display, '@')`)} AS x, ${identities(`'linkedin'`)} AS linkedin,
    ${identities(`'website'`)} AS websites, ${identities(`'mastodon', 'instagram', 'other'`)} AS otherIdentities,
    ${current('o.name')} AS organisation, ${current('po.title')} AS title,
    p.circle_id AS circle, p.birthday, p.location,
    (SELECT group_concat(t.name, ' ::: ') FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id) AS tags,
    (SELECT group_concat(n.name, ' ::: ') FROM person_interests pn JOIN interests n ON n.id = pn.interest_id WHERE pn.person_id = p.id) AS interests,
    p.notes, p.last_touch_at AS lastTouchAt, p.created_at AS createdAt, p.updated_at AS updatedAt, p.photo_mime AS photoMime
  FROM people p`;

/**
 * Live people (or the ones in `ids`, archived included) flattened for export, by name,
 * streamed: fifty thousand people never sit in memory at once.
 */
export function iteratePeopleForExport(sqlite: Sqlite, ids: readonly string[] | null): IterableIterator<PersonExportRow> {
  if (ids === null) return sqlite.prepare(`${SELECT} WHERE p.deleted_at IS NULL ORDER BY p.sort_name, p.id`).iterate() as IterableIterator<PersonExportRow>;
  return sqlite
    .prepare(`${SELECT} WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.sort_name, p.id`)
    .iterate(JSON.stringify(ids)) as IterableIterator<PersonExportRow>;
}

/** A person's live identities with their labels, primary first, for formats that keep each apart (vCard). */
export function identitiesForExport(sqlite: Sqlite) {
  const statement = sqlite.prepare(`SELECT kind, value, display, label FROM identities WHERE person_id = ? AND deleted_at IS NULL ORDER BY kind, is_primary DESC, created_at`);
  const photo = sqlite.prepare(`SELECT photo FROM people WHERE id = ?`).pluck();
  return {
    of: (personId: string) => statement.all(personId) as { kind: string; value: string; display: string; label: string | null }[],
    photo: (personId: string) => (photo.get(personId) as Buffer | null) ?? null,
  };
}
