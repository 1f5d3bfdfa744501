import type { Db } from '../db/client';
import type { ChangeJournalRepository } from '../db/repositories/changeJournalRepository';
import type { PeopleRepository } from '../db/repositories/peopleRepository';

/** The duplicates side of the core context: likely duplicate pairs, merging two people and undoing it. */
export interface MergeContext {
  // Filled in by the duplicates/merge work (issue 7).
  merge: Record<string, never>;
}

export function createMergeContext(_db: Db, _deps: { people: PeopleRepository; journal: ChangeJournalRepository }): MergeContext {
  return { merge: {} };
}
