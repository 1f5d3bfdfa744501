import type { Channel, EventName } from '../../../shared/ipc/channels';
import type { ParsedReq, Res } from '../../../shared/ipc/contract';
import type { EventPayload } from '../../../shared/ipc/events';
import type { IdentitiesRepository } from '../../db/repositories/identitiesRepository';
import type { LabelsRepository } from '../../db/repositories/labelsRepository';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import type { PositionsRepository } from '../../db/repositories/positionsRepository';
import type { RelationshipsRepository } from '../../db/repositories/relationshipsRepository';
import type { EventsContext } from '../eventsContext';
import type { RemindersContext } from '../remindersContext';
import type { XContext } from '../xContext';
import type { ContactsContext } from '../contactsContext';
import type { MergeContext } from '../mergeContext';
import type { BackupService } from '../services/backupService';
import type { AppInfoService } from '../services/appInfoService';

/** What every handler may use; built once per open database. */
export interface CoreContext extends EventsContext, RemindersContext, XContext, ContactsContext, MergeContext {
  now(): number;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  people: PeopleRepository;
  identities: IdentitiesRepository;
  positions: PositionsRepository;
  relationships: RelationshipsRepository;
  /** Interests, tags and organisations. */
  labels: LabelsRepository;
  backups: BackupService;
  appInfo: AppInfoService;
}

export type Handler<C extends Channel> = (req: ParsedReq<C>, ctx: CoreContext) => Res<C> | Promise<Res<C>>;
export type HandlerMap = { [C in Channel]: Handler<C> };
