import type { Ref } from '../../../../shared/domain/common';
import type { XAccount } from '../../../../shared/domain/xArchive';
import { invoke, toErrorInfo } from '../../lib/api';
import type { SliceCreator } from '../types';
import type { MatchScope } from './xQueueSlice';

type AccountRef = Pick<XAccount, 'accountId' | 'handle'>;

/** An account and the person the bulk accept is about to link it to (what its Undo takes back). */
export interface PlannedLink {
  account: AccountRef;
  person: Ref;
}

/**
 * Linking archive accounts to people, from the queue, the accounts views and the person page.
 * Every link has Undo (unlink), every unlink has Undo (link back). A link takes the account
 * out of the lists at once; the change events that follow (touchpoints moved) re-read what is
 * on screen, so no action re-reads by itself.
 */
export interface XLinkSlice {
  /** Links an account to a person (accepting a candidate, or one picked by hand). */
  linkXAccount(account: AccountRef, person: Ref): Promise<boolean>;
  unlinkXAccount(account: AccountRef, person: Ref): Promise<boolean>;
  /** A new person from the account, linked to it; Undo unlinks and archives them. */
  createPersonFromX(account: AccountRef, name?: string): Promise<boolean>;
  /**
   * Accepts every best candidate at or above `minConfidence`. `planned` is what the user
   * confirmed (the core answers only counts), so Undo unlinks exactly those accounts.
   */
  acceptXAbove(minConfidence: number, scope: MatchScope, planned: PlannedLink[]): Promise<boolean>;
  /** Re-reads every X view that was opened: the queue, accounts, people views and the journey card. */
  refreshX(): Promise<void>;
}

const handleOf = (a: AccountRef) => (a.handle ? `@${a.handle}` : 'the account');
/** Where unlinked accounts without suggestions are found again, to link them by hand. */
const NOT_LINKED = { label: 'X accounts', href: '/x/accounts?tab=all&filter=unmatched' };
const touchpoints = (n: number) => (n === 0 ? '' : ` (${n} touchpoint${n === 1 ? '' : 's'})`);

export const createXLinkSlice: SliceCreator<XLinkSlice> = (_set, get) => {
  const fail = (what: string, error: unknown) => get().pushToast({ tone: 'error', message: `${what}: ${toErrorInfo(error).message}` });

  function gone(accountId: string): void {
    get().dropMatch(accountId);
    get().dropXAccount(accountId);
  }

  async function quietUnlink(account: AccountRef): Promise<boolean> {
    try {
      // Undo of a link just made: the core forgets it rather than remembering "not them".
      await invoke('x:unlink', { accountId: account.accountId, undo: true });
      return true;
    } catch (error) {
      fail('Could not undo', error);
      return false;
    }
  }

  return {
    async linkXAccount(account, person) {
      try {
        const result = await invoke('x:link', { accountId: account.accountId, personId: person.id });
        gone(account.accountId);
        get().pushToast({
          tone: 'success',
          message: `Linked ${handleOf(account)} to ${person.name}${touchpoints(result.touchpoints)}`,
          link: { label: 'Open', href: `/people/${person.id}` },
          action: {
            label: 'Undo',
            run: async () => {
              if (await quietUnlink(account)) get().pushToast({ tone: 'info', message: `Unlinked ${handleOf(account)}; it is back among the suggestions` });
            },
          },
        });
        return true;
      } catch (error) {
        fail(`Could not link ${handleOf(account)}`, error);
        return false;
      }
    },

    async unlinkXAccount(account, person) {
      try {
        const result = await invoke('x:unlink', { accountId: account.accountId });
        get().pushToast({
          tone: 'info',
          message: `Unlinked ${handleOf(account)} from ${person.name}${result.touchpoints ? `: ${result.touchpoints} touchpoint${result.touchpoints === 1 ? '' : 's'} moved back to the account` : ''}`,
          action: {
            label: 'Undo',
            run: async () => {
              try {
                await invoke('x:link', { accountId: account.accountId, personId: person.id });
              } catch (error) {
                fail('Could not undo', error);
              }
            },
          },
        });
        return true;
      } catch (error) {
        fail(`Could not unlink ${handleOf(account)}`, error);
        return false;
      }
    },

    async createPersonFromX(account, name) {
      try {
        const result = await invoke('x:create-person', { accountId: account.accountId, ...(name?.trim() ? { name: name.trim() } : {}) });
        gone(account.accountId);
        const person = await invoke('people:get', { id: result.personId });
        get().pushToast({
          tone: 'success',
          message: `Added ${person.displayName} from ${handleOf(account)}${touchpoints(result.touchpoints)}`,
          link: { label: 'Open', href: `/people/${person.id}` },
          action: {
            label: 'Undo',
            run: async () => {
              // There is no deleting a person: Undo gives the account back and archives them.
              if (!(await quietUnlink(account))) return;
              try {
                await invoke('people:archive', { id: person.id });
                get().pushToast({ tone: 'info', message: `Archived ${person.displayName}; ${handleOf(account)} is not linked any more`, link: NOT_LINKED });
              } catch (error) {
                fail(`Could not archive ${person.displayName}`, error);
              }
            },
          },
        });
        return true;
      } catch (error) {
        fail(`Could not add a person from ${handleOf(account)}`, error);
        return false;
      }
    },

    async acceptXAbove(minConfidence, scope, planned) {
      try {
        const result = await invoke('x:accept-above', { minConfidence, scope });
        planned.forEach((p) => gone(p.account.accountId));
        get().pushToast({
          tone: 'success',
          message: `Linked ${result.linked} account${result.linked === 1 ? '' : 's'}${touchpoints(result.touchpoints)}`,
          action: {
            label: 'Undo',
            run: async () => {
              let undone = 0;
              for (const p of planned) if (await quietUnlink(p.account)) undone++;
              get().pushToast({ tone: 'info', message: `Unlinked ${undone} account${undone === 1 ? '' : 's'}; link ${undone === 1 ? 'it' : 'them'} by hand from`, link: NOT_LINKED });
            },
          },
        });
        return true;
      } catch (error) {
        fail('Could not accept the suggestions', error);
        return false;
      }
    },

    async refreshX() {
      const s = get();
      await Promise.all([s.refreshMatches(), s.refreshXAccounts(), s.refreshXPeople(), s.refreshJourney()]);
    },
  };
};
