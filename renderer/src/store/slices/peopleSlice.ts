import { MAX_PAGE_SIZE } from '../../../../shared/vocabulary/people';
import type { Person, PersonCreate, PersonSummary } from '../../../../shared/domain/person';
import { NO_FILTER, type PeopleFilter, filterRequest } from '../../lib/peopleFilter';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

export const PEOPLE_PAGE_SIZE = 50;
/** The contract caps a page at 500; a refresh re-reads at most that many rows. */
const MAX_REFRESH = 500;

export interface PeopleState {
  ids: string[];
  byId: Record<string, PersonSummary>;
  cursor: string | null;
  status: LoadStatus;
  loadingMore: boolean;
  error: ErrorInfo | null;
  query: string;
  /** The query the rows on screen answer (null before the first answer): empty states name it, not what is still being typed. */
  answered: string | null;
  filter: PeopleFilter;
  /** Bumped by every first-page request; an answer carrying an older number is stale and dropped. */
  generation: number;
}

export interface PeopleSlice {
  people: PeopleState;
  setPeopleQuery(query: string): void;
  setPeopleFilter(filter: PeopleFilter): void;
  /** First page for the current query; `refresh` keeps the rows on screen and re-reads as many as are shown. */
  loadPeople(options?: { refresh?: boolean }): Promise<void>;
  loadMorePeople(): Promise<void>;
  /** Re-queries the list if a screen has loaded it; a no-op otherwise. */
  refreshPeople(): Promise<void>;
  createPerson(input: PersonCreate): Promise<Person>;
  archivePerson(id: string): Promise<void>;
  unarchivePerson(id: string): Promise<void>;
}

export const initialPeopleState: PeopleState = {
  ids: [],
  byId: {},
  cursor: null,
  status: 'idle',
  loadingMore: false,
  error: null,
  query: '',
  answered: null,
  filter: NO_FILTER,
  generation: 0,
};

function indexById(items: PersonSummary[]): Record<string, PersonSummary> {
  return Object.fromEntries(items.map((p) => [p.id, p]));
}

/**
 * Pages grow with the list (50 up to 500 rows): someone scrolling through 50,000 people then
 * costs a hundred page loads rather than a thousand, and each one re-lays out the whole
 * virtual list and copies its ids.
 */
export function nextPageSize(loaded: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(PEOPLE_PAGE_SIZE, Math.floor(loaded / 4)));
}

/**
 * Adds or replaces summaries in the list's `byId` in place. With 50,000 people loaded,
 * copying the map for every page or edit takes 30–40 ms (a long task while scrolling);
 * rows select `byId[id]`, so the set() that follows still re-renders exactly the rows
 * whose summary object changed. `byId` is private to one list generation (loadPeople
 * starts a new one), so no other state shares it.
 */
export function putSummaries(byId: Record<string, PersonSummary>, items: PersonSummary[]): Record<string, PersonSummary> {
  for (const p of items) byId[p.id] = p;
  return byId;
}

export const createPeopleSlice: SliceCreator<PeopleSlice> = (set, get) => {
  const patch = (partial: Partial<PeopleState>, action: string) =>
    set((s) => ({ people: { ...s.people, ...partial } }), undefined, `people/${action}`);

  return {
    people: initialPeopleState,

    setPeopleQuery(query) {
      patch({ query }, 'setQuery');
    },

    setPeopleFilter(filter) {
      patch({ filter }, 'setFilter');
    },

    async loadPeople(options = {}) {
      const { people } = get();
      const generation = people.generation + 1;
      const limit = options.refresh ? Math.min(MAX_REFRESH, Math.max(PEOPLE_PAGE_SIZE, people.ids.length)) : PEOPLE_PAGE_SIZE;
      patch(options.refresh ? { generation } : { generation, status: 'loading', error: null }, 'loadStart');
      const query = people.query.trim();
      try {
        const page = await invoke('people:list', { limit, ...filterRequest(people.filter), ...(query ? { query } : {}) });
        if (get().people.generation !== generation) return;
        patch(
          { ids: page.items.map((p) => p.id), byId: indexById(page.items), cursor: page.nextCursor, status: 'ready', error: null, loadingMore: false, answered: query },
          'loaded',
        );
      } catch (error) {
        if (get().people.generation !== generation) return;
        patch({ status: 'error', error: toErrorInfo(error), loadingMore: false }, 'loadFailed');
      }
    },

    async loadMorePeople() {
      const { people } = get();
      if (!people.cursor || people.loadingMore || people.status !== 'ready') return;
      const { generation, cursor } = people;
      const query = people.query.trim();
      patch({ loadingMore: true }, 'loadMoreStart');
      try {
        const page = await invoke('people:list', { limit: nextPageSize(people.ids.length), cursor, ...filterRequest(people.filter), ...(query ? { query } : {}) });
        const now = get().people;
        if (now.generation !== generation) return;
        // byId holds exactly the ids listed so far: a row that moved pages is not listed twice.
        const fresh = page.items.filter((p) => !Object.hasOwn(now.byId, p.id));
        patch(
          {
            ids: [...now.ids, ...fresh.map((p) => p.id)],
            byId: putSummaries(now.byId, fresh),
            cursor: page.nextCursor,
            loadingMore: false,
          },
          'loadedMore',
        );
      } catch (error) {
        if (get().people.generation !== generation) return;
        patch({ loadingMore: false }, 'loadMoreFailed');
        get().pushToast({ tone: 'error', message: `Could not load more people: ${toErrorInfo(error).message}` });
      }
    },

    async refreshPeople() {
      if (get().people.status === 'idle') return;
      await get().loadPeople({ refresh: true });
    },

    async createPerson(input) {
      const person = await invoke('people:create', input);
      void get().refreshPeople();
      return person;
    },

    async archivePerson(id) {
      try {
        const person = await invoke('people:archive', { id });
        const { people } = get();
        patch({ ids: people.ids.filter((x) => x !== id) }, 'archived');
        get().receivePerson(person);
        get().pushToast({
          tone: 'info',
          message: `Archived ${person.displayName}`,
          action: { label: 'Undo', run: () => get().unarchivePerson(id) },
        });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not archive: ${toErrorInfo(error).message}` });
      }
    },

    async unarchivePerson(id) {
      try {
        const person = await invoke('people:unarchive', { id });
        get().receivePerson(person);
        void get().refreshPeople();
        get().pushToast({ tone: 'success', message: `Restored ${person.displayName}` });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not restore: ${toErrorInfo(error).message}` });
      }
    },
  };
};
