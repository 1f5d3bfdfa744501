import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { main } from '../../electron/cli/main';
import { seedDatabase } from '../../electron/core/seed/seed';
import { DuplicateSuggestion, MergeResult } from '../../shared/domain/contacts';
import type { Req } from '../../shared/ipc/contract';
import { call, dbDigest, openTestCore, useTestCore } from '../support/core';
import { runCli } from '../support/processes';
import { tempDir } from '../support/tmp';

const t = useTestCore(Date.UTC(2026, 2, 1, 12));

type PersonInput = Omit<Req<'people:create'>, 'displayName'>;
const person = async (displayName: string, input: PersonInput = {}) => (await call(t.core, 'people:create', { displayName, ...input })).id;
const at = (organisation: string): PersonInput => ({ position: { organisation } });
const email = (value: string): PersonInput => ({ identities: [{ kind: 'email', value }] });
const event = async (name: string) => (await call(t.core, 'events:create', { name })).id;
const attend = (eventId: string, personId: string, met = true) => call(t.core, 'attendance:add', { eventId, personId, met });
const list = async (limit = 100) => (await call(t.core, 'duplicates:list', { limit })).items;
/** The suggestions as [a name, b name, reasons], for the pair in either order. */
const suggested = async () => (await list()).map((s) => ({ names: [s.a.name, s.b.name].sort(), reasons: s.reasons, score: s.score }));

describe('duplicate suggestions: names', () => {
  test('the same full name is enough on its own, folded for accents and case', async () => {
    const a = await person('José García');
    const b = await person('jose  GARCIA');
    const items = await list();
    expect(items).toEqual([{ a: { id: a, name: 'José García' }, b: { id: b, name: 'jose  GARCIA' }, score: 0.6, reasons: ['Same name'] }]);
  });

  test('a hyphenated given name and the same name written with a space are the same name', async () => {
    await person('Mei-Lin Chen', at('Saigon Labs'));
    await person('Mei Lin Chen');
    expect(await suggested()).toEqual([{ names: ['Mei Lin Chen', 'Mei-Lin Chen'], reasons: ['Same name'], score: 0.6 }]);
  });

  test('a middle name one side lacks is still the same name; two different middle names are not', async () => {
    await person('Ada King Lovelace');
    await person('Ada Lovelace');
    await person('John Michael Smith');
    await person('John David Smith');
    expect(await suggested()).toEqual([{ names: ['Ada King Lovelace', 'Ada Lovelace'], reasons: ['Same first and last name'], score: 0.55 }]);
  });

  test('a nickname needs something shared as well: Bob is short for Robert, both at Acme', async () => {
    await person('Bob Smith', at('Acme'));
    await person('Robert Smith', at('ACME'));
    await person('Bobby Jones');
    await person('Robert Jones');
    expect(await suggested()).toEqual([{ names: ['Bob Smith', 'Robert Smith'], reasons: ['Bob is short for Robert', 'Both at Acme'], score: 0.64 }]);
  });

  test('two nicknames of one name, and the nickname column', async () => {
    await person('Bob Stone', at('Acme'));
    await person('Rob Stone', at('Acme'));
    await person('Thomas Baker', { nickname: 'Tiger', ...at('Globex') });
    await person('Tiger Baker', at('Globex'));
    const reasons = (await suggested()).map((s) => s.reasons[0]);
    expect(reasons.sort()).toEqual(['Bob and Rob are both short for Robert', 'Thomas goes by Tiger']);
  });

  test('an initial for the given name, with an event both were met at', async () => {
    const config = await event('Config 2024');
    const j = await person('J. Smith');
    const john = await person('John Smith');
    await person('Jane Smith');
    await attend(config, j);
    await attend(config, john);
    expect(await suggested()).toEqual([{ names: ['J. Smith', 'John Smith'], reasons: ['J. could be John', 'Both met at Config 2024'], score: 0.61 }]);
  });

  test('an event only one of them was met at says "Both at"', async () => {
    const party = await event('Launch party');
    const a = await person('Margaret Hamilton');
    const b = await person('Maggie Hamilton');
    await attend(party, a, true);
    await attend(party, b, false);
    expect((await suggested())[0]?.reasons).toEqual(['Maggie is short for Margaret', 'Both at Launch party']);
  });

  test('one-letter typos on names of five letters or more, in either name', async () => {
    await person('Jessica Miller', email('jess@initech.com'));
    await person('Jesica Miller', email('jmiller@initech.com'));
    await person('Priya Sharma', at('Hooli'));
    await person('Priya Sharna', at('Hooli'));
    // Too short to call a typo: Ann and Anna are two names.
    await person('Ann Lee', at('Hooli'));
    await person('Anna Lee', at('Hooli'));
    expect((await suggested()).map((s) => [s.reasons, s.score])).toEqual([
      [['Sharma and Sharna differ by one letter', 'Both at Hooli'], 0.61],
      [['Jessica and Jesica differ by one letter', 'Same email domain initech.com'], 0.58],
    ]);
  });

  test('given and family names swapped', async () => {
    await person('Wei Wang', at('Tencent'));
    await person('Wang Wei', at('Tencent'));
    expect((await suggested()).map((s) => s.reasons)).toEqual([['First and last names swapped', 'Both at Tencent']]);
  });

  test('a one-word name and a full name with that given name, when something is shared', async () => {
    const party = await event('Gilda’s party');
    const ada = await person('Ada');
    const full = await person('Ada Lovelace');
    await person('Ada Byron');
    await attend(party, ada);
    await attend(party, full);
    expect((await suggested()).map((s) => s.reasons)).toEqual([['Ada could be Ada Lovelace', 'Both met at Gilda’s party']]);
  });

  test('names too far apart are not suggested, whatever they share', async () => {
    for (const name of ['Bob Smyth', 'Robert Smith', 'Alice Jones', 'Alicia Jonas']) await person(name, at('Acme'));
    expect(await list()).toEqual([]);
  });
});

