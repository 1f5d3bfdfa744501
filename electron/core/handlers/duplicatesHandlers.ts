import { suggestDuplicates } from '../merge/duplicateFinder';
import type { HandlerMap } from './types';

/** Likely duplicates, "not the same person", merging two people and undoing a merge. */
export const duplicatesHandlers = {
  'duplicates:list': (req, ctx) => ({ items: suggestDuplicates(ctx.duplicates, req.limit) }),
  'duplicates:reject': (req, ctx) => {
    ctx.duplicates.reject(req.aId, req.bId, ctx.now());
    return { aId: req.aId, bId: req.bId };
  },
  'people:merge': (req, ctx) => {
    const result = ctx.merge.merge(req, ctx.now());
    // Identities, touchpoints, events, reminders and labels moved: every screen re-reads.
    ctx.emit('changed', { entity: 'all', ids: [result.survivor.id, result.merged.id] });
    return result;
  },
  'people:merge-undo': (req, ctx) => {
    const result = ctx.merge.undo(req.mergeId, ctx.now());
    ctx.emit('changed', { entity: 'all', ids: [result.survivor.id, result.restored.id] });
    return result;
  },
} satisfies Partial<HandlerMap>;
