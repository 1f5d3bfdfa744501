import type { CoreContext, HandlerMap } from './types';

/** A touchpoint changed, and so did its people's last touch and counters. */
function touchpointChanged(ctx: CoreContext, touchpointId: string, personIds: string[]): void {
  ctx.emit('changed', { entity: 'touchpoint', ids: [touchpointId] });
  ctx.emit('changed', { entity: 'person', ids: personIds });
}

/** Touchpoints, the global timeline and a person's timeline. */
export const touchpointHandlers = {
  'touchpoints:create': (req, ctx) => {
    // Any touchpoint settles pending event follow-ups with its people (and resets cadences via last touch).
    const touchpoint = ctx.transaction(() => {
      const created = ctx.touchpoints.create(req, ctx.now());
      const settled = ctx.followUps.settle(
        created.participants.map((p) => p.id),
        Date.parse(created.at),
        created.event?.id ?? null,
        ctx.now(),
      );
      if (settled.length > 0) {
        ctx.emit('changed', { entity: 'event', ids: settled });
        ctx.emit('changed', { entity: 'reminder', ids: [] });
      }
      return created;
    });
    touchpointChanged(
      ctx,
      touchpoint.id,
      touchpoint.participants.map((p) => p.id),
    );
    return touchpoint;
  },
  'touchpoints:get': (req, ctx) => ctx.touchpoints.get(req.id),
  'touchpoints:update': (req, ctx) => {
    const { touchpoint, affected } = ctx.touchpoints.update(req, ctx.now());
    touchpointChanged(ctx, touchpoint.id, affected);
    return touchpoint;
  },
  'touchpoints:delete': (req, ctx) => {
    const { touchpoint, affected } = ctx.touchpoints.setDeleted(req.id, true, ctx.now());
    touchpointChanged(ctx, touchpoint.id, affected);
    return touchpoint;
  },
  'touchpoints:restore': (req, ctx) => {
    const { touchpoint, affected } = ctx.touchpoints.setDeleted(req.id, false, ctx.now());
    touchpointChanged(ctx, touchpoint.id, affected);
    return touchpoint;
  },
  'touchpoints:recent': (req, ctx) => ctx.touchpoints.recent(req),
  'timeline:person': (req, ctx) => ctx.timeline.page(req),
} satisfies Partial<HandlerMap>;
