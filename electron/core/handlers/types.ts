import type { Channel } from '../../../shared/ipc/channels';
import type { ParsedReq, Res } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayload } from '../../../shared/ipc/events';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import type { BackupService } from '../services/backupService';
import type { AppInfoService } from '../services/appInfoService';

/** What every handler may use; built once per open database. */
export interface CoreContext {
  now(): number;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  people: PeopleRepository;
  backups: BackupService;
  appInfo: AppInfoService;
}

export type Handler<C extends Channel> = (req: ParsedReq<C>, ctx: CoreContext) => Res<C> | Promise<Res<C>>;
export type HandlerMap = { [C in Channel]: Handler<C> };
