import { type SQL, sql } from 'drizzle-orm';
import { foldText, sortKeyForName } from '../../../shared/util/text';
import type { Sqlite } from '../client';

const registered = new WeakSet<Sqlite>();

/**
 * Registers `fold_text(x)` on the connection: the same accent and case folding as the people
 * search (JavaScript's, so "Ø" and "ß" fold too), inner whitespace collapsed, for matching names of small tables
 * (events) that have no full-text index. Idempotent per connection.
 */
export function registerFoldText(sqlite: Sqlite): void {
  if (registered.has(sqlite)) return;
  sqlite.function('fold_text', { deterministic: true }, (value: unknown) => (value === null ? null : sortKeyForName(String(value))));
  registered.add(sqlite);
}

const MAX_TERMS = 8;

/** `%`, `_` and the escape character itself are literal in what the user typed (LIKE … ESCAPE '\\'). */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Every word of `query` (folded) must appear somewhere in the folded `column`: the events
 * search. Returns null when the query has no words. Needs registerFoldText.
 */
export function containsEveryWord(column: SQL, query: string): SQL | null {
  const terms = foldText(query).split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return sql.join(
    terms.map((t) => sql`fold_text(${column}) LIKE ${`%${escapeLike(t)}%`} ESCAPE '\\'`),
    sql` AND `,
  );
}

/** The folded column equals the folded name: "gilda's club LUNCH" finds "Gilda's Club lunch". */
export function sameFoldedName(column: SQL, name: string): SQL {
  return sql`fold_text(${column}) = ${sortKeyForName(name)}`;
}
