import type { EventPayload } from '../../shared/ipc/events';
import type { Db } from '../db/client';
import type { ChangeJournalRepository } from '../db/repositories/changeJournalRepository';
import { createContactMatchReader } from '../db/repositories/contactMatchReader';
import { createPeopleBulkWriter } from '../db/repositories/peopleBulkWriter';
import type { IdentitiesRepository } from '../db/repositories/identitiesRepository';
import type { ImportsRepository } from '../db/repositories/importsRepository';
import type { LabelsRepository } from '../db/repositories/labelsRepository';
import type { PeopleRepository } from '../db/repositories/peopleRepository';
import type { PositionsRepository } from '../db/repositories/positionsRepository';
import { createSettingsRepository } from '../db/repositories/settingsRepository';
import type { TouchpointsRepository } from '../db/repositories/touchpointsRepository';
import type { AttendanceRepository } from '../db/repositories/attendanceRepository';
import type { EventsRepository } from '../db/repositories/eventsRepository';
import { createCalendarImporter } from './contacts/calendarImport';
import { type ContactImportService, createContactImportService } from './contacts/contactImportService';
import { createContactWriter } from './contacts/contactWriter';
import type { Jobs } from './xArchive/jobs';
import type { XLinker } from './xArchive/xLinker';

/** The contacts side of the core context: importing vCard, CSV and iCalendar files, and undoing those imports. */
export interface ContactsContext {
  journal: ChangeJournalRepository;
  contactImport: ContactImportService;
}

export function createContactsContext(
  db: Db,
  deps: {
    people: PeopleRepository;
    identities: IdentitiesRepository;
    labels: LabelsRepository;
    positions: PositionsRepository;
    touchpoints: TouchpointsRepository;
    events: EventsRepository;
    attendance: AttendanceRepository;
    imports: ImportsRepository;
    journal: ChangeJournalRepository;
    xLinker: XLinker;
    jobs: Jobs;
    backup(reason: string): Promise<unknown>;
    emit(event: 'progress', payload: EventPayload<'progress'>): void;
  },
): ContactsContext {
  const reader = createContactMatchReader(db);
  const writer = createContactWriter({ db, ...deps, bulk: createPeopleBulkWriter(db, deps.labels) });
  const backup = deps.backup;
  const progress = (event: EventPayload<'progress'>) => deps.emit('progress', event);
  const calendar = createCalendarImporter({ db, ...deps, reader, backup, progress });
  const contactImport = createContactImportService({ db, ...deps, reader, writer, settings: createSettingsRepository(db), calendar, backup, progress });
  return { journal: deps.journal, contactImport };
}
