import type { Ref } from '../../../../shared/domain/common';
import type { DuplicateSuggestion, MergeResult, PeopleMerge } from '../../../../shared/domain/contacts';
import type { Person } from '../../../../shared/domain/person';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

export const DUPLICATES_LIMIT = 100;
/** Timeline entries read to count a person's touchpoints and events; beyond it the count says "500+". */
const COUNT_LIMIT = 500;
const REMINDERS_LIMIT = 100;

/** What a person has of their own, which a merge moves to the survivor. */
export interface MergeCounts {
  touchpoints: number;
  events: number;
  reminders: number;
  /** The counts above stopped at their limit. */
  more: { touchpoints: boolean; events: boolean; reminders: boolean };
}

export interface MergeSides {
  status: LoadStatus;
  /** The two people asked for, in the order asked. */
  ids: [string, string] | null;
  people: Record<string, Person>;
  counts: Record<string, MergeCounts>;
  error: ErrorInfo | null;
}

export interface DuplicatesSlice {
  duplicates: { items: DuplicateSuggestion[]; status: LoadStatus; error: ErrorInfo | null };
  mergeSides: MergeSides;
  loadDuplicates(): Promise<void>;
  /** Re-reads the list if it was loaded (a change elsewhere); keeps it on screen meanwhile. */
  refreshDuplicates(): Promise<void>;
  /** "Not the same person": the pair leaves the list and is never suggested again. */
  rejectDuplicate(pair: DuplicateSuggestion): Promise<boolean>;
  /** Both people and what each has, for the merge dialog. */
  loadMergeSides(aId: string, bId: string): Promise<void>;
  /** Merges `other` into `keep`; a toast offers Undo. Resolves with the result, or null when refused. */
  mergePeople(keep: Ref, other: Ref, take: NonNullable<PeopleMerge['take']>): Promise<MergeResult | null>;
}

const emptySides: MergeSides = { status: 'idle', ids: null, people: {}, counts: {}, error: null };
const pairHas = (p: DuplicateSuggestion, id: string) => p.a.id === id || p.b.id === id;

async function countsOf(personId: string): Promise<MergeCounts> {
  const [timeline, reminders] = await Promise.all([
    invoke('timeline:person', { personId, limit: COUNT_LIMIT }),
    invoke('reminders:list', { personId, status: 'open', limit: REMINDERS_LIMIT }),
  ]);
  const more = timeline.nextCursor !== null;
  return {
    touchpoints: timeline.items.filter((e) => e.type === 'touchpoint').length,
    events: new Set(timeline.items.flatMap((e) => (e.type === 'met' ? [e.event.id] : []))).size,
    reminders: reminders.items.length,
    more: { touchpoints: more, events: more, reminders: reminders.nextCursor !== null },
  };
}

export const createDuplicatesSlice: SliceCreator<DuplicatesSlice> = (set, get) => {
  let generation = 0;

  async function read(quiet: boolean): Promise<void> {
    const mine = ++generation;
    if (!quiet) set((s) => ({ duplicates: { ...s.duplicates, status: 'loading', error: null } }), undefined, 'duplicates/loading');
    try {
      const list = await invoke('duplicates:list', { limit: DUPLICATES_LIMIT });
      if (mine === generation) set({ duplicates: { items: list.items, status: 'ready', error: null } }, undefined, 'duplicates/ready');
    } catch (error) {
      if (mine === generation) set((s) => ({ duplicates: { ...s.duplicates, status: 'error', error: toErrorInfo(error) } }), undefined, 'duplicates/failed');
    }
  }

  async function undoMerge(result: MergeResult): Promise<void> {
    try {
      const undone = await invoke('people:merge-undo', { mergeId: result.mergeId });
      get().pushToast({ tone: 'info', message: `Merge undone: ${undone.restored.name} is back`, link: { label: 'Open', href: `/people/${undone.restored.id}` } });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not undo the merge: ${toErrorInfo(error).message}` });
    }
    void get().refreshDuplicates();
  }

  return {
    duplicates: { items: [], status: 'idle', error: null },
    mergeSides: emptySides,

    loadDuplicates: () => read(get().duplicates.status === 'ready'),
    async refreshDuplicates() {
      if (get().duplicates.status !== 'idle') await read(true);
    },

    async rejectDuplicate(pair) {
      try {
        await invoke('duplicates:reject', { aId: pair.a.id, bId: pair.b.id });
        set((s) => ({ duplicates: { ...s.duplicates, items: s.duplicates.items.filter((p) => p !== pair && !(pairHas(p, pair.a.id) && pairHas(p, pair.b.id))) } }), undefined, 'duplicates/rejected');
        get().pushToast({ tone: 'info', message: `Kept apart: ${pair.a.name} and ${pair.b.name} will not be suggested again` });
        return true;
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not mark them as different people: ${toErrorInfo(error).message}` });
        return false;
      }
    },

    async loadMergeSides(aId, bId) {
      set({ mergeSides: { ...emptySides, status: 'loading', ids: [aId, bId] } }, undefined, 'duplicates/sidesLoading');
      const current = () => get().mergeSides.ids?.[0] === aId && get().mergeSides.ids?.[1] === bId;
      try {
        const [a, b, ca, cb] = await Promise.all([invoke('people:get', { id: aId }), invoke('people:get', { id: bId }), countsOf(aId), countsOf(bId)]);
        if (current()) set({ mergeSides: { status: 'ready', ids: [aId, bId], people: { [aId]: a, [bId]: b }, counts: { [aId]: ca, [bId]: cb }, error: null } }, undefined, 'duplicates/sidesReady');
      } catch (error) {
        if (current()) set((s) => ({ mergeSides: { ...s.mergeSides, status: 'error', error: toErrorInfo(error) } }), undefined, 'duplicates/sidesFailed');
      }
    },

    async mergePeople(keep, other, take) {
      try {
        const result = await invoke('people:merge', { keepId: keep.id, otherId: other.id, take });
        set((s) => ({ duplicates: { ...s.duplicates, items: s.duplicates.items.filter((p) => !pairHas(p, other.id)) } }), undefined, 'duplicates/merged');
        get().pushToast({
          tone: 'success',
          // The names as the user saw them: the survivor may have taken the other's name.
          message: `Merged ${other.name} into ${keep.name}`,
          link: { label: 'Open', href: `/people/${result.survivor.id}` },
          action: { label: 'Undo', run: () => undoMerge(result) },
        });
        void get().refreshDuplicates();
        return result;
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not merge ${other.name} into ${keep.name}: ${toErrorInfo(error).message}` });
        return null;
      }
    },
  };
};
