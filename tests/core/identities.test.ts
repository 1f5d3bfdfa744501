import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/domain/identity';
import type { Person } from '../../shared/domain/person';
import { SOME_ID } from '../support/contractCases';
import { call, dbDigest, recordChanges, useTestCore } from '../support/core';

const env = useTestCore();

const person = (displayName: string, identities: { kind: 'x' | 'email'; value: string; xAccountId?: string; primary?: boolean }[] = []) =>
  call(env.core, 'people:create', { displayName, identities });
const primaries = (p: Person, kind: string) => p.identities.filter((i) => i.kind === kind && i.primary).map((i) => i.value);
const byValue = (p: Person, value: string): Identity => p.identities.find((i) => i.value === value)!;

describe('identities:add', () => {
  it('links a normalised identity and returns the person; the first of a kind is primary', async () => {
    const ada = await person('Ada');
    const changes = recordChanges(env.core);
    const withX = await call(env.core, 'identities:add', { personId: ada.id, identity: { kind: 'x', value: 'twitter.com/AdaL?s=20' } });
    expect(withX.identities).toEqual([
      { id: expect.any(String), personId: ada.id, kind: 'x', value: 'adal', display: '@AdaL', label: null, xAccountId: null, primary: true },
    ]);
    const second = await call(env.core, 'identities:add', { personId: ada.id, identity: { kind: 'x', value: '@ada_alt', label: 'alt' } });
    expect(primaries(second, 'x')).toEqual(['adal']);
    expect(changes).toEqual([
      { entity: 'person', ids: [ada.id] },
      { entity: 'person', ids: [ada.id] },
    ]);
  });

  it('primary: true makes it the only primary of its kind (others of other kinds untouched)', async () => {
    const ada = await person('Ada', [{ kind: 'x', value: 'one' }, { kind: 'email', value: 'ada@example.com' }]);
    const after = await call(env.core, 'identities:add', { personId: ada.id, identity: { kind: 'x', value: 'two', primary: true } });
    expect(primaries(after, 'x')).toEqual(['two']);
    expect(primaries(after, 'email')).toEqual(['ada@example.com']);
    expect(after.identities[0]?.primary).toBe(true);
  });

  it.each([
    ['the same handle in another form', { kind: 'x', value: 'https://mobile.twitter.com/SAMF/status/1' }, /^@SAMF already belongs to Sam$/],
    ['the same X account id under a different handle', { kind: 'x', value: '@sam_new', xAccountId: '777' }, /^X account 777 \(@samf\) already belongs to Sam$/],
    ['the same email in capitals', { kind: 'email', value: 'SAM@EXAMPLE.COM' }, /already belongs to Sam$/],
  ] as const)('refuses %s with CONFLICT naming the owner, writing nothing', async (_label, identity, message) => {
    const sam = await person('Sam', [{ kind: 'x', value: '@samf', xAccountId: '777' }, { kind: 'email', value: 'sam@example.com' }]);
    const ada = await person('Ada');
    const before = dbDigest(env.sqlite);
    const result = await env.core.dispatch('identities:add', { personId: ada.id, identity });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(message), details: { personId: sam.id, personName: 'Sam' } } });
    expect(dbDigest(env.sqlite)).toBe(before);
  });

  it('refuses an identity the person already has (CONFLICT) and an unknown person (NOT_FOUND)', async () => {
    const ada = await person('Ada', [{ kind: 'x', value: 'ada' }]);
    expect(await env.core.dispatch('identities:add', { personId: ada.id, identity: { kind: 'x', value: '@Ada' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await env.core.dispatch('identities:add', { personId: SOME_ID, identity: { kind: 'x', value: 'new' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { id: SOME_ID } },
    });
  });
});

describe('identities:update', () => {
  it('changes the label, sets the X account id and moves the primary', async () => {
    const ada = await person('Ada', [{ kind: 'x', value: 'one' }, { kind: 'x', value: 'two' }]);
    const two = byValue(ada, 'two');
    const after = await call(env.core, 'identities:update', { id: two.id, patch: { primary: true, label: 'work', xAccountId: '42' } });
    expect(byValue(after, 'two')).toMatchObject({ primary: true, label: 'work', xAccountId: '42' });
    expect(primaries(after, 'x')).toEqual(['two']);
    expect(after.identities.map((i) => i.value)).toEqual(['two', 'one']); // primary first
    const cleared = await call(env.core, 'identities:update', { id: two.id, patch: { label: null, xAccountId: null } });
    expect(byValue(cleared, 'two')).toMatchObject({ label: null, xAccountId: null, primary: true });
  });

  it('refuses an X account id someone else has, an account id on an email, and unknown or removed ids', async () => {
    await person('Sam', [{ kind: 'x', value: 'sam', xAccountId: '777' }]);
    const ada = await person('Ada', [{ kind: 'x', value: 'ada' }, { kind: 'email', value: 'ada@example.com' }]);
    const before = dbDigest(env.sqlite);
    expect(await env.core.dispatch('identities:update', { id: byValue(ada, 'ada').id, patch: { xAccountId: '777' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'X account 777 (@sam) already belongs to Sam' },
    });
    expect(await env.core.dispatch('identities:update', { id: byValue(ada, 'ada@example.com').id, patch: { xAccountId: '1' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await env.core.dispatch('identities:update', { id: SOME_ID, patch: { label: 'x' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dbDigest(env.sqlite)).toBe(before);
    await call(env.core, 'identities:remove', { id: byValue(ada, 'ada').id });
    expect(await env.core.dispatch('identities:update', { id: byValue(ada, 'ada').id, patch: { label: 'x' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('identities:remove', () => {
  it('soft-deletes, hands the primary to the next of its kind, and frees the identity for others', async () => {
    const ada = await person('Ada', [{ kind: 'x', value: 'one', xAccountId: '5' }, { kind: 'x', value: 'two' }]);
    const one = byValue(ada, 'one');
    const after = await call(env.core, 'identities:remove', { id: one.id });
    expect(after.identities.map((i) => [i.value, i.primary])).toEqual([['two', true]]);
    expect(env.sqlite.prepare(`SELECT deleted_at IS NOT NULL FROM identities WHERE id = ?`).pluck().get(one.id)).toBe(1);
    const grace = await person('Grace', [{ kind: 'x', value: '@ONE', xAccountId: '5' }]);
    expect(grace.identities.map((i) => i.value)).toEqual(['one']);
    expect(await env.core.dispatch('identities:remove', { id: one.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
