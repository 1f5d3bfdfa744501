import { AppError } from '../../../shared/ipc/result';
import { PersonCreate } from '../../../shared/domain/person';
import type { XAccount } from '../../../shared/domain/xArchive';
import { journeyText, peopleViewDetail } from '../../../shared/xArchive/journeyText';
import type { CoreContext, HandlerMap } from './types';
import { isContactsImportKind } from '../contacts/contactImportService';

const iso = (ms: number) => new Date(ms).toISOString();

function requireAccount(ctx: CoreContext, accountId: string): XAccount {
  const account = ctx.xAccounts.get(accountId);
  if (!account) throw new AppError('NOT_FOUND', `No X account ${accountId} in the imported archives`, { accountId });
  return account;
}

/** Links change people's timelines and figures: every screen showing them re-reads. */
function linked(ctx: CoreContext, personIds: (string | null)[]): void {
  const ids = personIds.filter((id): id is string => id !== null);
  ctx.emit('changed', { entity: 'person', ids });
  ctx.emit('changed', { entity: 'touchpoint', ids: [] });
}

/** The X archive: import, accounts, matching and links; the import history; jobs. */
export const xHandlers = {
  'x:import': async (req, ctx) => {
    const report = await ctx.xImport.run(req, ctx.now);
    if (!report.dryRun) ctx.emit('changed', { entity: 'all', ids: [] });
    return report;
  },
  'jobs:cancel': (req, ctx) => ({ job: req.job, cancelled: ctx.jobs.cancel(req.job) }),
  'imports:list': (req, ctx) => ctx.imports.list(req),
  'imports:undo': (req, ctx) => {
    const kind = ctx.imports.get(req.id).kind;
    const record = isContactsImportKind(kind) ? ctx.contactImport.undo(req.id, ctx.now()) : ctx.xImport.undo(req.id, ctx.now());
    ctx.emit('changed', { entity: 'all', ids: [] });
    return record;
  },
  'x:accounts': (req, ctx) => ctx.xViews.accounts(req),
  'x:matches': (req, ctx) => ctx.xMatches.queue(req),
  'x:link': (req, ctx) => {
    const touchpoints = ctx.xLinker.link(req.accountId, req.personId, 'accepted', ctx.now());
    linked(ctx, [req.personId]);
    return { accountId: req.accountId, personId: req.personId, touchpoints };
  },
  'x:unlink': (req, ctx) => {
    requireAccount(ctx, req.accountId);
    const result = ctx.xLinker.unlink(req.accountId, ctx.now(), { remember: !req.undo });
    linked(ctx, [result.personId]);
    return { accountId: req.accountId, ...result };
  },
  'x:reject': (req, ctx) => {
    requireAccount(ctx, req.accountId);
    ctx.xMatches.reject(req.accountId, req.personId, ctx.now());
    return requireAccount(ctx, req.accountId);
  },
  'x:create-person': (req, ctx) => {
    const account = requireAccount(ctx, req.accountId);
    if (account.person) throw new AppError('CONFLICT', `X account ${account.handle ? `@${account.handle}` : req.accountId} is linked to ${account.person.name}`, { personId: account.person.id });
    if (account.isOwner) throw new AppError('INVALID_INPUT', 'This is your own X account', { accountId: req.accountId });
    const name = req.name ?? account.name ?? (account.handle ? `@${account.handle}` : `X account ${req.accountId}`);
    const result = ctx.transaction(() => {
      const now = ctx.now();
      const personId = ctx.people.insert(PersonCreate.parse({ displayName: name.slice(0, 200) }), now);
      return { accountId: req.accountId, personId, touchpoints: ctx.xLinker.link(req.accountId, personId, 'created', now) };
    });
    linked(ctx, [result.personId]);
    return result;
  },
  'x:accept-above': (req, ctx) => {
    const now = ctx.now();
    let linkedCount = 0;
    let touchpoints = 0;
    const people: string[] = [];
    ctx.transaction(() => {
      let cursor: string | undefined;
      const best: { accountId: string; personId: string }[] = [];
      do {
        const page = ctx.xMatches.queue({ scope: req.scope, withoutCandidates: false, limit: 500, cursor });
        for (const m of page.items) {
          const top = m.candidates[0];
          const second = m.candidates[1];
          // Only a clear best: two people at the same confidence need the user.
          if (top && top.confidence >= req.minConfidence && !(second && second.confidence === top.confidence)) best.push({ accountId: m.account.accountId, personId: top.person.id });
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const taken = new Set<string>();
      for (const { accountId, personId } of best) {
        touchpoints += ctx.xLinker.link(accountId, personId, 'accepted', now);
        linkedCount++;
        if (!taken.has(personId)) people.push(personId);
        taken.add(personId);
      }
    });
    if (linkedCount > 0) linked(ctx, people);
    return { linked: linkedCount, touchpoints };
  },
  'x:name-account': (req, ctx) => {
    requireAccount(ctx, req.accountId);
    ctx.xAccounts.nameByHand(req.accountId, req.handle.replace(/^@/, ''), req.name ?? null, ctx.now());
    ctx.xImport.recomputeCandidates(ctx.now(), [req.accountId]);
    return requireAccount(ctx, req.accountId);
  },
  'x:people': (req, ctx) => {
    const page = ctx.xViews.people(req);
    return {
      items: page.items.map((r) => ({
        person: { id: r.id, name: r.name },
        handle: r.handle,
        detail: peopleViewDetail(req.view, { sent: r.sent, received: r.received, replies: r.replies, metAt: r.met_event }),
      })),
      nextCursor: page.nextCursor,
    };
  },
  'journey:person': (req, ctx) => {
    ctx.people.get(req.id);
    const firsts = ctx.xViews.firsts(req.id);
    const { lives, text } = journeyText(firsts.online, firsts.offline, ctx.reminders.settings().timeZone);
    return {
      personId: req.id,
      lives,
      firstOnline: firsts.online ? { at: iso(firsts.online.at), channel: firsts.online.channel } : null,
      firstOffline: firsts.offline ? { at: iso(firsts.offline.at), channel: firsts.offline.channel, eventName: firsts.offline.eventName } : null,
      text,
      accounts: ctx.xAccounts.ofPerson(req.id),
    };
  },
} satisfies Partial<HandlerMap>;
