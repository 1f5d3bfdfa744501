import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { sortKeyForName } from '../../../shared/util/text';
import type { IdentityKind } from '../../../shared/vocabulary/identity';
import { type TouchpointChannel, isOnline } from '../../../shared/vocabulary/touchpoint';
import type { Db, Sqlite } from '../client';
import type { LabelsRepository } from './labelsRepository';

/** A new person as a bulk job writes them: values already checked and normalised. */
export interface BulkPerson {
  displayName: string;
  givenName?: string | null | undefined;
  familyName?: string | null | undefined;
  nickname?: string | null | undefined;
  location?: string | null | undefined;
  birthday?: string | null | undefined;
  notes?: string | null;
  identities: { kind: IdentityKind; value: string; display: string; label: string | null }[];
  tags: string[];
  positions: { organisation: string; title: string | null }[];
  photo: { mime: string; bytes: Buffer } | null;
  /** Their first touchpoint (LinkedIn's "connected"), written with them so their figures start right; its external id is the prefix and their id. */
  touchpoint?: { at: number; channel: TouchpointChannel; kind: string; initiatedBy: 'me' | 'them'; note: string | null; externalIdPrefix: string | null } | undefined;
}

const TABLES = {
  people: `people (id, display_name, sort_name, given_name, family_name, nickname, location, notes, birthday, photo, photo_mime,
    last_touch_at, online_touches, offline_touches, touches_by_them, import_id, created_at, updated_at)`,
  identities: 'identities (id, person_id, kind, value, display, label, is_primary, import_id, created_at, updated_at)',
  positions: 'positions (id, person_id, organisation_id, title, import_id, created_at, updated_at)',
  person_tags: 'person_tags (person_id, tag_id, created_at)',
  touchpoints: 'touchpoints (id, at, channel, initiated_by, kind, note, external_id, import_id, created_at, updated_at)',
  touchpoint_participants: 'touchpoint_participants (touchpoint_id, person_id, at)',
} as const;
type Table = keyof typeof TABLES;

/** Rows per INSERT statement: one statement for many rows costs SQLite and the driver about half as much per row. */
const ROWS_PER_STATEMENT = 50;

/** Multi-row INSERT statements, prepared once per table and row count. */
function inserter(sqlite: Sqlite) {
  const statements = new Map<string, Database.Statement>();
  return (table: Table, rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const part = rows.slice(i, i + ROWS_PER_STATEMENT);
      const key = `${table}:${part.length}`;
      let statement = statements.get(key);
      if (!statement) {
        const row = `(${part[0]!.map(() => '?').join(', ')})`;
        const verb = table === 'person_tags' ? 'INSERT OR IGNORE' : 'INSERT';
        statements.set(key, (statement = sqlite.prepare(`${verb} INTO ${TABLES[table]} VALUES ${Array(part.length).fill(row).join(', ')}`)));
      }
      statement.run(part.flat());
    }
  };
}

/**
 * The write path for many new people at once (contacts imports): multi-row INSERTs of plain
 * values, the first identity of each kind primary (a new person has none yet), organisations
 * and tags resolved once per name. The caller has made sure every identity is free (the unique
 * indexes still refuse one that is not, and the caller's transaction rolls back). Call inside
 * a transaction; the same triggers as every other write keep search and cadences right, and a
 * first touchpoint is written with its person's figures (last touch, counts) already counted.
 */
export function createPeopleBulkWriter(db: Db, labels: LabelsRepository) {
  const insertRows = inserter(db.$client);

  return {
    /** Writes the people in order and returns their new ids. */
    insert(people: BulkPerson[], importId: string, now: number): string[] {
      const organisations = new Map<string, string>();
      const tags = new Map<string, string>();
      const ids: string[] = [];
      const organisationOf = (name: string) => {
        const key = sortKeyForName(name);
        let id = organisations.get(key);
        if (!id) organisations.set(key, (id = labels.resolveOrganisation(name, now)));
        return id;
      };
      const tagOf = (name: string) => {
        const key = sortKeyForName(name);
        if (key === '') return null;
        let id = tags.get(key);
        if (!id) tags.set(key, (id = labels.resolve('tag', [name], now)[0]!));
        return id;
      };
      // People first (the other rows point at them), a few hundred at a time.
      for (let from = 0; from < people.length; from += 500) {
        const rows: Record<Table, unknown[][]> = { people: [], identities: [], positions: [], person_tags: [], touchpoints: [], touchpoint_participants: [] };
        for (const p of people.slice(from, from + 500)) {
          const id = uuidv7();
          const t = p.touchpoint;
          const online = t ? (isOnline(t.channel) ? 1 : 0) : 0;
          rows.people.push([
            id,
            p.displayName,
            sortKeyForName(p.displayName),
            p.givenName ?? null,
            p.familyName ?? null,
            p.nickname ?? null,
            p.location ?? null,
            p.notes ?? null,
            p.birthday ?? null,
            p.photo?.bytes ?? null,
            p.photo?.mime ?? null,
            t?.at ?? null,
            online,
            t ? 1 - online : 0,
            t?.initiatedBy === 'them' ? 1 : 0,
            importId,
            now,
            now,
          ]);
          if (t) {
            const touchpointId = uuidv7();
            rows.touchpoints.push([touchpointId, t.at, t.channel, t.initiatedBy, t.kind, t.note, t.externalIdPrefix === null ? null : `${t.externalIdPrefix}${id}`, importId, now, now]);
            rows.touchpoint_participants.push([touchpointId, id, t.at]);
          }
          const primaryKinds = new Set<string>();
          for (const i of p.identities) {
            rows.identities.push([uuidv7(), id, i.kind, i.value, i.display, i.label, primaryKinds.has(i.kind) ? 0 : 1, importId, now, now]);
            primaryKinds.add(i.kind);
          }
          for (const position of p.positions) rows.positions.push([uuidv7(), id, organisationOf(position.organisation), position.title, importId, now, now]);
          for (const tag of p.tags) {
            const tagId = tagOf(tag);
            if (tagId) rows.person_tags.push([id, tagId, now]);
          }
          ids.push(id);
        }
        for (const table of Object.keys(TABLES) as Table[]) insertRows(table, rows[table]);
      }
      return ids;
    },
  };
}

export type PeopleBulkWriter = ReturnType<typeof createPeopleBulkWriter>;
