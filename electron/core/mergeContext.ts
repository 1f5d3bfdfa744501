import type { Db } from '../db/client';
import type { ChangeJournalRepository } from '../db/repositories/changeJournalRepository';
import { type DuplicatesRepository, createDuplicatesRepository } from '../db/repositories/duplicatesRepository';
import { createMergeMoves } from '../db/repositories/mergeMoves';
import { createMergeRepository } from '../db/repositories/mergeRepository';
import type { PeopleRepository } from '../db/repositories/peopleRepository';
import { type MergeService, createMergeService } from './merge/mergeService';

/** The duplicates side of the core context: likely duplicate pairs, merging two people and undoing it. */
export interface MergeContext {
  duplicates: DuplicatesRepository;
  merge: MergeService;
}

export function createMergeContext(db: Db, deps: { people: PeopleRepository; journal: ChangeJournalRepository }): MergeContext {
  const rows = createMergeRepository(db);
  return {
    duplicates: createDuplicatesRepository(db),
    merge: createMergeService(db, { rows, moves: createMergeMoves(db, deps.journal), journal: deps.journal }),
  };
}
