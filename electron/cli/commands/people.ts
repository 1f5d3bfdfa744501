import { type Command, Option } from 'commander';
import type { IdentityKind } from '../../../shared/domain/identity';
import type { PersonCreate } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import { sortKeyForName } from '../../../shared/util/text';
import type { Core } from '../../core/core';
import { type GlobalOptions, call, collectPages, printJson, printLines, withCore } from '../runtime';
import { collect, positiveInt } from './cliFormat';
import { describePerson, summaryLine } from './personText';

const CIRCLE_NAMES = ['inner', 'close', 'network', 'keep_warm', 'dormant'] as const;
type CircleName = (typeof CIRCLE_NAMES)[number];

/** The id of the interest, tag or organisation with this name (folded), or NOT_FOUND. */
async function labelId(core: Core, channel: 'interests:list' | 'tags:list' | 'organisations:list', name: string): Promise<string> {
  const key = sortKeyForName(name);
  const found = (await call(core, channel, { query: name, limit: 200 })).find((l) => sortKeyForName(l.name) === key);
  const what = { 'interests:list': 'interest', 'tags:list': 'tag', 'organisations:list': 'organisation' }[channel];
  if (!found) throw new AppError('NOT_FOUND', `No ${what} named "${name}"`, { [what]: name });
  return found.id;
}

interface AddOptions {
  name: string;
  email?: string;
  x?: string;
  linkedin?: string;
  phone?: string;
  note?: string;
  interest?: string[];
  tag?: string[];
  circle?: CircleName;
  metAt?: string;
  metOn?: string;
  via?: string;
  org?: string;
  title?: string;
}

function createRequest(opts: AddOptions): PersonCreate {
  const identities: { kind: IdentityKind; value: string }[] = [];
  const given: [IdentityKind, string | undefined][] = [
    ['email', opts.email],
    ['x', opts.x],
    ['linkedin', opts.linkedin],
    ['phone', opts.phone],
  ];
  for (const [kind, value] of given) if (value !== undefined) identities.push({ kind, value });
  if (opts.title !== undefined && opts.org === undefined) throw new AppError('INVALID_INPUT', '--title needs --org (the organisation of the job)');
  const met = { eventId: opts.metAt, on: opts.metOn, introducedById: opts.via };
  return {
    displayName: opts.name,
    notes: opts.note,
    identities,
    interests: opts.interest,
    tags: opts.tag,
    circle: opts.circle,
    ...(Object.values(met).some((v) => v !== undefined) ? { howWeMet: met } : {}),
    ...(opts.org !== undefined ? { position: { organisation: opts.org, title: opts.title } } : {}),
  };
}

