import type { CoreContext, HandlerMap } from './types';

function reminderChanged(ctx: CoreContext, id: string, personIds: (string | null | undefined)[] = []): void {
  ctx.emit('changed', { entity: 'reminder', ids: [id] });
  const people = personIds.filter((p): p is string => typeof p === 'string');
  if (people.length > 0) ctx.emit('changed', { entity: 'person', ids: people });
}

/** Reminders, their settings and the notification inbox. */
export const reminderHandlers = {
  'reminders:create': (req, ctx) => {
    const reminder = ctx.reminders.create(req, ctx.now());
    reminderChanged(ctx, reminder.id);
    return reminder;
  },
  'reminders:get': (req, ctx) => ctx.reminders.get(req.id, ctx.now()),
  'reminders:update': (req, ctx) => {
    const reminder = ctx.reminders.update(req, ctx.now());
    reminderChanged(ctx, reminder.id);
    return reminder;
  },
  'reminders:list': (req, ctx) => {
    ctx.followUps.writeBirthdayReminders(ctx.now());
    return ctx.reminders.list(req, ctx.now());
  },
  'reminders:complete': (req, ctx) => {
    const result = ctx.transaction(() => {
      const done = ctx.reminders.complete(req, ctx.now());
      // A logged touchpoint settles the person's pending follow-ups; so does marking a follow-up done without logging.
      if (done.reminder.person && (done.touchpointId || done.reminder.kind === 'event_follow_up')) {
        ctx.followUps.settle([done.reminder.person.id], ctx.now(), null, ctx.now());
      }
      return done;
    });
    reminderChanged(ctx, result.reminder.id, [result.reminder.person?.id]);
    if (result.touchpointId) ctx.emit('changed', { entity: 'touchpoint', ids: [result.touchpointId] });
    if (result.reminder.event) ctx.emit('changed', { entity: 'event', ids: [result.reminder.event.id] });
    return result;
  },
  'reminders:snooze': (req, ctx) => {
    const reminder = ctx.reminders.snooze(req, ctx.now());
    reminderChanged(ctx, reminder.id);
    return reminder;
  },
  'reminders:dismiss': (req, ctx) => {
    const reminder = ctx.reminders.dismiss(req.id, ctx.now());
    reminderChanged(ctx, reminder.id);
    return reminder;
  },
  'reminders:reopen': (req, ctx) => {
    const reminder = ctx.reminders.reopen(req.id, ctx.now());
    reminderChanged(ctx, reminder.id);
    return reminder;
  },
  'reminders:settings': (_req, ctx) => ctx.reminders.settings(),
  'reminders:update-settings': (req, ctx) => {
    const settings = ctx.reminders.updateSettings(req, ctx.now());
    ctx.emit('changed', { entity: 'reminder', ids: [] });
    return settings;
  },
  'inbox:list': (req, ctx) => ctx.notifier.inbox(req?.limit ?? 50),
  'inbox:mark-read': (req, ctx) => {
    const result = ctx.notifier.markRead(req.ids, ctx.now());
    ctx.emit('changed', { entity: 'reminder', ids: [] });
    return result;
  },
} satisfies Partial<HandlerMap>;
