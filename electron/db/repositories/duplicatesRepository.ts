import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';

/** A live person as the duplicate finder reads them: only what comparing names needs. */
export interface DuplicateCandidate {
  seq: number;
  id: string;
  /** people.sort_name: the display name, already folded. */
  sortName: string;
  /** "given family" when both are set and read differently from the display name, else null. */
  structured: string | null;
  nickname: string | null;
}

/** How a person writes their names, read for the pairs shown (reasons quote them). */
export interface PersonNames {
  name: string;
  givenName: string | null;
  familyName: string | null;
  nickname: string | null;
}

/**
 * What the finder reads, as raw rows (no object per link: there are about two per person).
 * Links to archived or merged people, or to deleted organisations and events, are the
 * finder's to skip (their person or name is missing from `people` / the name maps).
 */
export interface DuplicateData {
  people: DuplicateCandidate[];
  /** [person id, organisation id] for every live job, current or past. */
  jobs: [string, string][];
  /** [person id, event id, met 0|1] for every live attendance and how-we-met event. */
  events: [string, string, number][];
  /** [person id, email domain] for domains more than one person has, free-mail ones left out. */
  domains: [string, string][];
  organisationNames: Map<string, string>;
  eventNames: Map<string, string>;
  /** `a|b` with a < b: pairs the user said are not the same person. */
  rejected: Set<string>;
}

/** The rejection key of a pair, whichever way round it is given. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

// Live people only: archived and merged people are never suggested.
const LIVE = `deleted_at IS NULL AND merged_into_id IS NULL`;

/**
 * What finding likely duplicates reads: whole-table scans as raw rows, no joins and no
 * per-person queries. At 50,000 people each is one pass over a table or an index.
 */
export function createDuplicatesRepository(db: Db) {
  const sqlite = db.$client;
  const q = {
    // Every string value read costs about a microsecond, so the display name waits for the pairs
    // shown, and the structured name comes only when it differs from the display name (lower()
    // folds ASCII only, so accented names always come: they are compared folded anyway).
    people: sqlite
      .prepare(
        `SELECT seq, id, sort_name,
           CASE WHEN given_name IS NOT NULL AND family_name IS NOT NULL AND lower(given_name || ' ' || family_name) <> sort_name
             THEN given_name || ' ' || family_name END,
           nickname, met_event_id
         FROM people WHERE ${LIVE}`,
      )
      .raw(),
    names: sqlite.prepare(`SELECT id, display_name, given_name, family_name, nickname FROM people WHERE id IN (SELECT value FROM json_each(?))`).raw(),
    organisations: sqlite.prepare(`SELECT id, name FROM organisations WHERE deleted_at IS NULL`).raw(),
    positions: sqlite.prepare(`SELECT person_id, organisation_id FROM positions WHERE deleted_at IS NULL`).raw(),
    events: sqlite.prepare(`SELECT id, name FROM events WHERE deleted_at IS NULL`).raw(),
    attendances: sqlite.prepare(`SELECT person_id, event_id, met FROM attendances WHERE deleted_at IS NULL`).raw(),
    // Domains only one person has, and free-mail ones (most addresses), never leave SQLite.
    domains: sqlite
      .prepare(
        `WITH e AS (SELECT person_id, substr(value, instr(value, '@') + 1) AS d FROM identities WHERE kind = 'email' AND deleted_at IS NULL AND instr(value, '@') > 0),
           kept AS (SELECT d FROM e WHERE d NOT IN (SELECT value FROM json_each(@domains)) AND substr(d, 1, instr(d || '.', '.') - 1) NOT IN (SELECT value FROM json_each(@brands))
             GROUP BY d HAVING count(DISTINCT person_id) > 1)
         SELECT person_id, d FROM e WHERE d IN kept`,
      )
      .raw(),
    rejected: sqlite.prepare(`SELECT person_a || '|' || person_b FROM duplicate_rejections`).pluck(),
    person: sqlite.prepare(`SELECT id FROM people WHERE id = ?`).pluck(),
    reject: sqlite.prepare(`INSERT OR IGNORE INTO duplicate_rejections (person_a, person_b, created_at) VALUES (?, ?, ?)`),
  };

  return {
    /**
     * Every live person, every live job and attendance, the email domains worth comparing
     * (`freeMail`: exact domains and first labels, like yahoo in yahoo.co.uk, to leave out),
     * the names of organisations and events, and the rejected pairs.
     */
    read(freeMail: { domains: readonly string[]; brands: readonly string[] }): DuplicateData {
      type PersonRow = [number, string, string, string | null, string | null, string | null];
      const rows = q.people.all() as PersonRow[];
      const events = q.attendances.all() as [string, string, number][];
      const people = rows.map(([seq, id, sortName, structured, nickname, metEventId]) => {
        if (metEventId !== null) events.push([id, metEventId, 1]);
        return { seq, id, sortName, structured, nickname };
      });
      return {
        people,
        jobs: q.positions.all() as [string, string][],
        events,
        domains: q.domains.all({ domains: JSON.stringify(freeMail.domains), brands: JSON.stringify(freeMail.brands) }) as [string, string][],
        organisationNames: new Map(q.organisations.all() as [string, string][]),
        eventNames: new Map(q.events.all() as [string, string][]),
        rejected: new Set(q.rejected.all() as string[]),
      };
    },

    /** Display, given and family names and nickname of `ids` (any state), by id. */
    names(ids: string[]): Map<string, PersonNames> {
      const rows = q.names.all(JSON.stringify(ids)) as [string, string, string | null, string | null, string | null][];
      return new Map(rows.map(([id, name, givenName, familyName, nickname]) => [id, { name, givenName, familyName, nickname }]));
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
