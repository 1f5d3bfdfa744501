import { type Command, InvalidArgumentError } from 'commander';
import type { Reminder, SnoozePreset } from '../../../shared/domain/reminder';
import type { TouchpointChannel } from '../../../shared/domain/touchpoint';
import { type GlobalOptions, call, collectPages, printJson, printLines, withCore } from '../runtime';
import { positiveInt, shortTime } from './cliFormat';

const STATUSES = ['open', 'due', 'snoozed', 'done', 'dismissed', 'all'] as const;
type ListStatus = (typeof STATUSES)[number];

function status(value: string): ListStatus {
  if (!(STATUSES as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${STATUSES.join(', ')}.`);
  return value as ListStatus;
}

export function reminderLine(r: Reminder): string {
  const when = r.allDay ? r.nextAt.slice(0, 10) : shortTime(r.nextAt);
  const about = r.person ? `  · ${r.person.name}` : '';
  const repeat = r.rrule ? `  (repeats ${r.rrule})` : r.date ? `  (every year on ${r.date.slice(-5)})` : '';
  const state = r.status === 'open' ? (r.timing === 'overdue' ? 'overdue' : r.timing === 'today' ? 'today' : 'open') : r.status;
  return `${r.id}  ${when.padEnd(16)}  ${state.padEnd(9)} ${r.title}${about}${repeat}`;
}

interface AddOptions {
  person?: string;
  event?: string;
  due?: string;
  title?: string;
  rrule?: string;
  anniversary?: string;
  note?: string;
}

export function registerReminders(program: Command, globals: () => GlobalOptions): void {
  const reminders = program.command('reminders').description('reminders: one-off, recurring, anniversaries, event follow-ups, birthdays');
  const print = (reminder: Reminder) => (globals().json ? printJson(reminder) : printLines([reminderLine(reminder)]));

  reminders
    .command('add')
    .description('add a reminder; prints it (--json prints the reminder)')
    .option('--person <id>', 'who it is about (the title defaults to "Get in touch with <name>")')
    .option('--due <iso>', 'when: YYYY-MM-DD (all day, at the morning hour) or an ISO date-time with offset')
    .option('--title <text>', 'what to do')
    .option('--rrule <rule>', 'repeat with an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO')
    .option('--anniversary <date>', 'a yearly anniversary on YYYY-MM-DD or --MM-DD (the due date is then the next one)')
    .option('--event <id>', 'the event it relates to')
    .option('--note <text>', 'a note')
    .action(async (opts: AddOptions) => {
      await withCore(globals(), async (core) => {
        print(
          await call(core, 'reminders:create', {
            personId: opts.person,
            eventId: opts.event,
            due: opts.due,
            title: opts.title,
            rrule: opts.rrule,
            anniversary: opts.anniversary,
            note: opts.note,
          }),
        );
      });
    });

  reminders
    .command('list')
    .description('reminders by when they next ask for attention (--json prints an array)')
    .option('--status <status>', `${STATUSES.join(', ')} (default open: open and snoozed)`, status)
    .option('--person <id>', 'only about this person')
    .option('--limit <n>', 'at most this many', positiveInt)
    .action(async (opts: { status?: ListStatus; person?: string; limit?: number }) => {
      await withCore(globals(), async (core) => {
        const items = await collectPages(
          (limit, cursor) => call(core, 'reminders:list', { status: opts.status ?? 'open', personId: opts.person, limit, cursor }),
          opts.limit,
        );
        if (globals().json) printJson(items);
        else printLines(items.length > 0 ? items.map(reminderLine) : ['No reminders.']);
      });
    });

  reminders
    .command('done')
    .description('mark done; a recurring reminder gets its next occurrence (--json prints {reminder, touchpointId, next})')
    .argument('<id>', 'reminder id')
    .option('--log <channel>', 'also log a touchpoint with the person on this channel (call, email, x_dm, …)')
    .option('--note <text>', 'note for the logged touchpoint')
    .action(async (id: string, opts: { log?: TouchpointChannel; note?: string }) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'reminders:complete', { id, log: opts.log ? { channel: opts.log, note: opts.note } : undefined });
        if (globals().json) printJson(result);
        else {
          const lines = [reminderLine(result.reminder)];
          if (result.touchpointId) lines.push(`logged touchpoint ${result.touchpointId}`);
          if (result.next) lines.push(`next: ${reminderLine(result.next)}`);
          printLines(lines);
        }
      });
    });

  reminders
    .command('snooze')
    .description('snooze until a time or a preset (default: tomorrow morning)')
    .argument('<id>', 'reminder id')
    .option('--until <iso>', 'an ISO date-time with offset')
    .option('--preset <preset>', 'later_today, tomorrow_morning or next_week')
    .action(async (id: string, opts: { until?: string; preset?: SnoozePreset }) => {
      await withCore(globals(), async (core) => {
        const preset = opts.until === undefined ? (opts.preset ?? 'tomorrow_morning') : opts.preset;
        print(await call(core, 'reminders:snooze', { id, until: opts.until, preset }));
      });
    });

  reminders
    .command('dismiss')
    .description('dismiss without doing it')
    .argument('<id>', 'reminder id')
    .action(async (id: string) => {
      await withCore(globals(), async (core) => print(await call(core, 'reminders:dismiss', { id })));
    });

  reminders
    .command('reopen')
    .description('undo done, dismissed or snoozed')
    .argument('<id>', 'reminder id')
    .action(async (id: string) => {
      await withCore(globals(), async (core) => print(await call(core, 'reminders:reopen', { id })));
    });
}
