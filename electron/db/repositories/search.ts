import { foldText } from '../../../shared/util/text';

const MAX_TERMS = 8;

/**
 * Turns what the user typed into an FTS5 MATCH expression: every word is a quoted prefix
 * term, all must match. Quoting makes FTS5 syntax characters in user input inert.
 * Returns null when nothing searchable is left.
 */
export function toMatchExpression(text: string): string | null {
  const terms = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  return terms.length === 0 ? null : terms.map((t) => `"${t}"*`).join(' ');
}
