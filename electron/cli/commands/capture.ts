import type { Command } from 'commander';
import type { SearchResults } from '../../../shared/domain/search';
import type { z } from 'zod';
import { type GlobalOptions, call, printJson, printLines, withCore } from '../runtime';
import { eventLine, positiveInt, touchpointLine } from './cliFormat';

function searchLines(found: z.infer<typeof SearchResults>): string[] {
  const lines: string[] = [];
  for (const p of found.people) lines.push(`person      ${p.id}  ${p.displayName}${p.headline ? `  · ${p.headline}` : ''}`);
  for (const e of found.events) lines.push(`event       ${eventLine(e)}`);
  for (const t of found.touchpoints) lines.push(`touchpoint  ${t.id}  ${touchpointLine(t)}`);
  return lines.length ? lines : ['Nothing found.'];
}

export function registerCapture(program: Command, globals: () => GlobalOptions): void {
  program
    .command('capture')
    .description('quick capture: one line about someone you met; matches or creates the event. Prints the person id (--json prints the CaptureResult)')
    .argument('<line>', `e.g. "Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect"`)
    .option('--person <id>', 'add to this person instead of creating one')
    .option('--event <id>', 'use this event instead of matching the line\'s')
    .option('--no-event', 'link no event')
    .action(async (line: string, opts: { person?: string; event?: string | false }) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'capture:commit', {
          line,
          personId: opts.person,
          eventId: opts.event === false ? null : opts.event,
        });
        if (globals().json) printJson(result);
        else printLines([result.person.id]);
      });
    });

  program
    .command('search')
    .description('people, events and touchpoint notes matching TEXT (--json prints { people, events, touchpoints })')
    .argument('<text>', 'what to look for')
    .option('--limit <n>', 'at most this many of each (default 10, at most 50)', positiveInt)
    .action(async (text: string, opts: { limit?: number }) => {
      await withCore(globals(), async (core) => {
        const found = await call(core, 'search:all', { query: text, limit: opts.limit });
        if (globals().json) printJson(found);
        else printLines(searchLines(found));
      });
    });
}
