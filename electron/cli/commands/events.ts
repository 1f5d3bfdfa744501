import type { Command } from 'commander';
import type { Attendance, Event, EventKind } from '../../../shared/domain/event';
import { type GlobalOptions, call, collectPages, printJson, printLines, withCore } from '../runtime';
import { eventLine, positiveInt } from './cliFormat';

interface AddOptions {
  name: string;
  kind?: EventKind;
  start?: string;
  end?: string;
  place?: string;
  link?: string;
  notes?: string;
}

function describe(event: Event, attendees: Attendance[]): string[] {
  const lines = [`${event.name}  (${event.id})`, `  kind      ${event.kind}`];
  if (event.startsOn) lines.push(`  when      ${event.startsOn}${event.endsOn ? ` – ${event.endsOn}` : ''}`);
  if (event.place) lines.push(`  place     ${event.place}`);
  if (event.link) lines.push(`  link      ${event.link}`);
  if (event.notes) lines.push(`  notes     ${event.notes}`);
  if (event.archivedAt) lines.push(`  archived  ${event.archivedAt}`);
  lines.push(`  ${event.attendees} there, ${event.met} met, ${event.pendingFollowUps} to follow up`);
  for (const a of attendees) {
    lines.push(`  - ${a.displayName}  (${a.personId})  ${a.met ? 'met' : 'not met'}, follow-up ${a.followUp}${a.note ? `  · ${a.note}` : ''}`);
  }
  return lines;
}

export function registerEvents(program: Command, globals: () => GlobalOptions): void {
  const events = program.command('events').description('add, list and show events');

  events
    .command('add')
    .description('add an event; prints the new id (--json prints the event)')
    .requiredOption('--name <name>', 'event name')
    .option('--kind <kind>', 'conference, dinner, party, meetup, call, online or other (default other)')
    .option('--start <date>', 'start: YYYY-MM-DD or an ISO date-time with offset')
    .option('--end <date>', 'end: YYYY-MM-DD or an ISO date-time with offset')
    .option('--place <place>', 'where')
    .option('--link <url>', 'web page of the event')
    .option('--notes <text>', 'notes')
    .action(async (opts: AddOptions) => {
      await withCore(globals(), async (core) => {
        const event = await call(core, 'events:create', {
          name: opts.name,
          kind: opts.kind,
          startsOn: opts.start,
          endsOn: opts.end,
          place: opts.place,
          link: opts.link,
          notes: opts.notes,
        });
        if (globals().json) printJson(event);
        else printLines([event.id]);
      });
    });

  events
    .command('list')
    .description('events, newest first, undated last (--json prints an array)')
    .option('--query <text>', 'only events whose name contains these words')
    .option('--limit <n>', 'at most this many', positiveInt)
    .option('--archived', 'include archived events')
    .action(async (opts: { query?: string; limit?: number; archived?: boolean }) => {
      await withCore(globals(), async (core) => {
        const all = await collectPages(
          (limit, cursor) => call(core, 'events:list', { limit, cursor, query: opts.query, includeArchived: opts.archived ?? false }),
          opts.limit,
        );
        if (globals().json) printJson(all);
        else printLines(all.length ? all.map(eventLine) : ['No events yet. Add one with: crm events add --name "Web Summit" --start 2026-11-10']);
      });
    });

  events
    .command('show')
    .description('one event with everyone who was there (--json prints { event, attendees })')
    .argument('<id>', 'event id')
    .action(async (id: string) => {
      await withCore(globals(), async (core) => {
        const event = await call(core, 'events:get', { id });
        const attendees = await collectPages((limit, cursor) => call(core, 'events:attendees', { eventId: id, limit, cursor }));
        if (globals().json) printJson({ event, attendees });
        else printLines(describe(event, attendees));
      });
    });
}
