import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../../db/client';
import type { IdentitiesRepository } from '../../db/repositories/identitiesRepository';
import { requirePerson, touchPerson } from '../../db/repositories/personRows';
import type { TouchpointsRepository, TouchpointWrite } from '../../db/repositories/touchpointsRepository';
import type { XAccountsRepository } from '../../db/repositories/xAccountsRepository';
import type { XMatchesRepository } from '../../db/repositories/xMatchesRepository';
import type { FollowUps } from '../reminders/followUps';

export type LinkedBy = 'auto' | 'accepted' | 'manual' | 'created';

const CHANNEL: Record<string, 'x_dm' | 'x_mention'> = { dm: 'x_dm', group_dm: 'x_dm', reply: 'x_mention', mention: 'x_mention', retweet: 'x_mention' };

/**
 * Links archive accounts to people and keeps touchpoints in step: an interaction is a
 * touchpoint with every person linked to one of its accounts, and stops being one (soft
 * deleted, so relinking revives it) when none is linked any more.
 */
export function createXLinker(deps: {
  db: Db;
  accounts: XAccountsRepository;
  matches: XMatchesRepository;
  identities: IdentitiesRepository;
  touchpoints: TouchpointsRepository;
  followUps: FollowUps;
  /** Suggestions again for these accounts (the import service's). */
  recomputeCandidates(now: number, accountIds?: string[]): number;
}) {
  const { db, accounts, identities, touchpoints } = deps;

  /** Makes the touchpoints of `interactionIds` match their linked people; returns how many became live. */
  function sync(interactionIds: string[], now: number, importId: string | null = null): number {
    if (interactionIds.length === 0) return 0;
    const rows = accounts.interactionsByIds(interactionIds);
    const people = accounts.peopleOf(interactionIds);
    const fresh: { interactionId: string; write: TouchpointWrite }[] = [];
    const newest = new Map<string, number>();
    let live = 0;
    const noteAt = (personIds: string[], at: number) => personIds.forEach((p) => newest.set(p, Math.max(newest.get(p) ?? at, at)));
    const existing = new Map(touchpoints.byIds(rows.flatMap((r) => (r.touchpointId ? [r.touchpointId] : []))).map((t) => [t.id, t]));
    for (const row of rows) {
      const personIds = people.get(row.id) ?? [];
      if (!row.touchpointId) {
        if (personIds.length === 0) continue;
        fresh.push({
          interactionId: row.id,
          write: {
            at: new Date(row.at).toISOString(),
            channel: CHANNEL[row.kind] ?? 'x_mention',
            initiatedBy: row.initiatedBy,
            kind: row.kind === 'retweet' ? 'share' : 'conversation',
            personIds,
            note: row.note,
            externalId: row.id,
            importId,
          },
        });
        noteAt(personIds, row.at);
        continue;
      }
      const tp = existing.get(row.touchpointId);
      if (!tp) continue;
      const current = tp.participants.map((p) => p.id).sort();
      const wanted = [...personIds].sort();
      if (wanted.length === 0) {
        if (tp.deletedAt === null) touchpoints.setDeleted(row.touchpointId, true, now);
        continue;
      }
      const at = new Date(row.at).toISOString();
      // A newer archive can bring the rest of a day: the touchpoint takes its new start and note.
      const moved = tp.at !== at || tp.initiatedBy !== row.initiatedBy || tp.note !== row.note;
      if (current.join() !== wanted.join() || moved) {
        touchpoints.update({ id: row.touchpointId, patch: { personIds: wanted, at, initiatedBy: row.initiatedBy, note: row.note } }, now);
      }
      if (tp.deletedAt !== null) {
        touchpoints.setDeleted(row.touchpointId, false, now);
        live++;
      }
      noteAt(wanted, row.at);
    }
    if (fresh.length > 0) {
      const ids = touchpoints.insertMany(
        fresh.map((f) => f.write),
        now,
      );
      fresh.forEach((f, i) => accounts.setTouchpoint(f.interactionId, ids[i]!));
      live += ids.length;
    }
    // An X conversation after meeting someone at an event is the follow-up.
    for (const [personId, at] of newest) deps.followUps.settle([personId], at, null, now);
    return live;
  }

  /** Gives the person the account as an X identity (or the account id to the handle they already have). */
  function attachIdentity(accountId: string, handle: string | null, personId: string, now: number): void {
    const holder = identities.ownerOfXAccount(accountId);
    if (holder && holder.personId !== personId) throw new AppError('CONFLICT', `X account ${holder.display} already belongs to ${holder.name}`, { accountId, personId: holder.personId });
    if (holder) return;
    const key = handle?.toLowerCase() ?? null;
    if (key) {
      const owner = identities.ownerOf('x', key);
      if (owner && owner.personId !== personId) throw new AppError('CONFLICT', `@${handle} already belongs to ${owner.name}`, { accountId, personId: owner.personId });
      if (owner) {
        identities.setXAccountId(personId, key, accountId, now);
        return;
      }
    }
    identities.insert(
      personId,
      [{ kind: 'x', value: key ?? `#${accountId}`, display: handle ? `@${handle}` : `X account ${accountId}`, xAccountId: accountId, label: null, primary: false }],
      now,
    );
  }

  function requireAccount(accountId: string) {
    const account = accounts.raw(accountId);
    if (!account) throw new AppError('NOT_FOUND', `No X account ${accountId} in the imported archives`, { accountId });
    return account;
  }

  return {
    sync,

    /** Links an account to a person; CONFLICT when it is linked to someone else. Returns how many touchpoints they now share through it. */
    link(accountId: string, personId: string, linkedBy: LinkedBy, now: number): number {
      return atomically(db, () => {
        const account = requireAccount(accountId);
        if (accounts.get(accountId)?.isOwner) throw new AppError('INVALID_INPUT', 'This is your own X account', { accountId });
        requirePerson(db, personId);
        if (account.person_id === personId) return 0;
        if (account.person_id) {
          const name = requirePerson(db, account.person_id);
          throw new AppError('CONFLICT', `X account ${account.handle ? `@${account.handle}` : accountId} is linked to ${name}; unlink it first`, {
            accountId,
            personId: account.person_id,
          });
        }
        attachIdentity(accountId, account.handle, personId, now);
        accounts.setLink(accountId, personId, linkedBy, now);
        deps.matches.clearCandidates(accountId);
        // Linking by hand overrules an earlier "not them".
        deps.matches.forget(accountId, personId);
        touchPerson(db, personId, now);
        sync(
          accounts.interactionsOf(accountId).map((i) => i.id),
          now,
        );
        // Every interaction of the account is now a touchpoint with them (some were already, with others in a group).
        return accounts.interactionsOf(accountId).filter((i) => i.touchpointId !== null).length;
      });
    },

    /**
     * After the user gives a person an X handle or account id by hand: links the archive
     * account it names, if it is known and not linked to anyone. Returns the accounts linked.
     */
    linkKnown(personId: string, now: number): string[] {
      const linked: string[] = [];
      for (const accountId of accounts.knownFor(personId)) {
        try {
          this.link(accountId, personId, 'manual', now);
          linked.push(accountId);
        } catch (error) {
          // A handle that is now someone else's account id stays a plain identity.
          if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
        }
      }
      return linked;
    },

    /**
     * Unlinks: its touchpoints leave the person (and go back to waiting on the account), the
     * X identity goes, and the pair is remembered as "not them" so no import suggests it again
     * (unless `remember` is false: undoing a link just made brings the suggestions back).
     */
    unlink(accountId: string, now: number, options: { remember: boolean } = { remember: true }): { personId: string | null; touchpoints: number } {
      return atomically(db, () => {
        const account = requireAccount(accountId);
        const personId = account.person_id;
        if (!personId) return { personId: null, touchpoints: 0 };
        accounts.setLink(accountId, null, null, now);
        for (const id of identities.withXAccount(accountId)) identities.remove(id, now);
        if (options.remember) deps.matches.reject(accountId, personId, now);
        else deps.recomputeCandidates(now, [accountId]);
        const interactions = accounts.interactionsOf(accountId);
        const shared = touchpoints
          .byIds(interactions.flatMap((i) => (i.touchpointId ? [i.touchpointId] : [])))
          .filter((t) => t.deletedAt === null && t.participants.some((p) => p.id === personId)).length;
        sync(
          interactions.map((i) => i.id),
          now,
        );
        touchPerson(db, personId, now);
        return { personId, touchpoints: shared };
      });
    },
  };
}

export type XLinker = ReturnType<typeof createXLinker>;
