import { basename } from 'node:path';
import type { ProgressEvent } from '../../../shared/ipc/events';
import type { ImportRecord, XImportReport } from '../../../shared/domain/xArchive';
import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../../db/client';
import type { ImportsRepository } from '../../db/repositories/importsRepository';
import type { TouchpointsRepository } from '../../db/repositories/touchpointsRepository';
import type { AccountWrite, XAccountsRepository } from '../../db/repositories/xAccountsRepository';
import type { XMatchesRepository } from '../../db/repositories/xMatchesRepository';
import { localDay } from '../reminders/clock';
import type { ArchiveFacts } from './archiveFacts';
import { type Jobs, cancelled, isAbort } from './jobs';
import { findCandidates } from './matcher';
import { readArchive } from './readArchive';
import type { XLinker } from './xLinker';

export const X_ARCHIVE_KIND = 'x_archive';

/**
 * Imports the user's X archive: reads it (streamed, cancellable, nothing written), takes a
 * backup, then writes accounts, interactions and touchpoints for linked accounts in one
 * transaction recorded in the import history, and suggests matches for the rest.
 */
export function createXImportService(deps: {
  db: Db;
  accounts: XAccountsRepository;
  matches: XMatchesRepository;
  linker: XLinker;
  imports: ImportsRepository;
  touchpoints: TouchpointsRepository;
  jobs: Jobs;
  /** The zone conversation-days are counted in: the one the first X import used, kept so ids never shift. */
  dayZone(): string;
  keepDayZone(zone: string, now: number): void;
  backup(reason: string): Promise<unknown>;
  progress(event: ProgressEvent): void;
}) {
  const { db, accounts, matches } = deps;

  /** Suggestions again for `accountIds` (every unlinked account by default); returns how many have at least one. */
  function recomputeCandidates(now: number, accountIds?: string[]): number {
    const input = matches.matcherInput();
    const only = accountIds ? new Set(accountIds) : null;
    const candidates = findCandidates(only ? input.accounts.filter((a) => only.has(a.accountId)) : input.accounts, input.people, input.identities, input.rejected);
    matches.replace(accountIds ?? null, candidates, now);
    return new Set(candidates.map((c) => c.accountId)).size;
  }

  function accountWrites(facts: ArchiveFacts): AccountWrite[] {
    return [...facts.accounts.values()].map((a) => ({
      id: a.id,
      handle: a.handle,
      name: a.name,
      seenAt: Number.isFinite(a.seenAt) ? a.seenAt : null,
      handles: [...a.handles.values()],
      following: a.following,
      follower: a.follower,
    }));
  }

  function ownerWrite(facts: ArchiveFacts): AccountWrite {
    const o = facts.owner!;
    const handles = [...o.handles, ...(o.handle ? [{ handle: o.handle, seenAt: null, source: 'account' }] : [])];
    return { id: o.accountId, handle: o.handle, name: o.name, seenAt: null, handles, following: false, follower: false };
  }

  /** One owner per database: someone else's archive would mix two people's X lives. */
  function assertOwner(facts: ArchiveFacts): void {
    const known = accounts.owner();
    if (known && known.accountId !== facts.owner!.accountId) {
      throw new AppError('CONFLICT', `This is the archive of @${facts.owner!.handle ?? facts.owner!.accountId}; this database holds the archive of @${known.handle ?? known.accountId}`, {
        owner: known,
        archiveOwner: facts.owner!.accountId,
      });
    }
  }

  function headline(facts: ArchiveFacts) {
    return {
      owner: { accountId: facts.owner!.accountId, handle: facts.owner!.handle },
      accounts: facts.accounts.size,
      resolved: facts.resolved(),
      following: facts.counts.following,
      followers: facts.counts.followers,
      mutuals: facts.mutuals(),
      dmConversations: facts.counts.dmConversations,
      dmMessages: facts.counts.dmMessages,
      tweets: facts.counts.tweets,
      mentions: facts.counts.mentions,
      replies: facts.counts.replies,
    };
  }

  /** What an import would do, without writing: new accounts and interactions, touchpoints for already linked accounts, suggestions. */
  function dryRun(facts: ArchiveFacts): Omit<XImportReport, keyof ReturnType<typeof headline> | 'importId' | 'dryRun' | 'errors'> {
    let identitiesCreated = 0;
    for (const id of facts.accounts.keys()) if (!accounts.raw(id)) identitiesCreated++;
    const linked = accounts.linkedIds();
    for (const a of accounts.autoLinkable()) linked.add(a.accountId);
    const known = new Set(accounts.interactionsByIds([...facts.interactions.keys()]).map((i) => i.id));
    let interactionsCreated = 0;
    let touchpointsCreated = 0;
    for (const i of facts.interactions.values()) {
      if (known.has(i.id)) continue;
      interactionsCreated++;
      if ([...i.accountIds].some((a) => linked.has(a))) touchpointsCreated++;
    }
    const input = matches.matcherInput();
    const unlinked = [...facts.accounts.values()].filter((a) => !linked.has(a.id)).map((a) => ({ accountId: a.id, handle: a.handle, name: a.name }));
    const suggested = new Set(findCandidates(unlinked, input.people, input.identities, input.rejected).map((c) => c.accountId)).size;
    return { identitiesCreated, interactionsCreated, touchpointsCreated, matchesSuggested: suggested };
  }

  /**
   * The bulk write runs with a small page cache (16 MB instead of 64): it appends rows rather
   * than rereading them, and the import's memory stays bounded while the archive's facts are
   * still held; the usual cache comes back after, emptied.
   */
  function write(facts: ArchiveFacts, sourceName: string, zone: string, now: number) {
    const sqlite = db.$client;
    const cache = sqlite.pragma('cache_size', { simple: true }) as number;
    sqlite.pragma('cache_size = -16384');
    try {
      return writeAll(facts, sourceName, zone, now);
    } finally {
      sqlite.pragma(`cache_size = ${cache}`);
      sqlite.pragma('shrink_memory');
    }
  }

  function writeAll(facts: ArchiveFacts, sourceName: string, zone: string, now: number) {
    return atomically(db, () => {
      const importId = deps.imports.start(X_ARCHIVE_KIND, sourceName, now);
      deps.keepDayZone(zone, now);
      accounts.upsert([ownerWrite(facts)], true, importId, now);
      const identitiesCreated = accounts.upsert(accountWrites(facts), false, importId, now);
      const { added: fresh, grown } = accounts.insertInteractions(facts.interactions.values(), importId, now);
      accounts.refreshFigures([...facts.accounts.keys()]);
      const autoLinked = accounts.autoLinkable();
      const toSync = new Set([...fresh, ...grown]);
      for (const { accountId, personId } of autoLinked) {
        accounts.setLink(accountId, personId, 'auto', now);
        for (const i of accounts.interactionsOf(accountId)) toSync.add(i.id);
      }
      const touchpointsCreated = deps.linker.sync([...toSync], now, importId);
      const matchesSuggested = recomputeCandidates(now);
      const stats = { identitiesCreated, interactionsCreated: fresh.length, touchpointsCreated, matchesSuggested, autoLinked: autoLinked.map((a) => a.accountId) };
      deps.imports.finish(importId, { ...headline(facts), ...stats }, now);
      return { importId, identitiesCreated, interactionsCreated: fresh.length, touchpointsCreated, matchesSuggested };
    });
  }

  return {
    recomputeCandidates,

    async run(req: { path: string; dryRun: boolean; job?: string | undefined }, now: () => number): Promise<XImportReport> {
      const job = deps.jobs.start(req.job);
      const progress = (label: string, done: number, total: number | null) => deps.progress({ job: job.id, label, done, total });
      try {
        const zone = deps.dayZone();
        const facts = await readArchive(req.path, {
          dayOf: (at) => localDay(at, zone),
          signal: job.signal,
          onProgress: (p) => progress(p.label, p.done, p.total),
        });
        if (job.signal.aborted) throw cancelled(job.id);
        assertOwner(facts);
        const errors = facts.problems;
        if (req.dryRun) {
          progress('Counting what is new', 0, null);
          return { importId: null, dryRun: true, ...headline(facts), ...dryRun(facts), errors };
        }
        progress('Backing up before the import', 0, null);
        await deps.backup('pre-import');
        if (job.signal.aborted) throw cancelled(job.id);
        progress('Saving', 0, null);
        const written = write(facts, basename(req.path), zone, now());
        progress('Done', 1, 1);
        return { dryRun: false, ...headline(facts), ...written, errors };
      } catch (error) {
        if (isAbort(error)) throw cancelled(job.id);
        throw error;
      } finally {
        job.done();
      }
    },

    /** Takes back an X archive import: its touchpoints, interactions, the accounts only it brought, its automatic links. */
    undo(importId: string, now: number): ImportRecord {
      const record = deps.imports.get(importId);
      if (record.kind !== X_ARCHIVE_KIND) throw new AppError('INVALID_INPUT', `Import ${importId} is a ${record.kind} import; only X archive imports can be undone here`, { id: importId });
      if (record.status !== 'done') throw new AppError('CONFLICT', `Import ${importId} is ${record.status}`, { id: importId, status: record.status });
      const newest = deps.imports.newestDone(X_ARCHIVE_KIND);
      if (newest !== importId) {
        // Rows a later import saw again stay tagged with the first: undoing the older one would take them from the newer.
        throw new AppError('CONFLICT', 'Undo the newer import first: X archive imports are undone newest first', { id: importId, newer: newest });
      }
      return atomically(db, () => {
        const autoLinked = Array.isArray(record.stats?.autoLinked) ? (record.stats.autoLinked as string[]) : [];
        const made = accounts.touchpointsOfImport(importId);
        deps.touchpoints.deleteMany(made, now);
        const touched = accounts.removeImport(importId, autoLinked, made, now);
        accounts.refreshFigures(touched);
        recomputeCandidates(now);
        return deps.imports.markUndone(importId, now);
      });
    },
  };
}

export type XImportService = ReturnType<typeof createXImportService>;
