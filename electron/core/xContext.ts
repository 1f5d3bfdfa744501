import type { EventPayload } from '../../shared/ipc/events';
import type { Db } from '../db/client';
import type { IdentitiesRepository } from '../db/repositories/identitiesRepository';
import { type ImportsRepository, createImportsRepository } from '../db/repositories/importsRepository';
import type { TouchpointsRepository } from '../db/repositories/touchpointsRepository';
import { type XAccountsRepository, createXAccountsRepository } from '../db/repositories/xAccountsRepository';
import { type XMatchesRepository, createXMatchesRepository } from '../db/repositories/xMatchesRepository';
import { type XViewsReader, createXViewsReader } from '../db/repositories/xViewsReader';
import { z } from 'zod';
import { createSettingsRepository } from '../db/repositories/settingsRepository';
import type { FollowUps } from './reminders/followUps';
import { type Jobs, createJobs } from './xArchive/jobs';
import { type XImportService, createXImportService } from './xArchive/xImportService';
import { type XLinker, createXLinker } from './xArchive/xLinker';

const DAY_ZONE_KEY = 'x_archive.day_zone';

/** The X side of the core context: archive accounts, their matches and links, imports and jobs. */
export interface XContext {
  xAccounts: XAccountsRepository;
  xMatches: XMatchesRepository;
  xViews: XViewsReader;
  xLinker: XLinker;
  xImport: XImportService;
  imports: ImportsRepository;
  jobs: Jobs;
}

export function createXContext(
  db: Db,
  deps: {
    identities: IdentitiesRepository;
    touchpoints: TouchpointsRepository;
    followUps: FollowUps;
    timeZone(): string;
    backup(reason: string): Promise<unknown>;
    emit(event: 'progress', payload: EventPayload<'progress'>): void;
  },
  jobs: Jobs = createJobs(),
): XContext {
  const xAccounts = createXAccountsRepository(db);
  const settings = createSettingsRepository(db);
  const xMatches = createXMatchesRepository(db);
  const imports = createImportsRepository(db);
  const xLinker = createXLinker({
    db,
    accounts: xAccounts,
    matches: xMatches,
    identities: deps.identities,
    touchpoints: deps.touchpoints,
    followUps: deps.followUps,
    recomputeCandidates: (now, accountIds) => xImport.recomputeCandidates(now, accountIds),
  });
  const xImport: XImportService = createXImportService({
    db,
    accounts: xAccounts,
    matches: xMatches,
    linker: xLinker,
    imports,
    touchpoints: deps.touchpoints,
    jobs,
    dayZone: () => settings.read(DAY_ZONE_KEY, z.string().min(1), deps.timeZone()),
    keepDayZone: (zone, now) => {
      if (settings.read(DAY_ZONE_KEY, z.string().nullable(), null) === null) settings.write(DAY_ZONE_KEY, zone, now);
    },
    backup: deps.backup,
    progress: (event) => deps.emit('progress', event),
  });
  return { xAccounts, xMatches, xViews: createXViewsReader(db), xLinker, xImport, imports, jobs };
}
