import { type Command, InvalidArgumentError } from 'commander';
import { MERGE_FIELDS, type DuplicateSuggestion, type MergeResult } from '../../../shared/domain/contacts';
import { type GlobalOptions, call, printJson, printLines, withCore } from '../runtime';
import { positiveInt } from './cliFormat';

type Side = 'keep' | 'other';
type Take = Partial<Record<(typeof MERGE_FIELDS)[number], Side>>;

/** `--take field=other` (repeatable; `field` alone means other): whose value the survivor keeps, per field. */
export function takeOption(value: string, previous: Take = {}): Take {
  const [field, side = 'other'] = value.split('=', 2) as [string, string | undefined];
  if (!(MERGE_FIELDS as readonly string[]).includes(field)) throw new InvalidArgumentError(`the field is one of ${MERGE_FIELDS.join(', ')}.`);
  if (side !== 'keep' && side !== 'other') throw new InvalidArgumentError('the side is keep or other.');
  return { ...previous, [field]: side };
}

function suggestionLines(s: DuplicateSuggestion): string[] {
  return [`${s.score.toFixed(2)}  ${s.a.name}  ${s.a.id}  ↔  ${s.b.name}  ${s.b.id}`, `      ${s.reasons.join('; ')}`];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function mergeLines(r: MergeResult): string[] {
  const m = r.moved;
  return [
    `Merged ${r.merged.name} (${r.merged.id}) into ${r.survivor.name} (${r.survivor.id}).`,
    `moved: ${[
      plural(m.identities, 'identity', 'identities'),
      plural(m.touchpoints, 'touchpoint'),
      plural(m.events, 'event'),
      plural(m.reminders, 'reminder'),
      plural(m.positions, 'job'),
      plural(m.relationships, 'relationship'),
      plural(m.labels, 'tag or interest', 'tags and interests'),
      plural(m.xAccounts, 'X account'),
    ].join(', ')}`,
    `merge ${r.mergeId} (take it back with: crm merge undo ${r.mergeId})`,
  ];
}

export function registerDuplicates(program: Command, globals: () => GlobalOptions): void {
  const duplicates = program
    .command('duplicates')
    .description('likely duplicate people, best first, with why (--json: [{a: {id, name}, b: {id, name}, score, reasons}])')
    .option('--limit <n>', 'at most this many pairs (default 20, at most 500)', positiveInt)
    .action(async (opts: { limit?: number }) => {
      await withCore(globals(), async (core) => {
        const { items } = await call(core, 'duplicates:list', { limit: opts.limit ?? 20 });
        if (globals().json) printJson(items);
        else printLines(items.length > 0 ? items.flatMap(suggestionLines) : ['No likely duplicates.']);
      });
    });
  duplicates
    .command('reject')
    .description('remember that two people are not the same: the pair is never suggested again (--json: {aId, bId})')
    .argument('<a-id>', 'person id')
    .argument('<b-id>', 'person id')
    .action(async (aId: string, bId: string) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'duplicates:reject', { aId, bId });
        if (globals().json) printJson(result);
        else printLines([`Not the same person: ${aId} and ${bId} will not be suggested again.`]);
      });
    });

  const merge = program
    .command('merge')
    .description('merge OTHER_ID into KEEP_ID: identities, touchpoints, events, reminders, jobs, tags and links move to KEEP_ID (--json: MergeResult)')
    .argument('<keep-id>', 'the person who stays')
    .argument('<other-id>', 'the person merged in (archived, and marked merged)')
    .option('--take <field=side>', `a field from the other (field=other) or kept (field=keep): ${MERGE_FIELDS.join(', ')}; repeatable`, takeOption)
    .action(async (keepId: string, otherId: string, opts: { take?: Take }) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'people:merge', { keepId, otherId, take: opts.take ?? {} });
        if (globals().json) printJson(result);
        else printLines(mergeLines(result));
      });
    });
  merge
    .command('undo')
    .description('take a merge back: the other person returns with everything that was theirs (later merges of either first) (--json: {mergeId, survivor, restored})')
    .argument('<merge-id>', 'the merge id printed by crm merge')
    .action(async (mergeId: string) => {
      await withCore(globals(), async (core) => {
        const result = await call(core, 'people:merge-undo', { mergeId });
        if (globals().json) printJson(result);
        else printLines([`Undid merge ${mergeId}: ${result.restored.name} (${result.restored.id}) is separate from ${result.survivor.name} (${result.survivor.id}) again.`]);
      });
    });
}
