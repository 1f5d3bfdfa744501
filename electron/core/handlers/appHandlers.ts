import type { HandlerMap } from './types';

export const appHandlers = {
  'app:info': (_req, ctx) => ctx.appInfo.get(),
  'backups:list': (_req, ctx) => ctx.backups.list(),
  'backups:create': async (req, ctx) => ctx.backups.create(req.reason),
  'backups:restore': async (req, ctx) => ctx.backups.restoreByName(req.name),
} satisfies Partial<HandlerMap>;