describe('duplicate suggestions: context, scores and limits', () => {
  test('free-mail domains are not shared context; an organisation domain is', async () => {
    await person('Bob Miller', email('bob@gmail.com'));
    await person('Robert Miller', email('robert.miller@gmail.com'));
    await person('Kate Walsh', email('kate@googlemail.com'));
    await person('Katherine Walsh', email('kw@yahoo.co.uk'));
    expect(await list()).toEqual([]);
    await person('Dan Brown', email('dan@acme.io'));
    await person('Daniel Brown', email('daniel@acme.io'));
    expect((await suggested()).map((s) => s.reasons)).toEqual([['Dan is short for Daniel', 'Same email domain acme.io']]);
  });

  test('more shared context scores higher; best first; limit', async () => {
    const config = await event('Config 2024');
    const a = await person('Sam Carter', { ...at('Acme'), ...email('sam@acme.com') });
    const b = await person('Samuel Carter', { ...at('Acme'), ...email('samuel@acme.com') });
    await attend(config, a);
    await attend(config, b);
    await person('Lee Park');
    await person('Lee Park');
    await person('Tom Ross', at('Initech'));
    await person('Thomas Ross', at('Initech'));
    const items = await suggested();
    expect(items.map((s) => [s.names[0], s.score])).toEqual([
      ['Sam Carter', 0.85],
      ['Thomas Ross', 0.64],
      ['Lee Park', 0.6],
    ]);
    expect(items[0]?.reasons).toEqual(['Sam is short for Samuel', 'Both at Acme', 'Both met at Config 2024', 'Same email domain acme.com']);
    expect((await list(1)).map((s) => s.a.name)).toEqual(['Sam Carter']);
  });

  test('a name shared by more than five people needs something shared too', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await person('James Smith', i < 2 ? at('Globex') : {}));
    const items = await list();
    expect(items.map((s) => [s.a.id, s.b.id, s.reasons])).toEqual([[ids[0], ids[1], ['Same name', 'Both at Globex']]]);
  });

  test('a context more than fifty people of one name share tells them apart no more than the name', async () => {
    const sqlite = t.sqlite;
    // 52 "Info Desk" addresses at one company: not 1,326 pairs.
    for (let i = 0; i < 52; i++) await person('Info Desk', { ...at('Acme'), ...email(`info${i}@acme.com`) });
    expect(await list()).toEqual([]);
    expect(sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(52);
  });

  test('archived and merged people are never suggested', async () => {
    const a = await person('Grace Hopper');
    const b = await person('Grace Hopper');
    const c = await person('Grace Hopper');
    await call(t.core, 'people:archive', { id: c });
    expect((await list()).map((s) => [s.a.id, s.b.id])).toEqual([[a, b]]);
    await call(t.core, 'people:merge', { keepId: a, otherId: b });
    expect(await list()).toEqual([]);
  });
});

describe('not the same person', () => {
  test('a rejected pair is remembered (either order, idempotent) and never suggested again', async () => {
    const a = await person('Linus Pauling');
    const b = await person('Linus Pauling');
    const c = await person('Linus Pauling');
    expect(await call(t.core, 'duplicates:reject', { aId: b, bId: a })).toEqual({ aId: b, bId: a });
    await call(t.core, 'duplicates:reject', { aId: a, bId: b });
    const rows = t.sqlite.prepare('SELECT person_a, person_b FROM duplicate_rejections').raw().all();
    expect(rows).toEqual([[a < b ? a : b, a < b ? b : a]]);
    expect((await list()).map((s) => [s.a.id, s.b.id])).toEqual([
      [a, c],
      [b, c],
    ]);
  });

  test('unknown people are NOT_FOUND and the same id twice INVALID_INPUT, writing nothing', async () => {
    const a = await person('Linus Pauling');
    const before = dbDigest(t.sqlite);
    const unknown = '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a';
    expect(await t.core.dispatch('duplicates:reject', { aId: a, bId: unknown })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { id: unknown } } });
    expect(await t.core.dispatch('duplicates:reject', { aId: a, bId: a })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dbDigest(t.sqlite)).toBe(before);
  });
});

