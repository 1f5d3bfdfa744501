import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../shared/util/cursor';
import { foldText, sortKeyForName } from '../../shared/util/text';

describe('keyset cursors', () => {
  it.each([
    [['garcia', '01a209a4-1a60-7446-b578-4901cb4ce0a6']],
    [[1795457651058, '01a209a4-1a60-7446-b578-4901cb4ce0a6']],
    [['zoë ørsted 日本 🙂', null]],
    [[0, -1.5, 'a"b\\c']],
    [[]],
  ] as const)('round-trips %j', (key) => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/); // URL-safe, no padding
    expect(decodeCursor(cursor, key.length)).toEqual(key);
  });

  it('refuses a cursor with the wrong number of parts', () => {
    expect(decodeCursor(encodeCursor(['a', 'b']), 3)).toBeNull();
    expect(decodeCursor(encodeCursor(['a', 'b', 'c']), 2)).toBeNull();
  });

  it.each([
    ['not base64 at all', '!!!***'],
    ['base64 of non-JSON', btoa('hello world')],
    ['JSON that is not an array', btoa(JSON.stringify({ a: 1 }))],
    ['an array holding objects', btoa(JSON.stringify([{}, 'x']))],
    ['an array holding booleans', btoa(JSON.stringify([true, 'x']))],
    ['an array holding arrays', btoa(JSON.stringify([[1], 'x']))],
    ['the empty string', ''],
    ['JSON null', btoa('null')],
    ['a truncated cursor', encodeCursor(['garcia', 'some-id']).slice(0, 10)],
  ])('returns null for %s', (_label, garbage) => {
    expect(decodeCursor(garbage, 2)).toBeNull();
  });
});

describe('text folding', () => {
  it.each([
    ['José', 'jose'],
    ['Zoë', 'zoe'],
    ['GARCÍA', 'garcia'],
    ['Émile', 'emile'],
    ['François', 'francois'],
    ['Ångström', 'angstrom'],
    ['Müller', 'muller'],
    ['  Padded  ', 'padded'],
    ['ﬁnance', 'finance'], // NFKD splits the ligature
  ])('foldText(%j) = %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('folds letters that have no Unicode decomposition (Ø, Ł, ß, Æ), so "orsted" finds "Ørsted"', () => {
    // NFKD leaves these alone; the search documents are folded with the same function
    // (tests/core/search checks the index side).
    expect(foldText('Ørsted')).toBe('orsted');
    expect(foldText('Łukasz')).toBe('lukasz');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Ægir Þór')).toBe('aegir thor');
  });

  it('sort keys fold and collapse inner whitespace', () => {
    expect(sortKeyForName('  Émile   Zola ')).toBe('emile zola');
    expect(sortKeyForName('José\tGarcía')).toBe('jose garcia');
    expect(sortKeyForName('Zoë')).toBe('zoe');
    expect(sortKeyForName('Ørsted')).toBe('orsted');
  });

  it('accented names sort next to their plain spellings', () => {
    const names = ['Zoë', 'Emma', 'Émile', 'Edgar', 'José', 'Joseph', 'Fred'];
    const sorted = [...names].sort((a, b) => (sortKeyForName(a) < sortKeyForName(b) ? -1 : 1));
    expect(sorted).toEqual(['Edgar', 'Émile', 'Emma', 'Fred', 'José', 'Joseph', 'Zoë']);
  });
});
