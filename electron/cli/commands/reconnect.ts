import { type Command, InvalidArgumentError } from 'commander';
import { CIRCLES, type CircleId } from '../../../shared/domain/person';
import type { CadenceStatus, ReconnectItem, RelationshipHealth, TodayView } from '../../../shared/domain/reconnect';
import { type GlobalOptions, call, collectPages, printJson, printLines, withCore } from '../runtime';
import { positiveInt } from './cliFormat';
import { reminderLine } from './reminders';

const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** A circle by id or name, any case, spaces or dashes for underscores; `none` clears. */
export function circleArg(value: string): CircleId | null {
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (key === 'none') return null;
  const circle = CIRCLES.find((c) => c.id === key || c.name.toLowerCase().replace(/\s+/g, '_') === key);
  if (!circle) throw new InvalidArgumentError(`must be one of ${CIRCLES.map((c) => c.id).join(', ')} or none.`);
  return circle.id;
}

/** Days as a whole number 1–3650, or `circle`/`none` to follow the circle again. */
function cadenceArg(value: string): number | null {
  if (value === 'circle' || value === 'none') return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3650) throw new InvalidArgumentError('must be a whole number of days from 1 to 3650, or "circle".');
  return n;
}

export function cadenceText(c: CadenceStatus): string {
  if (c.state === 'none') return 'no cadence';
  const from = c.source === 'person' ? 'own' : 'circle';
  const days = c.daysOverdue ?? 0;
  const where = c.state === 'overdue' ? `${days} days overdue` : c.state === 'due_soon' ? `due in ${-days} days` : `ok, due ${c.dueAt?.slice(0, 10)}`;
  return `every ${c.cadenceDays} days (${from}); ${where}`;
}

/** The JSON shape of `crm reconnect`, as documented in the README. */
const reconnectJson = (i: ReconnectItem) => ({
  personId: i.personId,
  name: i.name,
  score: i.score,
  reasons: i.reasons.map((r) => ({ code: r.code, text: r.text, points: r.points })),
  opener: i.opener,
});

function reconnectLines(items: ReconnectItem[]): string[] {
  if (items.length === 0) return ['Nobody to reconnect with right now.'];
  return items.flatMap((i, n) => [
    `${n + 1}. ${i.name}  (score ${i.score})  ${i.personId}`,
    ...i.reasons.map((r) => `   - ${r.code}${r.points ? ` +${r.points}` : ''}: ${r.text}`),
    `   opener: ${i.opener}`,
  ]);
}

function healthLines(h: RelationshipHealth): string[] {
  const bars = h.months.map((m) => ' ▁▂▃▄▅▆▇█'[Math.min(8, m.count)]).join('');
  return [
    `${h.person.name}  ${h.person.id}`,
    `last touchpoint: ${h.lastTouchAt ?? 'never'}`,
    `touchpoints: ${h.touches90d} in 90 days, ${h.touches12m} in 12 months, ${h.total} in all`,
    `who starts: ${h.recent.text}`,
    `reciprocity: ${h.reciprocity.text}`,
    `trend: ${h.trend.direction} (${h.trend.last6m} in the last 6 months, ${h.trend.previous6m} in the 6 before)`,
    `cadence: ${cadenceText(h.cadence)}`,
    `per month since ${h.months[0]?.month}: ${bars}`,
  ];
}

function todayLines(t: TodayView): string[] {
  const section = (title: string, lines: string[]) => (lines.length > 0 ? [`${title}:`, ...lines.map((l) => `  ${l}`)] : []);
  const lines = [
    ...section('Overdue', t.overdue.map(reminderLine)),
    ...section('Due today', t.dueToday.map(reminderLine)),
    ...section('Reconnect', reconnectLines(t.reconnect)),
    ...section('Events awaiting follow-up', t.followUps.map((f) => `${f.event.name} (${f.startsOn ?? 'undated'}): ${f.pending} to follow up — ${f.people.map((p) => p.name).join(', ')}`)),
    ...section('Birthdays this week', t.birthdays.map((b) => `${b.on}  ${b.person.name}${b.turns ? ` turns ${b.turns}` : ''}`)),
  ];
  return lines.length > 0 ? lines : ['Nothing for today.'];
}

