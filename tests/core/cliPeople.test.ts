import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/main';
import { Person, PersonSummary } from '../../shared/domain/person';
import { call, openTestCore } from '../support/core';
import { type Finished, runCli } from '../support/processes';
import { tempDir } from '../support/tmp';

/** `crm --db <dir>/crm.db …` as a real process (what users run). */
function crm(dir: string, ...args: string[]): Promise<Finished> {
  const db = join(dir, 'crm.db');
  return runCli(['--db', db, ...args], { CRM_DB: db });
}

/** The same through main() in this process: the parsing and output without a ~1 s spawn. */
async function crmHere(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await main(['--db', join(dir, 'crm.db'), ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const names = (stdout: string) => PersonSummary.array().parse(JSON.parse(stdout)).map((p) => p.displayName);

describe('crm people with the issue-4 fields', () => {
  it('people add takes interests, tags, circle, how we met and a job; show prints them', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir);
    const charles = await call(core, 'people:create', { displayName: 'Charles Babbage' });
    const lunch = await call(core, 'events:create', { name: "Gilda's Club lunch" });
    await core.close();

    const added = await crm(dir, '--json', 'people', 'add', '--name', 'Chuck Flagg', '--x', '@theflaggagency', '--interest', 'aviation art', '--interest', 'Burn Notice',
      '--tag', 'prospect', '--circle', 'network', '--met-at', lunch.id, '--met-on', '2026-11', '--via', charles.id, '--org', 'The Flagg Agency', '--title', 'Founder');
    expect(added.code, added.stderr).toBe(0);
    const chuck = Person.parse(JSON.parse(added.stdout));
    expect(chuck).toMatchObject({
      circle: 'network',
      howWeMet: { on: '2026-11', event: { id: lunch.id, name: "Gilda's Club lunch" }, introducedBy: { id: charles.id, name: 'Charles Babbage' } },
      positions: [{ organisation: { name: 'The Flagg Agency' }, title: 'Founder', current: true }],
    });
    expect(chuck.interests.map((i) => i.name)).toEqual(['aviation art', 'Burn Notice']);
    expect(chuck.tags.map((t) => t.name)).toEqual(['prospect']);

    const show = await crmHere(dir, 'people', 'show', chuck.id);
    expect(show.code, show.stderr).toBe(0);
    for (const line of ['job       Founder at The Flagg Agency', "at Gilda's Club lunch", 'through Charles Babbage', 'interests aviation art, Burn Notice', 'tags      #prospect', 'circle    network']) {
      expect(show.stdout).toContain(line);
    }
  });

  it('people list filters by circle, tag and interest names, organisation, and sorts by last touch', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir);
    const ada = await call(core, 'people:create', { displayName: 'Ada', circle: 'inner', interests: ['Poetry'], tags: ['vip'], position: { organisation: 'Acme' } });
    const bob = await call(core, 'people:create', { displayName: 'Bob', interests: ['poetry', 'chess'] });
    await call(core, 'people:create', { displayName: 'Cy', tags: ['VIP'] });
    await call(core, 'touchpoints:create', { at: '2026-01-02T00:00:00Z', channel: 'x_dm', initiatedBy: 'them', personIds: [bob.id] });
    await call(core, 'touchpoints:create', { at: '2026-01-01T00:00:00Z', channel: 'call', initiatedBy: 'me', personIds: [ada.id] });
    await core.close();

    // One real process end to end; the other combinations in-process.
    const byTag = await crm(dir, '--json', 'people', 'list', '--tag', 'vip');
    expect(byTag.code, byTag.stderr).toBe(0);
    expect(names(byTag.stdout)).toEqual(['Ada', 'Cy']);
    const cases: [string[], string[]][] = [
      [['--interest', 'POETRY'], ['Ada', 'Bob']],
      [['--interest', 'poetry', '--tag', 'vip'], ['Ada']],
      [['--circle', 'inner'], ['Ada']],
      [['--org', 'acme'], ['Ada']],
      [['--mode', 'online'], ['Bob']],
      [['--sort', 'last_touch'], ['Bob', 'Ada', 'Cy']],
      [['--sort', 'created', '--limit', '2'], ['Cy', 'Bob']],
    ];
    for (const [args, expected] of cases) {
      const result = await crmHere(dir, '--json', 'people', 'list', ...args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(names(result.stdout), args.join(' ')).toEqual(expected);
    }
    const none = await crmHere(dir, 'people', 'list', '--interest', 'chess', '--tag', 'vip');
    expect(none.stdout).toBe('Nobody matches.\n');
    const unknown = await crmHere(dir, 'people', 'list', '--tag', 'nope');
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([3, '', 'crm: No tag named "nope"\n']);
  });

  it('people update, archive and unarchive', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir);
    const ada = await call(core, 'people:create', { displayName: 'Ada', circle: 'close', interests: ['poetry'], tags: ['a'] });
    await core.close();

    const updated = await crmHere(dir, '--json', 'people', 'update', ada.id, '--name', 'Ada Lovelace', '--circle', 'none', '--interest', 'engines', '--interest', 'math', '--note', 'Analytical');
    expect(updated.code, updated.stderr).toBe(0);
    expect(Person.parse(JSON.parse(updated.stdout))).toMatchObject({ displayName: 'Ada Lovelace', circle: null, notes: 'Analytical', tags: [{ name: 'a' }] });
    expect(Person.parse(JSON.parse(updated.stdout)).interests.map((i) => i.name)).toEqual(['engines', 'math']);

    const archived = await crm(dir, 'people', 'archive', ada.id);
    expect([archived.code, archived.stdout]).toEqual([0, `Archived Ada Lovelace (${ada.id})\n`]);
    expect(names((await crmHere(dir, '--json', 'people', 'list')).stdout)).toEqual([]);
    expect(names((await crmHere(dir, '--json', 'people', 'list', '--archived')).stdout)).toEqual(['Ada Lovelace']);
    const back = await crmHere(dir, '--json', 'people', 'unarchive', ada.id);
    expect(Person.parse(JSON.parse(back.stdout)).archivedAt).toBeNull();
  });

  it('refuses bad flags with one line and exit code 2', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['people', 'add', '--name', 'Ada', '--title', 'CTO'], /^crm: --title needs --org/],
      [['people', 'add', '--name', 'Ada', '--met-on', 'last week'], /^crm: invalid request: howWeMet\.on must be YYYY, YYYY-MM or YYYY-MM-DD$/],
      [['people', 'add', '--name', 'Ada', '--circle', 'bestie'], /argument 'bestie' is invalid/],
      [['people', 'add', '--name', 'Ada', '--via', 'Charles'], /^crm: invalid request: howWeMet\.introducedById must be an id/],
      [['people', 'list', '--sort', 'age'], /argument 'age' is invalid/],
      [['people', 'update', '01a209a4-1a60-7446-b578-4901cb4ce0a6'], /^crm: nothing to change/],
    ];
    for (const [args, message] of cases) {
      const result = await crmHere(dir, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0], args.join(' ')).toMatch(message);
    }
    const missing = await crmHere(dir, 'people', 'archive', '01a209a4-1a60-7446-b578-4901cb4ce0a6');
    expect([missing.code, missing.stderr]).toEqual([3, 'crm: No person with id 01a209a4-1a60-7446-b578-4901cb4ce0a6\n']);
  });

  it('--help works for the new commands', async () => {
    const dir = tempDir();
    for (const command of [['people', 'update'], ['people', 'archive'], ['people', 'unarchive']]) {
      const result = await crmHere(dir, ...command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: crm ${command.join(' ')} `));
    }
    expect((await crmHere(dir, 'people', 'add', '--help')).stdout).toMatch(/--interest <name>.*\n[\s\S]*--met-at <eventId>/);
  });
});
