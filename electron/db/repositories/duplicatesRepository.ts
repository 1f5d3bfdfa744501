import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';

/** A live person as the duplicate finder reads them. */
export interface DuplicateCandidate {
  seq: number;
  id: string;
  name: string;
  /** people.sort_name: the display name, already folded. */
  sortName: string;
  givenName: string | null;
  familyName: string | null;
  nickname: string | null;
}

/** Something a person is linked to that another may share: an organisation, an event or an email domain. */
export interface ContextLink {
  personId: string;
  kind: 'organisation' | 'event' | 'domain';
  /** Organisation or event id, or the domain. */
  key: string;
  label: string;
  /** Events: the user met them there. */
  met: boolean;
}

export interface DuplicateData {
  people: DuplicateCandidate[];
  links: ContextLink[];
  /** `a|b` with a < b: pairs the user said are not the same person. */
  rejected: Set<string>;
}

/** The rejection key of a pair, whichever way round it is given. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

// Live people only: archived and merged people are never suggested.
const LIVE = `deleted_at IS NULL AND merged_into_id IS NULL`;

/**
 * What finding likely duplicates reads: whole-table scans, no joins and no per-person
 * queries (links are kept to live people and named from small maps in JavaScript), raw rows.
 * At 50,000 people each scan is one pass over a table or an index.
 */
export function createDuplicatesRepository(db: Db) {
  const sqlite = db.$client;
  const q = {
    people: sqlite.prepare(`SELECT seq, id, display_name, sort_name, given_name, family_name, nickname, met_event_id FROM people WHERE ${LIVE}`).raw(),
    organisations: sqlite.prepare(`SELECT id, name FROM organisations WHERE deleted_at IS NULL`).raw(),
    positions: sqlite.prepare(`SELECT person_id, organisation_id FROM positions WHERE deleted_at IS NULL`).raw(),
    events: sqlite.prepare(`SELECT id, name FROM events WHERE deleted_at IS NULL`).raw(),
    attendances: sqlite.prepare(`SELECT person_id, event_id, met FROM attendances WHERE deleted_at IS NULL`).raw(),
    emails: sqlite.prepare(`SELECT person_id, value FROM identities WHERE kind = 'email' AND deleted_at IS NULL`).raw(),
    rejected: sqlite.prepare(`SELECT person_a || '|' || person_b FROM duplicate_rejections`).pluck(),
    person: sqlite.prepare(`SELECT id FROM people WHERE id = ?`).pluck(),
    reject: sqlite.prepare(`INSERT OR IGNORE INTO duplicate_rejections (person_a, person_b, created_at) VALUES (?, ?, ?)`),
  };

  return {
    /**
     * Every live person, their organisations, events (attended, or the how-we-met one) and
     * email domains (the caller decides which domains count), and the rejected pairs.
     */
    read(): DuplicateData {
      type PersonRow = [number, string, string, string, string | null, string | null, string | null, string | null];
      const rows = q.people.all() as PersonRow[];
      const people = rows.map(([seq, id, name, sortName, givenName, familyName, nickname]) => ({ seq, id, name, sortName, givenName, familyName, nickname }));
      const live = new Set(people.map((p) => p.id));
      const organisations = new Map(q.organisations.all() as [string, string][]);
      const events = new Map(q.events.all() as [string, string][]);
      const links: ContextLink[] = [];
      for (const [personId, key] of q.positions.all() as [string, string][]) {
        const label = organisations.get(key);
        if (label !== undefined && live.has(personId)) links.push({ personId, kind: 'organisation', key, label, met: false });
      }
      for (const [personId, key, met] of q.attendances.all() as [string, string, number][]) {
        const label = events.get(key);
        if (label !== undefined && live.has(personId)) links.push({ personId, kind: 'event', key, label, met: met === 1 });
      }
      for (const row of rows) {
        const label = row[7] === null ? undefined : events.get(row[7]);
        if (label !== undefined) links.push({ personId: row[1], kind: 'event', key: row[7]!, label, met: true });
      }
      for (const [personId, value] of q.emails.all() as [string, string][]) {
        const at = value.lastIndexOf('@');
        if (at > 0 && live.has(personId)) links.push({ personId, kind: 'domain', key: value.slice(at + 1), label: value.slice(at + 1), met: false });
      }
      return { people, links, rejected: new Set(q.rejected.all() as string[]) };
    },

    /**
     * Remembers that two people are not the same (stored a < b); idempotent. INVALID_INPUT for
     * the same id twice, NOT_FOUND for an unknown person (archived and merged ones count).
     */
    reject(aId: string, bId: string, now: number): void {
      if (aId === bId) throw new AppError('INVALID_INPUT', 'Pick two different people', { aId, bId });
      for (const id of [aId, bId]) if (!q.person.get(id)) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
      const [a, b] = aId < bId ? [aId, bId] : [bId, aId];
      q.reject.run(a, b, now);
    },
  };
}

export type DuplicatesRepository = ReturnType<typeof createDuplicatesRepository>;
