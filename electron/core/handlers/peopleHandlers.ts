import type { Person } from '../../../shared/domain/person';
import type { CoreContext, HandlerMap } from './types';

/** Tells the front ends these people changed (they re-query what they show). */
function changed(ctx: CoreContext, ...ids: string[]) {
  ctx.emit('changed', { entity: 'person', ids: [...new Set(ids)] });
}

/** Emits for one person and returns them as they are now. */
function reread(ctx: CoreContext, personId: string, ...others: string[]): Person {
  changed(ctx, personId, ...others);
  return ctx.people.get(personId);
}

export const peopleHandlers = {
  'people:create': (req, ctx) => {
    const person = ctx.transaction(() => {
      const created = ctx.people.create(req, ctx.now());
      return ctx.xLinker.linkKnown(created.id, ctx.now()).length > 0 ? ctx.people.get(created.id) : created;
    });
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
  'people:set-photo': (req, ctx) => {
    const person = ctx.people.setPhoto(req.id, req.photo, ctx.now());
    changed(ctx, person.id);
    return person;
  },
  'people:photo': (req, ctx) => ctx.people.photo(req.id),

  'identities:add': (req, ctx) => {
    ctx.transaction(() => {
      ctx.identities.add(req.personId, req.identity, ctx.now());
      // A pasted handle or x.com link names an account from the archive: link it and its touchpoints.
      if (req.identity.kind === 'x' && ctx.xLinker.linkKnown(req.personId, ctx.now()).length > 0) ctx.emit('changed', { entity: 'touchpoint', ids: [] });
    });
    return reread(ctx, req.personId);
  },
  'identities:update': (req, ctx) =>
    reread(
      ctx,
      ctx.transaction(() => {
        const before = ctx.xAccounts.linkedThrough(req.id);
        const personId = ctx.identities.update(req.id, req.patch, ctx.now());
        // A new account id on an X identity moves the link (and its touchpoints) to that account.
        if (before && ctx.xAccounts.linkedThrough(req.id) !== before) ctx.xLinker.unlink(before, ctx.now());
        if (ctx.xLinker.linkKnown(personId, ctx.now()).length > 0 || before) ctx.emit('changed', { entity: 'touchpoint', ids: [] });
        return personId;
      }),
    ),
  'identities:remove': (req, ctx) =>
    reread(
      ctx,
      ctx.transaction(() => {
        const account = ctx.xAccounts.linkedThrough(req.id);
        const personId = ctx.identities.remove(req.id, ctx.now());
        // Removing the X identity of a linked archive account unlinks it: its touchpoints go back to the account.
        if (account) {
          ctx.xLinker.unlink(account, ctx.now());
          ctx.emit('changed', { entity: 'touchpoint', ids: [] });
        }
        return personId;
      }),
    ),

  'positions:add': (req, ctx) => {
    const { personId, ...position } = req;
    ctx.positions.add(personId, position, ctx.now());
    return reread(ctx, personId);
  },
  'positions:update': (req, ctx) => reread(ctx, ctx.positions.update(req.id, req.patch, ctx.now())),
  'positions:remove': (req, ctx) => reread(ctx, ctx.positions.remove(req.id, ctx.now())),

  'relationships:add': (req, ctx) => {
    ctx.relationships.add(req, ctx.now());
    return reread(ctx, req.personId, req.otherPersonId);
  },
  'relationships:remove': (req, ctx) => reread(ctx, ...ctx.relationships.remove(req.id, ctx.now())),

  'interests:list': (req, ctx) => ctx.labels.list('interest', req),
  'tags:list': (req, ctx) => ctx.labels.list('tag', req),
  'organisations:list': (req, ctx) => ctx.labels.organisations(req),
} satisfies Partial<HandlerMap>;
