import type { Person } from '../../../../shared/domain/person';
import type { Channel } from '../../../../shared/ipc/channels';
import type { Req } from '../../../../shared/ipc/contract';
import { invoke } from '../../lib/api';
import type { SliceCreator } from '../types';

type PersonChannel = 'identities:add' | 'identities:update' | 'identities:remove' | 'positions:add' | 'positions:update' | 'positions:remove' | 'relationships:add' | 'relationships:remove' | 'people:set-photo';

/**
 * Changes to the parts of a person (identities, jobs, relationships, photo). Each answers
 * the whole person, which goes into every cache that shows them; errors are thrown as
 * AppError so the form that asked can show them next to its field.
 */
export interface PersonPartsSlice {
  changePerson<C extends PersonChannel & Channel>(channel: C, req: Req<C>): Promise<Person>;
  /** Interests, tags or circle: small patches made from chips and pickers. */
  patchPerson(id: string, patch: Req<'people:update'>['patch']): Promise<Person>;
}

export const createPersonPartsSlice: SliceCreator<PersonPartsSlice> = (_set, get) => ({
  async changePerson(channel, req) {
    const person = (await invoke(channel, req)) as Person;
    get().receivePerson(person);
    void get().refreshPeople();
    void get().refreshTimeline();
    return person;
  },
  async patchPerson(id, patch) {
    const person = await get().updatePerson(id, patch);
    void get().refreshTimeline();
    return person;
  },
});
