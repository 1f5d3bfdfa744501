import { foldText } from '../../../shared/util/text';

const MAX_TERMS = 8;

/**
 * Turns what the user typed into an FTS5 MATCH expression: every word is a quoted prefix
 * term, all must match. Quoting makes FTS5 syntax characters in user input inert.
 * Returns null when nothing searchable is left.
 */
export function toMatchExpression(text: string): string | null {
  const terms = searchTerms(text);
  return terms.length === 0 ? null : terms.map((t) => `"${t}"*`).join(' ');
}

/** The folded words of a search, at most eight. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
}

/** Words this short match only the start of a word in a name (see peopleList). */
export const SHORT_TERM = 2;

/** The same as `toMatchExpression`, limited to the name column: every word must start a name word. */
export function toNameMatchExpression(terms: string[]): string {
  return `name : (${terms.map((t) => `"${t}"*`).join(' ')})`;
}