export function registerReconnect(program: Command, globals: () => GlobalOptions): void {
  const out = <T>(value: T, lines: (v: T) => string[]) => (globals().json ? printJson(value) : printLines(lines(value)));

  program
    .command('cadence')
    .description("how often to be in touch with someone")
    .command('set')
    .description('set a person\'s own cadence in days ("circle" to follow their circle again)')
    .argument('<person-id>', 'person id')
    .argument('<days>', 'days between touches, or "circle"', cadenceArg)
    .action(async (personId: string, days: number | null) => {
      await withCore(globals(), async (core) => {
        await call(core, 'people:update', { id: personId, patch: { cadenceDays: days } });
        out(await call(core, 'health:person', { id: personId }), (h) => [`${h.person.name}: ${cadenceText(h.cadence)}`]);
      });
    });

  const circle = program.command('circle').description("a person's circle, and each circle's cadence");
  circle
    .command('set')
    .description('put a person in a circle (inner, close, network, keep_warm, dormant, or none)')
    .argument('<person-id>', 'person id')
    .argument('<name>', 'circle', circleArg)
    .action(async (personId: string, name: CircleId | null) => {
      await withCore(globals(), async (core) => {
        await call(core, 'people:update', { id: personId, patch: { circle: name } });
        out(await call(core, 'health:person', { id: personId }), (h) => [`${h.person.name}: ${name ?? 'no circle'}; ${cadenceText(h.cadence)}`]);
      });
    });
  circle
    .command('cadence')
    .description("change a circle's cadence; its people without their own follow")
    .argument('<name>', 'circle', circleArg)
    .argument('<days>', 'days between touches', positiveInt)
    .action(async (name: CircleId | null, days: number) => {
      if (name === null) throw new InvalidArgumentError('name a circle');
      await withCore(globals(), async (core) => out(await call(core, 'circles:update', { id: name, cadenceDays: days }), (c) => [`${c.name}: every ${c.cadenceDays} days (${peopleCount(c.people)})`]));
    });

  program
    .command('circles')
    .description('the circles, their cadence and how many people are in each')
    .action(async () => {
      await withCore(globals(), async (core) =>
        out(await call(core, 'circles:list', undefined), (list) => list.map((c) => `${c.id.padEnd(10)} every ${String(c.cadenceDays).padStart(3)} days  ${peopleCount(c.people)}`)),
      );
    });

  program
    .command('reconnect')
    .description('who to reach out to now, ranked, with reasons and an opener (--json: [{personId, name, score, reasons, opener}])')
    .option('--limit <n>', 'how many (default 10, at most 50)', positiveInt)
    .action(async (opts: { limit?: number }) => {
      await withCore(globals(), async (core) => {
        const items = await call(core, 'reconnect:list', { limit: Math.min(opts.limit ?? 10, 50) });
        if (globals().json) printJson(items.map(reconnectJson));
        else printLines(reconnectLines(items));
      });
    });

  program
    .command('health')
    .description('relationship health of one person')
    .argument('<person-id>', 'person id')
    .action(async (personId: string) => {
      await withCore(globals(), async (core) => out(await call(core, 'health:person', { id: personId }), healthLines));
    });

  program
    .command('today')
    .description('overdue and due reminders, who to reconnect with, events awaiting follow-up, birthdays this week')
    .option('--limit <n>', 'how many people to reconnect with (default 5)', positiveInt)
    .action(async (opts: { limit?: number }) => {
      await withCore(globals(), async (core) => out(await call(core, 'today:get', { reconnectLimit: Math.min(opts.limit ?? 5, 50) }), todayLines));
    });

  program
    .command('prune')
    .description('people to consider moving to dormant or archiving (one-way attempts, never engaged); changes nothing')
    .option('--limit <n>', 'at most this many', positiveInt)
    .action(async (opts: { limit?: number }) => {
      await withCore(globals(), async (core) => {
        const items = await collectPages((limit, cursor) => call(core, 'prune:list', { limit, cursor }), opts.limit);
        out(items, (list) => (list.length > 0 ? list.map((p) => `${p.personId}  ${p.name}  → ${p.suggestion}: ${p.text}`) : ['Nobody to prune.']));
      });
    });
}
