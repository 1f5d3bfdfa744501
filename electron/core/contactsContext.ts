import type { EventPayload } from '../../shared/ipc/events';
import type { Db } from '../db/client';
import { type ChangeJournalRepository } from '../db/repositories/changeJournalRepository';
import type { PeopleRepository } from '../db/repositories/peopleRepository';
import type { ImportsRepository } from '../db/repositories/importsRepository';
import type { Jobs } from './xArchive/jobs';

/** The contacts side of the core context: importing vCard, CSV and iCalendar files, and undoing those imports. */
export interface ContactsContext {
  journal: ChangeJournalRepository;
}

export function createContactsContext(
  _db: Db,
  deps: {
    people: PeopleRepository;
    imports: ImportsRepository;
    journal: ChangeJournalRepository;
    jobs: Jobs;
    backup(reason: string): Promise<unknown>;
    emit(event: 'progress', payload: EventPayload<'progress'>): void;
  },
): ContactsContext {
  return { journal: deps.journal };
}
