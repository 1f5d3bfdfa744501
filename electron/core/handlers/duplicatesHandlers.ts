import { AppError } from '../../../shared/ipc/result';
import type { HandlerMap } from './types';

const notYet = () => {
  throw new AppError('INTERNAL', 'Duplicates and merge are being built');
};

/** Likely duplicates, "not the same person", merging two people and undoing a merge. */
export const duplicatesHandlers = {
  'duplicates:list': notYet,
  'duplicates:reject': notYet,
  'people:merge': notYet,
  'people:merge-undo': notYet,
} satisfies Partial<HandlerMap>;
