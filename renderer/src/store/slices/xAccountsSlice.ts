import type { X_ACCOUNT_FILTERS, X_PEOPLE_VIEWS, XAccount } from '../../../../shared/domain/xArchive';
import type { Res } from '../../../../shared/ipc/contract';
import { invoke } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { SliceCreator } from '../types';

export const X_ACCOUNTS_PAGE_SIZE = 50;
export type XAccountFilter = (typeof X_ACCOUNT_FILTERS)[number];
export type XPeopleView = (typeof X_PEOPLE_VIEWS)[number];
export type XPersonRow = Res<'x:people'>['items'][number];

export type XAccountsState = PagedState<XAccount> & { filter: XAccountFilter; text: string };
export type XPeopleState = PagedState<XPersonRow> & { view: XPeopleView };

/** The archive's accounts by filter, and the people views (talk but never met; met, not on X). */
export interface XAccountsSlice {
  xAccounts: XAccountsState;
  xPeople: XPeopleState;
  /** A new filter empties the list and reads it; new text re-reads keeping the rows until the answer. */
  setXAccountsQuery(filter: XAccountFilter, text: string): Promise<void>;
  loadMoreXAccounts(): Promise<void>;
  refreshXAccounts(): Promise<void>;
  setXPeopleView(view: XPeopleView): Promise<void>;
  loadMoreXPeople(): Promise<void>;
  refreshXPeople(): Promise<void>;
  dropXAccount(accountId: string): void;
  /** Names an unresolved account by hand; throws AppError so the dialog can place it. */
  nameXAccount(accountId: string, handle: string, name?: string): Promise<XAccount>;
}

export const initialXAccounts: XAccountsState = { ...emptyPaged<XAccount>(), filter: 'mutual_unlinked', text: '' };
export const initialXPeople: XPeopleState = { ...emptyPaged<XPersonRow>(), view: 'talk_never_met' };

export const createXAccountsSlice: SliceCreator<XAccountsSlice> = (set, get) => {
  const accounts = pagedActions<XAccount>({
    read: () => get().xAccounts,
    write: (partial, action) => set((s) => ({ xAccounts: { ...s.xAccounts, ...partial } }), undefined, `xAccounts/${action}`),
    fetch: (cursor, limit) => {
      const { filter, text } = get().xAccounts;
      return invoke('x:accounts', { filter, limit, ...(text.trim() ? { text: text.trim() } : {}), ...(cursor ? { cursor } : {}) });
    },
    keyOf: (a) => a.accountId,
    pageSize: X_ACCOUNTS_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more accounts: ${error.message}` }),
  });
  const people = pagedActions<XPersonRow>({
    read: () => get().xPeople,
    write: (partial, action) => set((s) => ({ xPeople: { ...s.xPeople, ...partial } }), undefined, `xPeople/${action}`),
    fetch: (cursor, limit) => invoke('x:people', { view: get().xPeople.view, limit, ...(cursor ? { cursor } : {}) }),
    keyOf: (r) => r.person.id,
    pageSize: X_ACCOUNTS_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more people: ${error.message}` }),
  });

  return {
    xAccounts: initialXAccounts,
    xPeople: initialXPeople,

    async setXAccountsQuery(filter, text) {
      const now = get().xAccounts;
      if (now.filter === filter && now.text === text && now.status !== 'idle') return accounts.load(true);
      const sameList = now.filter === filter && now.status !== 'idle';
      set({ xAccounts: sameList ? { ...now, text } : { ...initialXAccounts, generation: now.generation, filter, text } }, undefined, 'xAccounts/query');
      await accounts.load(sameList);
    },
    loadMoreXAccounts: accounts.loadMore,
    async refreshXAccounts() {
      if (get().xAccounts.status !== 'idle') await accounts.load(true);
    },

    async setXPeopleView(view) {
      const now = get().xPeople;
      if (now.view === view && now.status !== 'idle') return people.load(true);
      set({ xPeople: { ...initialXPeople, generation: now.generation, view } }, undefined, 'xPeople/view');
      await people.load(false);
    },
    loadMoreXPeople: people.loadMore,
    async refreshXPeople() {
      if (get().xPeople.status !== 'idle') await people.load(true);
    },

    dropXAccount(accountId) {
      // A linked account leaves the unlinked lists; the others show it linked once re-read.
      if (!['unmatched', 'mutual_unlinked'].includes(get().xAccounts.filter)) return;
      set((s) => ({ xAccounts: { ...s.xAccounts, ids: s.xAccounts.ids.filter((id) => id !== accountId) } }), undefined, 'xAccounts/drop');
    },

    async nameXAccount(accountId, handle, name) {
      const account = await invoke('x:name-account', { accountId, handle, ...(name?.trim() ? { name: name.trim() } : {}) });
      set((s) => ({ xAccounts: { ...s.xAccounts, byId: { ...s.xAccounts.byId, [accountId]: account } } }), undefined, 'xAccounts/named');
      if (get().xAccounts.filter === 'unresolved') set((s) => ({ xAccounts: { ...s.xAccounts, ids: s.xAccounts.ids.filter((id) => id !== accountId) } }), undefined, 'xAccounts/resolved');
      get().pushToast({ tone: 'success', message: `Named the account @${account.handle ?? handle.replace(/^@/, '')}` });
      void get().refreshMatches();
      return account;
    },
  };
};
