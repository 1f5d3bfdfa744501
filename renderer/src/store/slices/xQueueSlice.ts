import type { MatchCandidate, XMatch } from '../../../../shared/domain/xArchive';
import { invoke, toErrorInfo } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { SliceCreator } from '../types';

export const X_MATCHES_PAGE_SIZE = 50;
export type MatchScope = 'talk' | 'all';

/** The review queue: unlinked archive accounts with the people they may be, in one scope. */
export type XMatchesState = PagedState<XMatch> & { scope: MatchScope; withoutCandidates: boolean };

export interface XQueueSlice {
  xMatches: XMatchesState;
  /** Whether the archive holds any account at all (null: not asked yet); tells "none imported" from "all caught up". */
  xArchiveKnown: boolean | null;
  /** A new scope empties the list (its rows belong to the old one) and reads the first page. */
  setMatchScope(scope: MatchScope, withoutCandidates: boolean): Promise<void>;
  loadMatches(): Promise<void>;
  loadMoreMatches(): Promise<void>;
  refreshMatches(): Promise<void>;
  checkXArchive(): Promise<void>;
  /** "Not this person": the next candidate, if any, becomes the best. No undo: the core keeps no un-reject. */
  rejectMatch(match: XMatch, candidate: MatchCandidate): Promise<void>;
  /** Takes an account out of the queue at once (it was linked); the refresh that follows confirms it. */
  dropMatch(accountId: string): void;
}

export const initialXMatches: XMatchesState = { ...emptyPaged<XMatch>(), scope: 'talk', withoutCandidates: false };

export const createXQueueSlice: SliceCreator<XQueueSlice> = (set, get) => {
  const paged = pagedActions<XMatch>({
    read: () => get().xMatches,
    write: (partial, action) => set((s) => ({ xMatches: { ...s.xMatches, ...partial } }), undefined, `xMatches/${action}`),
    fetch: (cursor, limit) => {
      const { scope, withoutCandidates } = get().xMatches;
      return invoke('x:matches', { scope, withoutCandidates, limit, ...(cursor ? { cursor } : {}) });
    },
    keyOf: (m) => m.account.accountId,
    pageSize: X_MATCHES_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more accounts: ${error.message}` }),
  });

  function patchMatch(accountId: string, match: XMatch): void {
    set((s) => ({ xMatches: { ...s.xMatches, byId: { ...s.xMatches.byId, [accountId]: match } } }), undefined, 'xMatches/patch');
  }

  return {
    xMatches: initialXMatches,
    xArchiveKnown: null,

    async setMatchScope(scope, withoutCandidates) {
      const now = get().xMatches;
      // The same scope again (the screen opened anew): re-read quietly, keeping the rows.
      if (now.scope === scope && now.withoutCandidates === withoutCandidates && now.status !== 'idle') return paged.load(true);
      set({ xMatches: { ...initialXMatches, generation: now.generation, scope, withoutCandidates } }, undefined, 'xMatches/scope');
      await paged.load(false);
    },
    loadMatches: () => paged.load(get().xMatches.loaded),
    loadMoreMatches: paged.loadMore,
    async refreshMatches() {
      if (get().xMatches.status === 'idle') return;
      // An import may have brought the first accounts while the "none imported" state was shown.
      await Promise.all([paged.load(true), get().xArchiveKnown === false ? get().checkXArchive() : null]);
    },

    async checkXArchive() {
      try {
        const page = await invoke('x:accounts', { filter: 'all', limit: 1 });
        set({ xArchiveKnown: page.items.length > 0 }, undefined, 'xMatches/archiveKnown');
      } catch {
        // Unknown stays unknown: the queue then says "all caught up" rather than guessing.
      }
    },

    dropMatch(accountId) {
      set((s) => ({ xMatches: { ...s.xMatches, ids: s.xMatches.ids.filter((id) => id !== accountId) } }), undefined, 'xMatches/drop');
    },

    async rejectMatch(match, candidate) {
      const { accountId } = match.account;
      try {
        await invoke('x:reject', { accountId, personId: candidate.person.id });
        const current = get().xMatches.byId[accountId] ?? match;
        patchMatch(accountId, { ...current, candidates: current.candidates.filter((c) => c.person.id !== candidate.person.id) });
        const handle = match.account.handle ? `@${match.account.handle}` : 'This account';
        get().pushToast({ tone: 'info', message: `${handle} is not ${candidate.person.name}: never suggested for them again` });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not reject ${candidate.person.name}: ${toErrorInfo(error).message}` });
      }
      // Without candidates left, an account leaves the "all accounts" queue; the core decides.
      void get().refreshMatches();
    },
  };
};
