import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { XAccount, XImportReport, XMatch } from '../../../shared/domain/xArchive';
import { type GlobalOptions, call, collectPages, printJson, printLines, withCore } from '../runtime';

/** The JSON shape of `crm import x-archive`, as documented in the README. */
const reportJson = (r: XImportReport) => ({
  owner: r.owner,
  accounts: r.accounts,
  resolved: r.resolved,
  following: r.following,
  followers: r.followers,
  mutuals: r.mutuals,
  dmConversations: r.dmConversations,
  dmMessages: r.dmMessages,
  tweets: r.tweets,
  mentions: r.mentions,
  replies: r.replies,
  touchpointsCreated: r.touchpointsCreated,
  identitiesCreated: r.identitiesCreated,
  matchesSuggested: r.matchesSuggested,
  errors: r.errors,
  importId: r.importId,
  dryRun: r.dryRun,
});

function reportLines(r: XImportReport): string[] {
  return [
    `${r.dryRun ? 'Dry run (nothing written)' : `Imported (import ${r.importId})`}: archive of @${r.owner?.handle ?? '?'} (${r.owner?.accountId ?? '?'})`,
    `accounts: ${r.accounts} (${r.resolved} with a handle); following ${r.following}, followers ${r.followers}, mutuals ${r.mutuals}`,
    `DMs: ${r.dmMessages} messages in ${r.dmConversations} conversations; tweets: ${r.tweets} (${r.replies} replies, ${r.mentions} mentions)`,
    `new accounts: ${r.identitiesCreated}; new interactions: ${r.interactionsCreated}; touchpoints on people: ${r.touchpointsCreated}; accounts with suggested matches: ${r.matchesSuggested}`,
    ...r.errors.map((e) => `skipped: ${e.file}${e.index === null ? '' : ` #${e.index}`}: ${e.message}`),
  ];
}

/** The JSON shape of `crm x accounts`. */
const accountJson = (a: XAccount) => ({
  accountId: a.accountId,
  handle: a.handle,
  name: a.name,
  following: a.following,
  follower: a.follower,
  messagesSent: a.messagesSent,
  messagesReceived: a.messagesReceived,
  mentionsByMe: a.mentionsByMe,
  repliesByMe: a.repliesByMe,
  person: a.person,
  profileUrl: a.profileUrl,
});

function accountLine(a: XAccount): string {
  const follow = a.following && a.follower ? 'mutual' : a.following ? 'following' : a.follower ? 'follower' : '';
  const who = a.handle ? `@${a.handle}` : `(unresolved) ${a.profileUrl}`;
  const talk = `DMs ${a.messagesSent}→ ${a.messagesReceived}←, replies ${a.repliesByMe}, mentions ${a.mentionsByMe}`;
  return [a.accountId.padEnd(20), who, a.name ?? '', follow, talk, a.person ? `= ${a.person.name}` : ''].filter(Boolean).join('  ');
}

function matchLines(m: XMatch): string[] {
  return [
    accountLine(m.account),
    ...m.candidates.map((c) => `   ${Math.round(c.confidence * 100)}%  ${c.person.name}  ${c.person.id}  — ${c.reasons.map((r) => r.text).join('; ')}`),
  ];
}

export function registerXArchive(program: Command, globals: () => GlobalOptions): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('import contacts and history from other tools');
  imports
    .command('x-archive')
    .description('import your X (Twitter) data archive, the .zip or its extracted folder (--json: the import report)')
    .argument('<path>', 'the archive .zip or folder')
    .option('--dry-run', 'read and count everything, write nothing')
    .action(async (path: string, opts: { dryRun?: boolean }) => {
      await withCore(globals(), async (core) => {
        const report = await call(core, 'x:import', { path: resolve(path), dryRun: opts.dryRun ?? false });
        if (globals().json) printJson(reportJson(report));
        else printLines(reportLines(report));
      });
    });

  const history = program.command('imports').description('the import history: what each import brought, and undoing one');
  history
    .command('list')
    .description('imports, newest first (--json: [ImportRecord])')
    .action(async () => {
      await withCore(globals(), async (core) => {
        const items = await collectPages((limit, cursor) => call(core, 'imports:list', { limit, cursor }));
        if (globals().json) printJson(items);
        else
          printLines(
            items.length > 0
              ? items.map((i) => `${i.id}  ${i.startedAt.slice(0, 16).replace('T', ' ')}  ${i.kind.padEnd(10)} ${i.status.padEnd(7)} ${i.sourceName}`)
              : ['No imports yet.'],
          );
      });
    });
  history
    .command('undo')
    .description('take back everything one import added (X archive imports newest first)')
    .argument('<id>', 'import id')
    .action(async (id: string) => {
      await withCore(globals(), async (core) => {
        const record = await call(core, 'imports:undo', { id });
        if (globals().json) printJson(record);
        else printLines([`Undid the ${record.kind} import of ${record.sourceName} (${record.id}).`]);
      });
    });

  const x = program.command('x').description('accounts from your X archive and their links to people');
  x.command('accounts')
    .description('accounts seen in the archive (--json: [{accountId, handle, name, following, follower, messagesSent, messagesReceived, mentionsByMe, repliesByMe, person, profileUrl}])')
    .option('--unmatched', 'only accounts not linked to a person')
    .action(async (opts: { unmatched?: boolean }) => {
      await withCore(globals(), async (core) => {
        const filter = opts.unmatched ? 'unmatched' : 'all';
        const items = await collectPages((limit, cursor) => call(core, 'x:accounts', { filter, limit, cursor }));
        if (globals().json) printJson(items.map(accountJson));
        else printLines(items.length > 0 ? items.map(accountLine) : ['No accounts: import an archive with "crm import x-archive PATH".']);
      });
    });
  x.command('matches')
    .description('suggested people for unlinked accounts, best first (--json: [{account, candidates:[{person, confidence, reasons}]}])')
    .option('--all', 'every unlinked account, not only those you talk to both ways')
    .action(async (opts: { all?: boolean }) => {
      await withCore(globals(), async (core) => {
        const items = await collectPages((limit, cursor) => call(core, 'x:matches', { scope: opts.all ? 'all' : 'talk', limit, cursor }));
        if (globals().json) printJson(items.map((m) => ({ account: accountJson(m.account), candidates: m.candidates })));
        else printLines(items.length > 0 ? items.flatMap(matchLines) : ['No suggestions waiting.']);
      });
    });
  x.command('link')
    .description("link an archive account to a person: its DMs, replies and mentions become touchpoints on their timeline")
    .argument('<account-id>', 'X account id')
    .argument('<person-id>', 'person id')
    .action(async (accountId: string, personId: string) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'x:link', { accountId, personId });
        if (globals().json) printJson(result);
        else printLines([`Linked ${accountId} to ${personId}: ${result.touchpoints} touchpoints.`]);
      });
    });
  x.command('unlink')
    .description('unlink an account: its touchpoints go back to the unmatched account')
    .argument('<account-id>', 'X account id')
    .action(async (accountId: string) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'x:unlink', { accountId });
        if (globals().json) printJson(result);
        else printLines([result.personId ? `Unlinked ${accountId}: ${result.touchpoints} touchpoints moved back to the account.` : `${accountId} was not linked.`]);
      });
    });
}
