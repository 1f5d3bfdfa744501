import type { Person, PersonUpdate } from '../../../../shared/domain/person';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';
import { putSummaries } from './peopleSlice';

/** The person whose page is open; one at a time, re-read on open and on change events. */
export interface OpenPersonState {
  id: string | null;
  person: Person | null;
  status: LoadStatus;
  error: ErrorInfo | null;
}

export interface PersonSlice {
  openPerson: OpenPersonState;
  loadPerson(id: string): Promise<void>;
  /** Re-reads the open person without flashing a loading state. */
  refreshPerson(): Promise<void>;
  /** Throws AppError so the edit form can place field errors. */
  updatePerson(id: string, patch: PersonUpdate['patch']): Promise<Person>;
  /** Puts a fresh copy from any answer into the caches that hold it. */
  receivePerson(person: Person): void;
  closePerson(): void;
}

export const initialOpenPerson: OpenPersonState = { id: null, person: null, status: 'idle', error: null };

export const createPersonSlice: SliceCreator<PersonSlice> = (set, get) => {
  async function read(id: string, quiet: boolean): Promise<void> {
    if (!quiet) set({ openPerson: { id, person: null, status: 'loading', error: null } }, undefined, 'person/loadStart');
    try {
      const person = await invoke('people:get', { id });
      if (get().openPerson.id !== id) return;
      set({ openPerson: { id, person, status: 'ready', error: null } }, undefined, 'person/loaded');
    } catch (error) {
      if (get().openPerson.id !== id) return;
      const info = toErrorInfo(error);
      // A malformed id in the address is, to the user, the same as a missing person.
      const notFound = info.code === 'NOT_FOUND' || info.code === 'INVALID_INPUT';
      set(
        { openPerson: { id, person: null, status: 'error', error: notFound ? { ...info, code: 'NOT_FOUND' } : info } },
        undefined,
        'person/loadFailed',
      );
    }
  }

  return {
    openPerson: initialOpenPerson,

    loadPerson: (id) => read(id, false),

    async refreshPerson() {
      const { id, status } = get().openPerson;
      if (id && status !== 'idle') await read(id, status === 'ready');
    },

    async updatePerson(id, patch) {
      const person = await invoke('people:update', { id, patch });
      get().receivePerson(person);
      void get().refreshPeople();
      return person;
    },

    receivePerson(person) {
      const { openPerson, people } = get();
      if (openPerson.id === person.id) {
        set({ openPerson: { ...openPerson, person, status: 'ready', error: null } }, undefined, 'person/received');
      }
      const summary = people.byId[person.id];
      if (summary) {
        const next = { ...summary, displayName: person.displayName, circle: person.circle, archivedAt: person.archivedAt };
        set({ people: { ...people, byId: putSummaries(people.byId, [next]) } }, undefined, 'people/summaryReceived');
      }
    },

    closePerson() {
      set({ openPerson: initialOpenPerson }, undefined, 'person/close');
    },
  };
};
