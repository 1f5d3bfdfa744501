import type { CircleId } from '../../../../shared/domain/person';
import type { PruneItem, RelationshipHealth } from '../../../../shared/domain/reconnect';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { LoadStatus, SliceCreator } from '../types';

export const PRUNE_PAGE_SIZE = 50;

/** The open person's relationship health; re-read when they or their touchpoints change. */
export interface HealthState {
  personId: string | null;
  health: RelationshipHealth | null;
  status: LoadStatus;
  error: ErrorInfo | null;
}

export interface HealthSlice {
  health: HealthState;
  prune: PagedState<PruneItem>;
  loadHealth(personId: string): Promise<void>;
  /** Re-reads the open person's health without a loading flash; a no-op when none is open. */
  refreshHealth(): Promise<void>;
  closeHealth(): void;
  loadPrune(): Promise<void>;
  loadMorePrune(): Promise<void>;
  refreshPrune(): Promise<void>;
  /** Moves a suggested person to the dormant circle, with Undo back to their old circle. */
  pruneToDormant(item: PruneItem): Promise<void>;
  /** Archives a suggested person (Undo is offered by archivePerson's toast). */
  pruneArchive(item: PruneItem): Promise<void>;
  /** Keeps a person: they leave the suggestions for good, with Undo. */
  pruneKeep(item: PruneItem): Promise<void>;
}

export const initialHealth: HealthState = { personId: null, health: null, status: 'idle', error: null };

export const createHealthSlice: SliceCreator<HealthSlice> = (set, get) => {
  const prune = pagedActions<PruneItem>({
    read: () => get().prune,
    write: (partial, action) => set((s) => ({ prune: { ...s.prune, ...partial } }), undefined, `prune/${action}`),
    fetch: (cursor, limit) => invoke('prune:list', { limit, ...(cursor ? { cursor } : {}) }),
    keyOf: (item) => item.personId,
    pageSize: PRUNE_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more suggestions: ${error.message}` }),
  });

  /** Takes a row out at once; the refresh that follows the change event confirms it. */
  function dropRow(personId: string): void {
    set((s) => ({ prune: { ...s.prune, ids: s.prune.ids.filter((id) => id !== personId) } }), undefined, 'prune/dropRow');
  }

  async function readHealth(personId: string, quiet: boolean): Promise<void> {
    if (!quiet) set({ health: { personId, health: null, status: 'loading', error: null } }, undefined, 'health/loadStart');
    try {
      const health = await invoke('health:person', { id: personId });
      if (get().health.personId !== personId) return;
      set({ health: { personId, health, status: 'ready', error: null } }, undefined, 'health/loaded');
    } catch (error) {
      if (get().health.personId !== personId) return;
      set((s) => ({ health: { ...s.health, status: 'error', error: toErrorInfo(error) } }), undefined, 'health/loadFailed');
    }
  }

  return {
    health: initialHealth,
    prune: emptyPaged<PruneItem>(),

    loadHealth: (personId) => readHealth(personId, false),
    async refreshHealth() {
      const { personId, status } = get().health;
      if (personId && status !== 'idle') await readHealth(personId, status === 'ready');
    },
    closeHealth() {
      set({ health: initialHealth }, undefined, 'health/close');
    },

    loadPrune: () => prune.load(false),
    loadMorePrune: prune.loadMore,
    async refreshPrune() {
      if (get().prune.status !== 'idle') await prune.load(true);
    },

    async pruneToDormant(item) {
      const previous: CircleId | null = item.circle;
      try {
        await get().updatePerson(item.personId, { circle: 'dormant' });
        dropRow(item.personId);
        get().pushToast({
          tone: 'info',
          message: `Moved ${item.name} to Dormant`,
          action: {
            label: 'Undo',
            run: async () => {
              try {
                await get().updatePerson(item.personId, { circle: previous });
              } catch (error) {
                get().pushToast({ tone: 'error', message: `Could not undo: ${toErrorInfo(error).message}` });
              }
            },
          },
        });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not move ${item.name}: ${toErrorInfo(error).message}` });
      }
      void get().refreshPrune();
    },

    async pruneKeep(item) {
      try {
        await invoke('prune:keep', { personId: item.personId, keep: true });
        dropRow(item.personId);
        get().pushToast({
          tone: 'info',
          message: `Keeping ${item.name}: no longer suggested`,
          action: {
            label: 'Undo',
            run: async () => {
              try {
                await invoke('prune:keep', { personId: item.personId, keep: false });
                await get().refreshPrune();
              } catch (error) {
                get().pushToast({ tone: 'error', message: `Could not undo: ${toErrorInfo(error).message}` });
              }
            },
          },
        });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not keep ${item.name}: ${toErrorInfo(error).message}` });
      }
      void get().refreshPrune();
    },

    async pruneArchive(item) {
      // archivePerson reports its own failure and offers Undo; the list then re-reads.
      await get().archivePerson(item.personId);
      await get().refreshPrune();
    },
  };
};