export function registerPeople(program: Command, globals: () => GlobalOptions): void {
  const people = program.command('people').description('add, list, show, update and archive people');
  const circleOption = () => new Option('--circle <circle>', 'circle').choices(CIRCLE_NAMES);

  people
    .command('add')
    .description('add a person; prints the new id (--json prints the person)')
    .requiredOption('--name <name>', 'display name')
    .option('--email <email>', 'email address')
    .option('--x <handle>', 'X handle or profile URL')
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--phone <phone>', 'phone number')
    .option('--note <text>', 'a note about the person')
    .option('--interest <name>', 'an interest (repeat for more)', collect)
    .option('--tag <name>', 'a tag (repeat for more)', collect)
    .addOption(circleOption())
    .option('--met-at <eventId>', 'how we met: the event (its id)')
    .option('--met-on <date>', 'how we met: when (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--via <personId>', 'how we met: introduced by (their id)')
    .option('--org <organisation>', 'their job: the organisation (matched by name or created)')
    .option('--title <title>', 'their job: the title (with --org)')
    .action(async (opts: AddOptions) => {
      const request = createRequest(opts);
      await withCore(globals(), async (core) => {
        const person = await call(core, 'people:create', request);
        if (globals().json) printJson(person);
        else printLines([person.id]);
      });
    });

  people
    .command('list')
    .description('list people (--json prints an array)')
    .option('--query <text>', 'only people matching this text')
    .addOption(circleOption())
    .option('--tag <name>', 'only people with this tag')
    .option('--interest <name>', 'only people who share this interest')
    .option('--org <organisation>', 'only people who work or worked there')
    .option('--met-at <eventId>', 'only people met at this event')
    .addOption(new Option('--mode <mode>', 'only people met online only, offline only, or both').choices(['online', 'offline', 'both']))
    .addOption(new Option('--sort <sort>', 'order').choices(['name', 'created', 'last_touch']).default('name'))
    .option('--limit <n>', 'at most this many', positiveInt)
    .option('--archived', 'include archived people')
    .action(
      async (opts: {
        query?: string;
        circle?: CircleName;
        tag?: string;
        interest?: string;
        org?: string;
        metAt?: string;
        mode?: 'online' | 'offline' | 'both';
        sort: 'name' | 'created' | 'last_touch';
        limit?: number;
        archived?: boolean;
      }) => {
        await withCore(globals(), async (core) => {
          const filters = {
            query: opts.query,
            circle: opts.circle,
            sort: opts.sort,
            mode: opts.mode,
            metAtEventId: opts.metAt,
            includeArchived: opts.archived ?? false,
            tagId: opts.tag === undefined ? undefined : await labelId(core, 'tags:list', opts.tag),
            interestId: opts.interest === undefined ? undefined : await labelId(core, 'interests:list', opts.interest),
            organisationId: opts.org === undefined ? undefined : await labelId(core, 'organisations:list', opts.org),
          };
          const all = await collectPages((limit, cursor) => call(core, 'people:list', { ...filters, limit, cursor }), opts.limit);
          const filtered = Object.entries(opts).some(([k, v]) => v !== undefined && !['sort', 'limit', 'archived'].includes(k));
          if (globals().json) printJson(all);
          else if (all.length > 0) printLines(all.map(summaryLine));
          else printLines([filtered ? 'Nobody matches.' : 'No people yet. Add one with: crm people add --name "Ada Lovelace"']);
        });
      },
    );

  people
    .command('show')
    .description('show one person')
    .argument('<id>', 'person id')
    .action(async (id: string) => {
      await withCore(globals(), async (core) => {
        const person = await call(core, 'people:get', { id });
        if (globals().json) printJson(person);
        else printLines(describePerson(person));
      });
    });

  people
    .command('update')
    .description('change a person; --interest and --tag replace the whole set (--json prints the person)')
    .argument('<id>', 'person id')
    .option('--name <name>', 'display name')
    .option('--note <text>', 'the note (empty to clear)')
    .option('--location <text>', 'where they are based (empty to clear)')
    .addOption(new Option('--circle <circle>', 'circle, or none').choices([...CIRCLE_NAMES, 'none']))
    .option('--interest <name>', 'an interest (repeat for more; replaces their interests)', collect)
    .option('--tag <name>', 'a tag (repeat for more; replaces their tags)', collect)
    .action(async (id: string, opts: { name?: string; note?: string; location?: string; circle?: CircleName | 'none'; interest?: string[]; tag?: string[] }) => {
      const patch = {
        displayName: opts.name,
        notes: opts.note,
        location: opts.location,
        circle: opts.circle === 'none' ? null : opts.circle,
        interests: opts.interest,
        tags: opts.tag,
      };
      const present = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      if (Object.keys(present).length === 0) throw new AppError('INVALID_INPUT', 'nothing to change: give at least one of --name, --note, --location, --circle, --interest, --tag');
      await withCore(globals(), async (core) => {
        const person = await call(core, 'people:update', { id, patch: present });
        if (globals().json) printJson(person);
        else printLines(describePerson(person));
      });
    });

  for (const [name, archive] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    people
      .command(name)
      .description(archive ? 'archive a person: they leave lists and search but keep their history' : 'bring an archived person back')
      .argument('<id>', 'person id')
      .action(async (id: string) => {
        await withCore(globals(), async (core) => {
          const person = await call(core, archive ? 'people:archive' : 'people:unarchive', { id });
          if (globals().json) printJson(person);
          else printLines([`${archive ? 'Archived' : 'Unarchived'} ${person.displayName} (${person.id})`]);
        });
      });
  }
}
