import type { CoreContext, HandlerMap } from './types';

function eventChanged(ctx: CoreContext, eventId: string, personIds: string[] = []): void {
  ctx.emit('changed', { entity: 'event', ids: [eventId] });
  if (personIds.length > 0) ctx.emit('changed', { entity: 'person', ids: personIds });
}

/** Someone was linked to an event: their follow-up reminder, if followUps.onMet finds one is due. */
export function followUpMeeting(ctx: CoreContext, eventId: string, person: { id: string; name: string }): void {
  const event = ctx.events.requireRow(eventId);
  ctx.followUps.onMet({ id: event.id, name: event.name, startAt: event.startAt, followUpDays: event.followUpDays }, person, ctx.now());
  ctx.emit('changed', { entity: 'reminder', ids: [] });
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
    const result = ctx.transaction(() => {
      const captured = ctx.eventCapture.capture(req, ctx.now());
      followUpMeeting(ctx, req.eventId, { id: captured.person.id, name: captured.person.displayName });
      return captured;
    });
    eventChanged(ctx, req.eventId, [result.person.id]);
    return result;
  },

  'attendance:add': (req, ctx) => {
    const attendance = ctx.transaction(() => {
      const added = ctx.attendance.add(req, ctx.now());
      followUpMeeting(ctx, added.eventId, { id: added.personId, name: added.displayName });
      return added;
    });
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
