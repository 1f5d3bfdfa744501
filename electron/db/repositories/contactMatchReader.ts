import type { Db } from '../client';
import { labelKey } from './labelsRepository';

/** What an import compares a record with: an existing person's fields and parts, as keys. */
export interface ExistingPerson {
  id: string;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  nickname: string | null;
  location: string | null;
  notes: string | null;
  birthday: string | null;
  hasPhoto: boolean;
  /** Folded tag names. */
  tagKeys: Set<string>;
  /** Folded names of organisations they have a live job at. */
  organisationKeys: Set<string>;
  /** They have (or had, and deleted) a LinkedIn "connected" touchpoint. */
  connected: boolean;
  archived: boolean;
}

const CHUNK = 5000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Batched reads for matching a contacts file against the database: who owns each identity
 * (kind + normalised value), which people an X handle is linked to through the archive, and
 * the current state of the people matched. A fixed number of queries per 5,000 keys.
 */
export function createContactMatchReader(db: Db) {
  const sqlite = db.$client;
  const q = {
    owners: sqlite.prepare(`SELECT i.kind, i.value, coalesce(p.merged_into_id, i.person_id) AS personId
      FROM json_each(?) AS j
      JOIN identities i ON i.kind = json_extract(j.value, '$[0]') AND i.value = json_extract(j.value, '$[1]') AND i.deleted_at IS NULL
      JOIN people p ON p.id = i.person_id`),
    xLinked: sqlite.prepare(`SELECT a.handle_key AS handleKey, a.person_id AS personId FROM json_each(?) AS j
      JOIN x_accounts a ON a.handle_key = j.value AND a.person_id IS NOT NULL`),
    people: sqlite.prepare(`SELECT id, display_name AS displayName, given_name AS givenName, family_name AS familyName, nickname,
        location, notes, birthday, photo IS NOT NULL AS hasPhoto, deleted_at IS NOT NULL AS archived
      FROM people WHERE id IN (SELECT value FROM json_each(?))`),
    tags: sqlite.prepare(`SELECT pt.person_id AS personId, t.name_key AS nameKey FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
      WHERE pt.person_id IN (SELECT value FROM json_each(?))`),
    organisations: sqlite.prepare(`SELECT po.person_id AS personId, o.name_key AS nameKey FROM positions po JOIN organisations o ON o.id = po.organisation_id
      WHERE po.deleted_at IS NULL AND po.person_id IN (SELECT value FROM json_each(?))`),
    // Any "connected" touchpoint they were ever on, deleted ones too: one the user deleted is not added back.
    connected: sqlite.prepare(`SELECT DISTINCT tp.person_id AS personId FROM touchpoint_participants tp JOIN touchpoints t ON t.id = tp.touchpoint_id
      WHERE t.kind = 'connected' AND t.channel = 'linkedin' AND tp.person_id IN (SELECT value FROM json_each(?))`),
    // Everyone live with these names, and whether an earlier import made them from a record with nothing but a name.
    importedByName: sqlite.prepare(`SELECT p.sort_name AS sortName, p.id,
        EXISTS (SELECT 1 FROM import_people ip WHERE ip.person_id = p.id AND ip.outcome = 'created')
          AND NOT EXISTS (SELECT 1 FROM identities i WHERE i.person_id = p.id AND i.deleted_at IS NULL) AS eligible
      FROM people p WHERE p.sort_name IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL AND p.merged_into_id IS NULL`),
    sources: sqlite.prepare(`SELECT s.key, coalesce(p.merged_into_id, s.person_id) AS personId FROM json_each(?) AS j
      JOIN contact_sources s ON s.key = j.value JOIN people p ON p.id = s.person_id`),
  };

  return {
    /** `kind value` → owner person id (a merged person's survivor), for the keys that have one. */
    owners(keys: { kind: string; value: string }[]): Map<string, string> {
      const found = new Map<string, string>();
      for (const part of chunks(keys)) {
        const rows = q.owners.all(JSON.stringify(part.map((k) => [k.kind, k.value]))) as { kind: string; value: string; personId: string }[];
        for (const row of rows) found.set(`${row.kind} ${row.value}`, row.personId);
      }
      return found;
    },

    /** Lower-case X handle → the person its archive account is linked to. */
    xLinked(handleKeys: string[]): Map<string, string> {
      const found = new Map<string, string>();
      for (const part of chunks(handleKeys)) {
        for (const row of q.xLinked.all(JSON.stringify(part)) as { handleKey: string; personId: string }[]) found.set(row.handleKey, row.personId);
      }
      return found;
    },

    /** Source key (`vcard:<UID>`…) → the person it was imported as (a merged person's survivor). */
    sources(keys: string[]): Map<string, string> {
      const found = new Map<string, string>();
      for (const part of chunks(keys)) for (const row of q.sources.all(JSON.stringify(part)) as { key: string; personId: string }[]) found.set(row.key, row.personId);
      return found;
    },

    /**
     * Sort name → the person an earlier import created under it with no identity, when nobody
     * else alive has that name (a name two people share says nothing about which).
     */
    importedByName(sortNames: string[]): Map<string, string> {
      const found = new Map<string, string | null>();
      for (const part of chunks(sortNames)) {
        for (const row of q.importedByName.all(JSON.stringify(part)) as { sortName: string; id: string; eligible: number }[]) {
          found.set(row.sortName, found.has(row.sortName) || row.eligible !== 1 ? null : row.id);
        }
      }
      return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
    },

    /** The matched people as they are now, by id. */
    people(ids: string[]): Map<string, ExistingPerson> {
      const byId = new Map<string, ExistingPerson>();
      for (const part of chunks(ids)) {
        const json = JSON.stringify(part);
        for (const row of q.people.all(json) as (Omit<ExistingPerson, 'tagKeys' | 'organisationKeys' | 'connected' | 'hasPhoto' | 'archived'> & { hasPhoto: number; archived: number })[]) {
          byId.set(row.id, { ...row, hasPhoto: row.hasPhoto === 1, archived: row.archived === 1, tagKeys: new Set(), organisationKeys: new Set(), connected: false });
        }
        for (const row of q.tags.all(json) as { personId: string; nameKey: string }[]) byId.get(row.personId)?.tagKeys.add(row.nameKey);
        for (const row of q.organisations.all(json) as { personId: string; nameKey: string }[]) byId.get(row.personId)?.organisationKeys.add(row.nameKey);
        for (const row of q.connected.all(json) as { personId: string }[]) {
          const person = byId.get(row.personId);
          if (person) person.connected = true;
        }
      }
      return byId;
    },

    labelKey,
  };
}

export type ContactMatchReader = ReturnType<typeof createContactMatchReader>;
