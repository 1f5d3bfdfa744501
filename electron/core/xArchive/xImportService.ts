import { basename } from 'node:path';
import { sql } from 'drizzle-orm';
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
  timeZone(): string;
  backup(reason: string): Promise<unknown>;
  progress(event: ProgressEvent): void;
}) {
  const { db, accounts, matches } = deps;

  /** Replaces every suggestion; returns how many accounts have at least one. */
  function recomputeCandidates(now: number): number {
    const input = matches.matcherInput();
    const candidates = findCandidates(input.accounts, input.people, input.identities, input.rejected);
    matches.replaceAll(candidates, now);
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

  /** Accounts not yet linked whose id is already on a person's X identity: the same account, certainly. */
  function autoLinkable(): { accountId: string; personId: string }[] {
    return db.all(sql`SELECT a.account_id AS accountId, i.person_id AS personId FROM x_accounts a
      JOIN identities i ON i.x_account_id = a.account_id AND i.deleted_at IS NULL WHERE a.person_id IS NULL AND a.is_owner = 0`);
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
    const linked = new Set(db.all<{ id: string }>(sql`SELECT account_id AS id FROM x_accounts WHERE person_id IS NOT NULL`).map((r) => r.id));
    for (const a of autoLinkable()) linked.add(a.accountId);
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

  function write(facts: ArchiveFacts, sourceName: string, now: number) {
    return atomically(db, () => {
      const importId = deps.imports.start(X_ARCHIVE_KIND, sourceName, now);
      accounts.upsert([ownerWrite(facts)], true, importId, now);
      const identitiesCreated = accounts.upsert(accountWrites(facts), false, importId, now);
      const fresh = accounts.insertInteractions(facts.interactions.values(), importId, now);
      accounts.refreshFigures([...facts.accounts.keys()]);
      const autoLinked = autoLinkable();
      const toSync = new Set(fresh);
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
        const zone = deps.timeZone();
        const facts = await readArchive(req.path, {
          dayOf: (at) => localDay(at, zone),
          signal: job.signal,
          onProgress: (p) => progress(p.label, p.done, p.total),
        });
        if (job.signal.aborted) throw cancelled(job.id);
        const errors = facts.problems;
        if (req.dryRun) {
          progress('Counting what is new', 0, null);
          return { importId: null, dryRun: true, ...headline(facts), ...dryRun(facts), errors };
        }
        progress('Backing up before the import', 0, null);
        await deps.backup('pre-import');
        if (job.signal.aborted) throw cancelled(job.id);
        progress('Saving', 0, null);
        const written = write(facts, basename(req.path), now());
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
      return atomically(db, () => {
        const autoLinked = Array.isArray(record.stats?.autoLinked) ? (record.stats.autoLinked as string[]) : [];
        for (const accountId of autoLinked) {
          db.run(sql`UPDATE x_accounts SET person_id = NULL, linked_by = NULL, updated_at = ${now} WHERE account_id = ${accountId} AND linked_by = 'auto'`);
        }
        const made = db.all<{ id: string }>(sql`SELECT id FROM touchpoints WHERE import_id = ${importId} AND deleted_at IS NULL`).map((r) => r.id);
        deps.touchpoints.deleteMany(made, now);
        db.run(sql`UPDATE x_interactions SET touchpoint_id = NULL WHERE touchpoint_id IN (SELECT id FROM touchpoints WHERE import_id = ${importId})`);
        const touched = db.all<{ id: string }>(sql`SELECT DISTINCT ia.account_id AS id FROM x_interaction_accounts ia
          JOIN x_interactions i ON i.id = ia.interaction_id WHERE i.import_id = ${importId}`).map((r) => r.id);
        db.run(sql`DELETE FROM x_interaction_accounts WHERE interaction_id IN (SELECT id FROM x_interactions WHERE import_id = ${importId})`);
        db.run(sql`DELETE FROM x_interactions WHERE import_id = ${importId}`);
        // Accounts only this import brought, still unlinked and now without interactions.
        const orphan = sql`SELECT account_id FROM x_accounts a WHERE a.import_id = ${importId} AND a.person_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM x_interaction_accounts ia WHERE ia.account_id = a.account_id)`;
        db.run(sql`DELETE FROM x_match_candidates WHERE account_id IN (${orphan})`);
        db.run(sql`DELETE FROM x_accounts WHERE account_id IN (${orphan})`);
        accounts.refreshFigures(touched);
        recomputeCandidates(now);
        return deps.imports.markUndone(importId, now);
      });
    },
  };
}

export type XImportService = ReturnType<typeof createXImportService>;
