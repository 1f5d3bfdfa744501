import type { CoreContext, HandlerMap } from './types';

function eventChanged(ctx: CoreContext, eventId: string, personIds: string[] = []): void {
  ctx.emit('changed', { entity: 'event', ids: [eventId] });
  if (personIds.length > 0) ctx.emit('changed', { entity: 'person', ids: personIds });
}

/** Events, who was there (attendance) and event capture mode. */
export const eventHandlers = {
  'events:create': (req, ctx) => {
    const event = ctx.events.create(req, ctx.now());
    eventChanged(ctx, event.id);
    return event;
  },
  'events:get': (req, ctx) => ctx.events.get(req.id),
  'events:update': (req, ctx) => {
    const event = ctx.events.update(req, ctx.now());
    eventChanged(ctx, event.id);
    return event;
  },
  'events:archive': (req, ctx) => {
    const event = ctx.events.setArchived(req.id, true, ctx.now());
    eventChanged(ctx, event.id);
    return event;
  },
  'events:unarchive': (req, ctx) => {
    const event = ctx.events.setArchived(req.id, false, ctx.now());
    eventChanged(ctx, event.id);
    return event;
  },
  'events:list': (req, ctx) => ctx.events.list(req),
  'events:attendees': (req, ctx) => ctx.attendance.attendees(req),
  'events:capture': (req, ctx) => {
    const result = ctx.eventCapture.capture(req, ctx.now());
    eventChanged(ctx, req.eventId, [result.person.id]);
    return result;
  },

  'attendance:add': (req, ctx) => {
    const attendance = ctx.attendance.add(req, ctx.now());
    eventChanged(ctx, attendance.eventId, [attendance.personId]);
    return attendance;
  },
  'attendance:update': (req, ctx) => {
    const attendance = ctx.attendance.update(req, ctx.now());
    eventChanged(ctx, attendance.eventId, [attendance.personId]);
    return attendance;
  },
  'attendance:remove': (req, ctx) => {
    const removed = ctx.attendance.remove(req.id, ctx.now());
    eventChanged(ctx, removed.eventId, [removed.personId]);
    return { id: removed.id };
  },
} satisfies Partial<HandlerMap>;
