import { type Command, InvalidArgumentError } from 'commander';
import type { IdentityKind } from '../../../shared/domain/identity';
import type { Person, PersonSummary } from '../../../shared/domain/person';
import { type GlobalOptions, call, printJson, printLines, withCore } from '../runtime';

function describe(person: Person): string[] {
  const lines = [`${person.displayName}  (${person.id})`];
  for (const i of person.identities) lines.push(`  ${i.kind.padEnd(9)} ${i.display}${i.primary ? '' : '  (other)'}`);
  if (person.circle) lines.push(`  circle    ${person.circle}`);
  if (person.location) lines.push(`  location  ${person.location}`);
  if (person.notes) lines.push(`  notes     ${person.notes}`);
  if (person.archivedAt) lines.push(`  archived  ${person.archivedAt}`);
  lines.push(`  added     ${person.createdAt}`);
  return lines;
}

const summaryLine = (p: PersonSummary) => `${p.id}  ${p.displayName}${p.headline ? `  · ${p.headline}` : ''}`;

export function registerPeople(program: Command, globals: () => GlobalOptions): void {
  const people = program.command('people').description('add, list and show people');

  people
    .command('add')
    .description('add a person; prints the new id (--json prints the person)')
    .requiredOption('--name <name>', 'display name')
    .option('--email <email>', 'email address')
    .option('--x <handle>', 'X handle or profile URL')
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--phone <phone>', 'phone number')
    .option('--note <text>', 'a note about the person')
    .action(async (opts: { name: string; email?: string; x?: string; linkedin?: string; phone?: string; note?: string }) => {
      const identities: { kind: IdentityKind; value: string }[] = [];
      const given: [IdentityKind, string | undefined][] = [
        ['email', opts.email],
        ['x', opts.x],
        ['linkedin', opts.linkedin],
        ['phone', opts.phone],
      ];
      for (const [kind, value] of given) if (value !== undefined) identities.push({ kind, value });
      await withCore(globals(), async (core) => {
        const person = await call(core, 'people:create', { displayName: opts.name, notes: opts.note, identities });
        if (globals().json) printJson(person);
        else printLines([person.id]);
      });
    });

  people
    .command('list')
    .description('list people by name (--json prints an array)')
    .option('--query <text>', 'only people matching this text')
    .option('--limit <n>', 'at most this many', (v) => {
      // parseInt alone let `--limit 0` (or -3, or 2.5) through; the loop below then printed one person.
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1.');
      return n;
    })
    .option('--archived', 'include archived people')
    .action(async (opts: { query?: string; limit?: number; archived?: boolean }) => {
      await withCore(globals(), async (core) => {
        const all: PersonSummary[] = [];
        let cursor: string | undefined;
        const wanted = opts.limit ?? Number.POSITIVE_INFINITY;
        do {
          const limit = Math.max(1, Math.min(500, wanted - all.length));
          const page = await call(core, 'people:list', { limit, cursor, query: opts.query, includeArchived: opts.archived ?? false });
          all.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor && all.length < wanted);
        if (globals().json) printJson(all);
        else printLines(all.length ? all.map(summaryLine) : ['No people yet. Add one with: crm people add --name "Ada Lovelace"']);
      });
    });

  people
    .command('show')
    .description('show one person')
    .argument('<id>', 'person id')
    .action(async (id: string) => {
      await withCore(globals(), async (core) => {
        const person = await call(core, 'people:get', { id });
        if (globals().json) printJson(person);
        else printLines(describe(person));
      });
    });
}
