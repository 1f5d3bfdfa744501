import { followUpMeeting } from './eventHandlers';
import type { HandlerMap } from './types';

/** Quick capture and the command palette's search. */
export const captureHandlers = {
  'capture:preview': (req, ctx) => ctx.capture.preview(req.line, ctx.now()),
  'capture:commit': (req, ctx) => {
    const result = ctx.transaction(() => {
      const committed = ctx.capture.commit(req, ctx.now());
      if (committed.event) followUpMeeting(ctx, committed.event.id, { id: committed.person.id, name: committed.person.displayName });
      return committed;
    });
    ctx.emit('changed', { entity: 'person', ids: [result.person.id] });
    if (result.event) ctx.emit('changed', { entity: 'event', ids: [result.event.id] });
    return result;
  },
  'search:all': (req, ctx) => ctx.search.all(req),
} satisfies Partial<HandlerMap>;
