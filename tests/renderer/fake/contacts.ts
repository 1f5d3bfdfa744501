// The fake core's contacts import, duplicates and merge (issue 7): filled in with the screens.
import { type FakeDb, refuse } from './state';

const notYet = (_req: unknown, _db: FakeDb) => refuse('INTERNAL', 'not in the fake yet');

export const contactsHandlers = {
  'contacts:import': notYet,
  'duplicates:list': notYet,
  'duplicates:reject': notYet,
  'people:merge': notYet,
  'people:merge-undo': notYet,
};
