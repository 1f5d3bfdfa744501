import type { Command } from 'commander';
import type { Initiator, TouchpointChannel, TouchpointKind } from '../../../shared/domain/touchpoint';
import { type GlobalOptions, call, collectPages, printJson, printLines, withCore } from '../runtime';
import { collect, positiveInt, timelineLine } from './cliFormat';

interface AddOptions {
  person: string[];
  channel: TouchpointChannel;
  initiatedBy: Initiator;
  kind?: TouchpointKind;
  at: string;
  event?: string;
  note?: string;
}

export function registerTouchpoints(program: Command, globals: () => GlobalOptions): void {
  const touchpoints = program.command('touchpoints').description('log interactions');

  touchpoints
    .command('add')
    .description('log an interaction; prints the new id (--json prints the touchpoint)')
    .requiredOption('--person <id>', 'a person in it (repeat for several)', collect)
    .requiredOption('--channel <channel>', 'in_person, call, video, email, text, x_dm, x_mention, linkedin, letter or other')
    .requiredOption('--initiated-by <who>', 'me or them')
    .option('--kind <kind>', 'conversation (default), question, compliment, help_given, help_received, intro_made, intro_received, thanks, gift, share or connected')
    .requiredOption('--at <iso>', 'when: an ISO-8601 date-time with offset, e.g. 2026-11-23T18:30:00Z')
    .option('--event <id>', 'the event it happened at')
    .option('--note <text>', 'what it was about')
    .action(async (opts: AddOptions) => {
      await withCore(globals(), async (core) => {
        const touchpoint = await call(core, 'touchpoints:create', {
          at: opts.at,
          channel: opts.channel,
          initiatedBy: opts.initiatedBy,
          kind: opts.kind,
          personIds: opts.person,
          eventId: opts.event,
          note: opts.note,
        });
        if (globals().json) printJson(touchpoint);
        else printLines([touchpoint.id]);
      });
    });

  program
    .command('timeline')
    .description("everything with one person, newest first (--json prints an array of entries)")
    .argument('<person-id>', 'person id')
    .option('--limit <n>', 'at most this many entries (default 50)', positiveInt)
    .action(async (personId: string, opts: { limit?: number }) => {
      await withCore(globals(), async (core) => {
        const entries = await collectPages((limit, cursor) => call(core, 'timeline:person', { personId, limit, cursor }), opts.limit ?? 50);
        if (globals().json) printJson(entries);
        else printLines(entries.map(timelineLine));
      });
    });
}
