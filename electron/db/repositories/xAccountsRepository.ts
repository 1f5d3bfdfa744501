import type { XAccount } from '../../../shared/domain/xArchive';
import type { Db } from '../client';
import { type XAccountRow, toXAccount } from './xAccountRows';

export interface AccountWrite {
  id: string;
  handle: string | null;
  name: string | null;
  seenAt: number | null;
  handles: { handle: string; seenAt: number | null; source: string }[];
  following: boolean;
  follower: boolean;
}

export interface InteractionWrite {
  id: string;
  kind: string;
  at: number;
  initiatedBy: 'me' | 'them';
  sent: number;
  received: number;
  note: string | null;
  accountIds: Iterable<string>;
}

export interface InteractionRow {
  id: string;
  kind: string;
  at: number;
  initiatedBy: 'me' | 'them';
  note: string | null;
  touchpointId: string | null;
}

const ACCOUNT_SELECT = `SELECT a.*, p.display_name AS person_name FROM x_accounts a LEFT JOIN people p ON p.id = a.person_id`;

/**
 * Accounts from the X archive and their interactions. Bulk writes go straight to prepared
 * statements: an archive brings tens of thousands of rows, and they run inside the import's
 * one transaction.
 */
export function createXAccountsRepository(db: Db) {
  const sqlite = db.$client;
  const q = {
    get: sqlite.prepare(`${ACCOUNT_SELECT} WHERE a.account_id = ?`),
    byHandle: sqlite.prepare(`${ACCOUNT_SELECT} WHERE a.handle_key = ? ORDER BY a.last_at DESC LIMIT 1`),
    ofPerson: sqlite.prepare(`${ACCOUNT_SELECT} WHERE a.person_id = ? ORDER BY a.account_id`),
    raw: sqlite.prepare(`SELECT account_id, handle, name, handles, named_by_hand, person_id, import_id FROM x_accounts WHERE account_id = ?`),
    insert: sqlite.prepare(`INSERT INTO x_accounts (account_id, handle, handle_key, name, handles, is_owner, following, follower, import_id, created_at, updated_at)
      VALUES (@id, @handle, lower(@handle), @name, @handles, @owner, @following, @follower, @importId, @now, @now)`),
    update: sqlite.prepare(`UPDATE x_accounts SET handle = @handle, handle_key = lower(@handle), name = @name, handles = @handles,
      following = @following, follower = @follower, is_owner = max(is_owner, @owner), updated_at = @now WHERE account_id = @id`),
    insertInteraction: sqlite.prepare(`INSERT OR IGNORE INTO x_interactions (id, kind, at, initiated_by, sent, received, note, import_id, created_at)
      VALUES (@id, @kind, @at, @initiatedBy, @sent, @received, @note, @importId, @now)`),
    insertMember: sqlite.prepare(`INSERT OR IGNORE INTO x_interaction_accounts (interaction_id, account_id) VALUES (?, ?)`),
    counts: sqlite.prepare(`SELECT sent + received AS messages FROM x_interactions WHERE id = ?`),
    grow: sqlite.prepare(`UPDATE x_interactions SET at = @at, initiated_by = @initiatedBy, sent = @sent, received = @received, note = @note WHERE id = @id`),
    autoLinkable: sqlite.prepare(`SELECT a.account_id AS accountId, i.person_id AS personId FROM x_accounts a
      JOIN identities i ON i.x_account_id = a.account_id AND i.deleted_at IS NULL WHERE a.person_id IS NULL AND a.is_owner = 0`),
    linkedIds: sqlite.prepare(`SELECT account_id FROM x_accounts WHERE person_id IS NOT NULL`),
    knownFor: sqlite.prepare(`SELECT DISTINCT a.account_id AS accountId FROM identities i
      JOIN x_accounts a ON (a.account_id = i.x_account_id OR (i.x_account_id IS NULL AND a.handle_key = i.value))
      WHERE i.person_id = ? AND i.kind = 'x' AND i.deleted_at IS NULL AND a.person_id IS NULL AND a.is_owner = 0`),
    figures: sqlite.prepare(`UPDATE x_accounts SET (messages_sent, messages_received, mentions_by_me, replies_by_me, last_at) = (
        SELECT coalesce(sum(CASE WHEN i.kind = 'dm' THEN i.sent END), 0), coalesce(sum(CASE WHEN i.kind = 'dm' THEN i.received END), 0),
          count(CASE WHEN i.kind = 'mention' THEN 1 END), count(CASE WHEN i.kind = 'reply' THEN 1 END), max(i.at)
        FROM x_interaction_accounts ia JOIN x_interactions i ON i.id = ia.interaction_id WHERE ia.account_id = x_accounts.account_id)
      WHERE account_id IN (SELECT value FROM json_each(?))`),
    setLink: sqlite.prepare(`UPDATE x_accounts SET person_id = @personId, linked_by = @linkedBy, updated_at = @now WHERE account_id = @id`),
    interactionsOf: sqlite.prepare(`SELECT i.id, i.kind, i.at, i.initiated_by AS initiatedBy, i.note, i.touchpoint_id AS touchpointId
      FROM x_interaction_accounts ia JOIN x_interactions i ON i.id = ia.interaction_id WHERE ia.account_id = ?`),
    interactionsByIds: sqlite.prepare(`SELECT id, kind, at, initiated_by AS initiatedBy, note, touchpoint_id AS touchpointId
      FROM x_interactions WHERE id IN (SELECT value FROM json_each(?))`),
    /** Linked people of each interaction in `ids`: who its touchpoint should be with. */
    peopleOf: sqlite.prepare(`SELECT DISTINCT ia.interaction_id AS interactionId, a.person_id AS personId
      FROM x_interaction_accounts ia JOIN x_accounts a ON a.account_id = ia.account_id AND a.person_id IS NOT NULL
      WHERE ia.interaction_id IN (SELECT value FROM json_each(?))`),
    setTouchpoint: sqlite.prepare(`UPDATE x_interactions SET touchpoint_id = ? WHERE id = ?`),
    owner: sqlite.prepare(`SELECT account_id AS accountId, handle FROM x_accounts WHERE is_owner = 1 LIMIT 1`),
    count: sqlite.prepare(`SELECT count(*) AS n FROM x_accounts WHERE is_owner = 0`),
    linkedThrough: sqlite.prepare(`SELECT a.account_id AS accountId FROM identities i JOIN x_accounts a ON a.account_id = i.x_account_id AND a.person_id = i.person_id
      WHERE i.id = ? AND i.deleted_at IS NULL`),
  };

  function get(accountId: string): XAccount | null {
    const row = q.get.get(accountId) as XAccountRow | undefined;
    return row ? toXAccount(row) : null;
  }

  return {
    get,
    raw: (accountId: string) =>
      q.raw.get(accountId) as
        | { account_id: string; handle: string | null; name: string | null; handles: string; named_by_hand: number; person_id: string | null; import_id: string | null }
        | undefined,
    byHandle(handle: string): XAccount | null {
      const row = q.byHandle.get(handle.toLowerCase()) as XAccountRow | undefined;
      return row ? toXAccount(row) : null;
    },
    ofPerson: (personId: string): XAccount[] => (q.ofPerson.all(personId) as XAccountRow[]).map(toXAccount),
    owner: () => (q.owner.get() as { accountId: string; handle: string | null } | undefined) ?? null,
    count: () => (q.count.get() as { n: number }).n,
    /** The linked account an identity stands for, if it is one. */
    linkedThrough: (identityId: string) => (q.linkedThrough.get(identityId) as { accountId: string } | undefined)?.accountId ?? null,

    /**
     * Adds new accounts and refreshes known ones: the newest handle wins (by when it was seen),
     * handle history merges, follow state is this archive's, a name given by hand stays.
     * Returns how many were new.
     */
    upsert(accounts: Iterable<AccountWrite>, owner: boolean, importId: string | null, now: number): number {
      let created = 0;
      for (const a of accounts) {
        const known = q.raw.get(a.id) as { handle: string | null; name: string | null; handles: string; named_by_hand: number } | undefined;
        if (!known) {
          q.insert.run({ ...flags(a, owner), handles: JSON.stringify(mergeHandles([], a.handles)), importId, now });
          created++;
          continue;
        }
        const history = mergeHandles(JSON.parse(known.handles) as AccountWrite['handles'], a.handles);
        const newest = history.reduce<AccountWrite['handles'][number] | null>((best, h) => (best === null || (h.seenAt ?? -1) >= (best.seenAt ?? -1) ? h : best), null);
        const byHand = known.named_by_hand === 1;
        q.update.run({
          ...flags(a, owner),
          handle: byHand ? known.handle : (newest?.handle ?? known.handle),
          name: byHand ? known.name : (a.name ?? known.name),
          handles: JSON.stringify(history),
          now,
        });
      }
      return created;
    },

    /**
     * Inserts interactions not seen before (by external id) with their accounts. One already
     * known that now has more messages (a newer archive with the rest of that day) takes the
     * new counts, start and note. Returns the new ids and the grown ones.
     */
    insertInteractions(interactions: Iterable<InteractionWrite>, importId: string | null, now: number): { added: string[]; grown: string[] } {
      const added: string[] = [];
      const grown: string[] = [];
      for (const i of interactions) {
        const row = { id: i.id, kind: i.kind, at: i.at, initiatedBy: i.initiatedBy, sent: i.sent, received: i.received, note: i.note };
        const { changes } = q.insertInteraction.run({ ...row, importId, now });
        if (changes > 0) added.push(i.id);
        else if ((q.counts.get(i.id) as { messages: number }).messages < i.sent + i.received) {
          q.grow.run(row);
          grown.push(i.id);
        }
        for (const accountId of i.accountIds) q.insertMember.run(i.id, accountId);
      }
      return { added, grown };
    },

    /** Recounts messages, replies, mentions and the last interaction of `accountIds` from their interactions. */
    refreshFigures(accountIds: string[]): void {
      for (let i = 0; i < accountIds.length; i += 5000) q.figures.run(JSON.stringify(accountIds.slice(i, i + 5000)));
    },

    /** The user names an account the archive left unresolved; later imports keep this name. */
    nameByHand(accountId: string, handle: string, name: string | null, now: number): void {
      const known = q.raw.get(accountId) as { handles: string; name: string | null } | undefined;
      if (!known) return;
      const history = mergeHandles(JSON.parse(known.handles) as AccountWrite['handles'], [{ handle, seenAt: now, source: 'by hand' }]);
      sqlite
        .prepare(`UPDATE x_accounts SET handle = ?, handle_key = lower(?), name = ?, handles = ?, named_by_hand = 1, updated_at = ? WHERE account_id = ?`)
        .run(handle, handle, name ?? known.name, JSON.stringify(history), now, accountId);
    },

    setLink(accountId: string, personId: string | null, linkedBy: string | null, now: number): void {
      q.setLink.run({ id: accountId, personId, linkedBy, now });
    },

    interactionsOf: (accountId: string) => q.interactionsOf.all(accountId) as InteractionRow[],
    interactionsByIds(ids: string[]): InteractionRow[] {
      const rows: InteractionRow[] = [];
      for (let i = 0; i < ids.length; i += 5000) rows.push(...(q.interactionsByIds.all(JSON.stringify(ids.slice(i, i + 5000))) as InteractionRow[]));
      return rows;
    },
    /** The people each interaction should be a touchpoint with (through its linked accounts). */
    peopleOf(interactionIds: string[]): Map<string, string[]> {
      const byInteraction = new Map<string, string[]>();
      for (let i = 0; i < interactionIds.length; i += 5000) {
        const rows = q.peopleOf.all(JSON.stringify(interactionIds.slice(i, i + 5000))) as { interactionId: string; personId: string }[];
        for (const r of rows) {
          const list = byInteraction.get(r.interactionId);
          if (list) list.push(r.personId);
          else byInteraction.set(r.interactionId, [r.personId]);
        }
      }
      return byInteraction;
    },
    /** Unlinked accounts whose id is already on a person's X identity: the same account, certainly. */
    autoLinkable: () => q.autoLinkable.all() as { accountId: string; personId: string }[],
    linkedIds: () => new Set(q.linkedIds.pluck().all() as string[]),
    /** Unlinked archive accounts a person's X identities name (by account id, else by handle). */
    knownFor: (personId: string) => (q.knownFor.all(personId) as { accountId: string }[]).map((r) => r.accountId),

    /** Every touchpoint an import's interactions became (whoever linked them) or the import wrote, live or not. */
    touchpointsOfImport(importId: string): string[] {
      return sqlite
        .prepare(`SELECT touchpoint_id FROM x_interactions WHERE import_id = ? AND touchpoint_id IS NOT NULL UNION SELECT id FROM touchpoints WHERE import_id = ?`)
        .pluck()
        .all(importId, importId) as string[];
    },

    /**
     * Removes what an import added (call after its touchpoints are deleted): its automatic
     * links, its interactions, and the accounts only it brought that are unlinked and without
     * interactions now. Returns the accounts whose figures need recounting.
     */
    removeImport(importId: string, autoLinked: string[], touchpointIds: string[], now: number): string[] {
      const unlinkAuto = sqlite.prepare(`UPDATE x_accounts SET person_id = NULL, linked_by = NULL, updated_at = ? WHERE account_id = ? AND linked_by = 'auto'`);
      for (const accountId of autoLinked) unlinkAuto.run(now, accountId);
      const clear = sqlite.prepare(`UPDATE x_interactions SET touchpoint_id = NULL WHERE touchpoint_id IN (SELECT value FROM json_each(?))`);
      for (let i = 0; i < touchpointIds.length; i += 5000) clear.run(JSON.stringify(touchpointIds.slice(i, i + 5000)));
      const mine = `SELECT id FROM x_interactions WHERE import_id = @importId`;
      const touched = sqlite.prepare(`SELECT DISTINCT account_id FROM x_interaction_accounts WHERE interaction_id IN (${mine})`).pluck().all({ importId }) as string[];
      sqlite.prepare(`DELETE FROM x_interaction_accounts WHERE interaction_id IN (${mine})`).run({ importId });
      sqlite.prepare(`DELETE FROM x_interactions WHERE import_id = @importId`).run({ importId });
      const orphan = `SELECT account_id FROM x_accounts a WHERE a.import_id = @importId AND a.person_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM x_interaction_accounts ia WHERE ia.account_id = a.account_id)`;
      sqlite.prepare(`DELETE FROM x_match_candidates WHERE account_id IN (${orphan})`).run({ importId });
      sqlite.prepare(`DELETE FROM x_accounts WHERE account_id IN (${orphan})`).run({ importId });
      return touched;
    },

    setTouchpoint(interactionId: string, touchpointId: string | null): void {
      q.setTouchpoint.run(touchpointId, interactionId);
    },
  };
}

function flags(a: AccountWrite, owner: boolean) {
  return { id: a.id, handle: a.handle, name: a.name, owner: owner ? 1 : 0, following: a.following ? 1 : 0, follower: a.follower ? 1 : 0 };
}

/** One entry per handle (case-insensitive), keeping the latest sighting, oldest first. */
function mergeHandles(a: AccountWrite['handles'], b: AccountWrite['handles']): AccountWrite['handles'] {
  const byKey = new Map<string, AccountWrite['handles'][number]>();
  for (const h of [...a, ...b]) {
    const key = h.handle.toLowerCase();
    const seen = byKey.get(key);
    if (!seen || (h.seenAt ?? -1) > (seen.seenAt ?? -1)) byKey.set(key, h);
  }
  return [...byKey.values()].sort((x, y) => (x.seenAt ?? -1) - (y.seenAt ?? -1));
}

export type XAccountsRepository = ReturnType<typeof createXAccountsRepository>;
