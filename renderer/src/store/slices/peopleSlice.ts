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
        const page = await invoke('people:list', { limit: PEOPLE_PAGE_SIZE, cursor, ...filterRequest(people.filter), ...(query ? { query } : {}) });
        const now = get().people;
        if (now.generation !== generation) return;
        const known = new Set(now.ids);
        patch(
          {
            ids: [...now.ids, ...page.items.map((p) => p.id).filter((id) => !known.has(id))],
            byId: { ...now.byId, ...indexById(page.items) },
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
