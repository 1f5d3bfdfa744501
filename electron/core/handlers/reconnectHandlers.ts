import type { HandlerMap } from './types';

/** Circles and cadences, the reconnect list, relationship health, the prune view and Today. */
export const reconnectHandlers = {
  'circles:list': (_req, ctx) => ctx.circles.list(),
  'circles:update': (req, ctx) => {
    const circle = ctx.circles.update(req.id, req.cadenceDays, ctx.now());
    ctx.emit('changed', { entity: 'circle', ids: [circle.id] });
    ctx.emit('changed', { entity: 'person', ids: [] });
    return circle;
  },
  'reconnect:list': (req, ctx) => ctx.reconnect.list(ctx.now(), req.limit),
  'reconnect:hide': (req, ctx) => {
    const result = ctx.reconnect.hide(req, ctx.now());
    ctx.emit('changed', { entity: 'person', ids: [req.personId] });
    return result;
  },
  'reconnect:unhide': (req, ctx) => {
    const result = ctx.reconnect.unhide(req.personId, ctx.now());
    ctx.emit('changed', { entity: 'person', ids: [req.personId] });
    return result;
  },
  'health:person': (req, ctx) => ctx.reconnect.health(req.id, ctx.now()),
  'prune:list': (req, ctx) => ctx.reconnect.prune(req, ctx.now()),
  'prune:keep': (req, ctx) => {
    const result = ctx.reconnect.keep(req.personId, req.keep, ctx.now());
    ctx.emit('changed', { entity: 'person', ids: [req.personId] });
    return result;
  },
  'today:get': (req, ctx) => ctx.reconnect.today(ctx.now(), req?.reconnectLimit ?? 5),
} satisfies Partial<HandlerMap>;
