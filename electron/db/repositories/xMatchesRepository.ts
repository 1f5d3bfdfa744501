import type { MatchCandidate, MatchReason, XMatch } from '../../../shared/domain/xArchive';
import type { Page } from '../../../shared/domain/common';
import { decodeCursor, encodeCursor } from '../../../shared/util/cursor';
import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../client';
import { TWO_WAY_SQL, type XAccountRow, toXAccount } from './xAccountRows';

export interface MatchPerson {
  id: string;
  name: string;
  given: string | null;
  family: string | null;
  nickname: string | null;
}

export interface MatchIdentity {
  personId: string;
  kind: string;
  value: string;
  xAccountId: string | null;
}

export interface MatchAccount {
  accountId: string;
  handle: string | null;
  name: string | null;
}

export interface Candidate {
  accountId: string;
  personId: string;
  confidence: number;
  reasons: MatchReason[];
}

/**
 * Suggested people for unlinked accounts and the pairs the user rejected. Candidates are
 * recomputed as a whole after each import and dropped for an account once it is linked.
 */
export function createXMatchesRepository(db: Db) {
  const sqlite = db.$client;
  const q = {
    clear: sqlite.prepare(`DELETE FROM x_match_candidates WHERE account_id = ?`),
    clearAll: sqlite.prepare(`DELETE FROM x_match_candidates`),
    insert: sqlite.prepare(`INSERT OR REPLACE INTO x_match_candidates (account_id, person_id, confidence, reasons, created_at) VALUES (?, ?, ?, ?, ?)`),
    reject: sqlite.prepare(`INSERT OR IGNORE INTO x_match_rejections (account_id, person_id, created_at) VALUES (?, ?, ?)`),
    dropPair: sqlite.prepare(`DELETE FROM x_match_candidates WHERE account_id = ? AND person_id = ?`),
    forget: sqlite.prepare(`DELETE FROM x_match_rejections WHERE account_id = ? AND person_id = ?`),
    rejected: sqlite.prepare(`SELECT account_id || '|' || person_id AS pair FROM x_match_rejections`),
    unlinked: sqlite.prepare(`SELECT account_id AS accountId, handle, name FROM x_accounts WHERE person_id IS NULL AND is_owner = 0`),
    people: sqlite.prepare(`SELECT id, display_name AS name, given_name AS given, family_name AS family, nickname FROM people WHERE deleted_at IS NULL`),
    identities: sqlite.prepare(`SELECT person_id AS personId, kind, value, x_account_id AS xAccountId FROM identities
      WHERE deleted_at IS NULL AND kind IN ('x', 'mastodon', 'instagram', 'other', 'email', 'website')`),
    candidatesOf: sqlite.prepare(`SELECT c.account_id AS accountId, c.person_id AS personId, p.display_name AS name, c.confidence, c.reasons
      FROM x_match_candidates c JOIN people p ON p.id = c.person_id
      WHERE c.account_id IN (SELECT value FROM json_each(?)) ORDER BY c.confidence DESC, p.sort_name`),
  };

  function candidatesOf(accountIds: string[]): Map<string, MatchCandidate[]> {
    const byAccount = new Map<string, MatchCandidate[]>();
    const rows = q.candidatesOf.all(JSON.stringify(accountIds)) as { accountId: string; personId: string; name: string; confidence: number; reasons: string }[];
    for (const r of rows) {
      const list = byAccount.get(r.accountId) ?? [];
      list.push({ person: { id: r.personId, name: r.name }, confidence: r.confidence, reasons: JSON.parse(r.reasons) as MatchCandidate['reasons'] });
      byAccount.set(r.accountId, list);
    }
    return byAccount;
  }

  return {
    candidatesOf,
    /** What the matcher reads: unlinked accounts, live people, their identities, rejected pairs. */
    matcherInput() {
      return {
        accounts: q.unlinked.all() as MatchAccount[],
        people: q.people.all() as MatchPerson[],
        identities: q.identities.all() as MatchIdentity[],
        rejected: new Set((q.rejected.all() as { pair: string }[]).map((r) => r.pair)),
      };
    },
    /** Replaces the suggestions of `accountIds` (all accounts when null) in one transaction. */
    replace(accountIds: string[] | null, candidates: Candidate[], now: number): void {
      atomically(db, () => {
        if (accountIds === null) q.clearAll.run();
        else for (const id of accountIds) q.clear.run(id);
        for (const c of candidates) q.insert.run(c.accountId, c.personId, c.confidence, JSON.stringify(c.reasons), now);
      });
    },
    clearCandidates(accountId: string): void {
      q.clear.run(accountId);
    },
    forget(accountId: string, personId: string): void {
      q.forget.run(accountId, personId);
    },
    reject(accountId: string, personId: string, now: number): void {
      atomically(db, () => {
        q.reject.run(accountId, personId, now);
        q.dropPair.run(accountId, personId);
      });
    },

    /**
     * The review queue: unlinked accounts with their candidates, best candidate first, then
     * the most recent interaction. `talk` keeps accounts with a two-way exchange.
     */
    queue(query: { scope: 'talk' | 'all'; withoutCandidates: boolean; limit: number; cursor?: string | undefined }): Page<XMatch> {
      const key = query.cursor ? decodeCursor(query.cursor, 3) : null;
      if (query.cursor && !key) throw new AppError('INVALID_INPUT', 'cursor is not valid for this list', { cursor: query.cursor });
      const best = `coalesce((SELECT max(confidence) FROM x_match_candidates c WHERE c.account_id = a.account_id), 0)`;
      const where = [
        'a.person_id IS NULL',
        'a.is_owner = 0',
        query.scope === 'talk' ? TWO_WAY_SQL('a') : '1',
        query.withoutCandidates ? '1' : `EXISTS (SELECT 1 FROM x_match_candidates c WHERE c.account_id = a.account_id)`,
      ];
      const rows = sqlite
        .prepare(
          `SELECT * FROM (SELECT a.*, NULL AS person_name, ${best} AS best, coalesce(a.last_at, 0) AS recent FROM x_accounts a WHERE ${where.join(' AND ')})
           WHERE (@hasKey = 0 OR (best, recent, account_id) < (@k0, @k1, @k2))
           ORDER BY best DESC, recent DESC, account_id DESC LIMIT @limit`,
        )
        .all({ hasKey: key ? 1 : 0, k0: key?.[0] ?? 0, k1: key?.[1] ?? 0, k2: key?.[2] ?? '', limit: query.limit + 1 }) as (XAccountRow & { best: number; recent: number })[];
      const page = rows.slice(0, query.limit);
      const candidates = candidatesOf(page.map((r) => r.account_id));
      const last = page[page.length - 1];
      return {
        items: page.map((r) => ({ account: toXAccount(r), candidates: candidates.get(r.account_id) ?? [] })),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.best, last.recent, last.account_id]) : null,
      };
    },
  };
}

export type XMatchesRepository = ReturnType<typeof createXMatchesRepository>;
