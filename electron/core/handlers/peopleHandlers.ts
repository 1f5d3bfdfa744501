import type { CoreContext, HandlerMap } from './types';

function changed(ctx: CoreContext, id: string) {
  ctx.emit('changed', { entity: 'person', ids: [id] });
}

export const peopleHandlers = {
  'people:create': (req, ctx) => {
    const person = ctx.people.create(req, ctx.now());
    changed(ctx, person.id);
    return person;
  },
  'people:get': (req, ctx) => ctx.people.get(req.id),
  'people:update': (req, ctx) => {
    const person = ctx.people.update(req, ctx.now());
    changed(ctx, person.id);
    return person;
  },
  'people:archive': (req, ctx) => {
    const person = ctx.people.setArchived(req.id, true, ctx.now());
    changed(ctx, person.id);
    return person;
  },
  'people:unarchive': (req, ctx) => {
    const person = ctx.people.setArchived(req.id, false, ctx.now());
    changed(ctx, person.id);
    return person;
  },
  'people:list': (req, ctx) => ctx.people.list(req),
} satisfies Partial<HandlerMap>;