/** `crm --db <dir>/crm.db …` through main() in this process: the parsing and output without a ~1 s spawn. */
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

describe('crm duplicates and crm merge', () => {
  test('list, merge with --take, undo and reject end to end, with exit codes for mistakes', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir);
    const robert = (await call(core, 'people:create', { displayName: 'Robert Smith', position: { organisation: 'Acme' } })).id;
    const bob = (await call(core, 'people:create', { displayName: 'Bob Smith', position: { organisation: 'Acme' }, identities: [{ kind: 'email', value: 'bob@acme.com' }] })).id;
    await core.close();

    // One real process end to end; the rest in-process.
    const listed = await runCli(['--db', join(dir, 'crm.db'), '--json', 'duplicates'], { CRM_DB: join(dir, 'crm.db') });
    expect(listed.code, listed.stderr).toBe(0);
    expect(DuplicateSuggestion.array().parse(JSON.parse(listed.stdout))).toEqual([
      { a: { id: robert, name: 'Robert Smith' }, b: { id: bob, name: 'Bob Smith' }, score: 0.64, reasons: ['Bob is short for Robert', 'Both at Acme'] },
    ]);
    const text = await crmHere(dir, 'duplicates', '--limit', '5');
    expect(text.stdout).toBe(`0.64  Robert Smith  ${robert}  ↔  Bob Smith  ${bob}\n      Bob is short for Robert; Both at Acme\n`);

    const merged = await crmHere(dir, '--json', 'merge', robert, bob, '--take', 'displayName=other', '--take', 'notes');
    expect(merged.code, merged.stderr).toBe(0);
    const result = MergeResult.parse(JSON.parse(merged.stdout));
    expect(result).toMatchObject({ survivor: { id: robert, name: 'Bob Smith' }, merged: { id: bob }, moved: { identities: 1, positions: 1 } });
    expect((await crmHere(dir, 'duplicates')).stdout).toBe('No likely duplicates.\n');
    const again = await crmHere(dir, 'merge', robert, bob);
    expect([again.code, again.stderr]).toEqual([4, 'crm: Bob Smith was already merged into someone else\n']);

    const undone = await crmHere(dir, 'merge', 'undo', result.mergeId);
    expect(undone.stdout).toBe(`Undid merge ${result.mergeId}: Bob Smith (${bob}) is separate from Robert Smith (${robert}) again.\n`);
    expect((await crmHere(dir, 'merge', 'undo', result.mergeId)).code).toBe(4);

    const rejected = await crmHere(dir, 'duplicates', 'reject', bob, robert);
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(JSON.parse((await crmHere(dir, '--json', 'duplicates')).stdout)).toEqual([]);

    const textMerge = await crmHere(dir, 'merge', robert, bob);
    expect(textMerge.stdout).toContain(`Merged Bob Smith (${bob}) into Robert Smith (${robert}).\nmoved: 1 identity, 0 touchpoints, 0 events, 0 reminders, 1 job,`);
    expect(textMerge.stdout).toMatch(/take it back with: crm merge undo [0-9a-f-]{36}\)\n$/);

    const unknown = '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a';
    const mistakes: [string[], number][] = [
      [['merge', robert, robert], 2],
      [['merge', robert, unknown], 3],
      [['merge', robert, bob, '--take', 'shoeSize=other'], 2],
      [['merge', robert, bob, '--take', 'notes=both'], 2],
      [['merge', 'undo', unknown], 3],
      [['duplicates', '--limit', '0'], 2],
      [['duplicates', 'reject', robert, robert], 2],
    ];
    for (const [args, code] of mistakes) expect((await crmHere(dir, ...args)).code, args.join(' ')).toBe(code);
  });
});

describe('at scale', () => {
  test('10,000 seeded people (names shared by dozens each): suggestions in well under a second, never all pairs', async () => {
    seedDatabase(t.core, { people: 10_000, touchpoints: 0, seed: 3 });
    const started = performance.now();
    const items = await list(500);
    const ms = performance.now() - started;
    expect(items.length).toBeGreaterThan(100);
    expect(items.every((s) => s.reasons.length >= 1 && s.score > 0 && s.score <= 1)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });
});
