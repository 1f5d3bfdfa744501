import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { toMatchExpression } from '../../electron/db/repositories/search';

// An in-memory FTS5 table with the production tokenizer: every expression must be valid
// FTS5 syntax that searches for words, whatever the user typed.
const fts = new Database(':memory:');
fts.exec(`CREATE VIRTUAL TABLE doc USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')`);
const insert = fts.prepare('INSERT INTO doc(rowid, body) VALUES (?, ?)');
insert.run(1, 'José García near Madrid');
insert.run(2, 'Ada Lovelace NOT a robot');
insert.run(3, 'Grace Hopper (admiral) AND programmer');
const match = (expr: string) => fts.prepare('SELECT rowid FROM doc WHERE doc MATCH ? ORDER BY rowid').pluck().all(expr);
afterAll(() => fts.close());

describe('toMatchExpression', () => {
  it('turns words into folded, quoted prefix terms that must all match', () => {
    expect(toMatchExpression('José Gar')).toBe('"jose"* "gar"*');
    expect(match(toMatchExpression('José Gar')!)).toEqual([1]);
    expect(match(toMatchExpression('jose')!)).toEqual([1]);
    expect(match(toMatchExpression('ada grace')!)).toEqual([]);
  });

  it.each([
    ['"unbalanced quote', ['unbalanced', 'quote']],
    ['ga*', ['ga']],
    ['ada NEAR lovelace', ['ada', 'near', 'lovelace']],
    ['NEAR(ada lovelace, 2)', ['near', 'ada', 'lovelace', '2']],
    ['-robot', ['robot']],
    ['ada NOT robot', ['ada', 'not', 'robot']],
    ['(grace OR ada)', ['grace', 'or', 'ada']],
    ['body:ada', ['body', 'ada']],
    ['^ada', ['ada']],
    ['grace AND', ['grace', 'and']],
    ['{body}: x', ['body', 'x']],
  ])('makes FTS syntax inert: %j', (input, words) => {
    const expr = toMatchExpression(input);
    expect(expr).toBe(words.map((w) => `"${w}"*`).join(' '));
    expect(() => match(expr!)).not.toThrow();
  });

  it('operators typed by the user are searched as words, not obeyed', () => {
    // "ada NOT robot" as FTS syntax would exclude row 2; as words it requires "not" and matches it.
    expect(match(toMatchExpression('ada NOT robot')!)).toEqual([2]);
    expect(match(toMatchExpression('grace OR ada')!)).toEqual([]);
    expect(match(toMatchExpression('(admiral)')!)).toEqual([3]);
  });

  it.each(['', '   ', '"', '***', '()', '- - -', '"*"', '^:{}', '…!?'])('returns null for punctuation only: %j', (input) => {
    expect(toMatchExpression(input)).toBeNull();
  });

  it('caps the number of terms', () => {
    expect(toMatchExpression('a b c d e f g h i j k')!.split(' ')).toHaveLength(8);
  });
});
