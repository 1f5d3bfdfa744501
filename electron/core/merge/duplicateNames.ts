import { canonicalFirstNames } from '../xArchive/nicknames';

/**
 * One way a person's name reads, folded (accent- and case-free): the first word is the
 * given name, the last the family name, anything between the middle. A one-word name has
 * no family name.
 */
export interface NameForm {
  full: string;
  given: string;
  middle: string;
  family: string | null;
  /** The nickname column, folded: another given name they go by. */
  nick: string | null;
}

/** Why two names may be one person's; rendered into words only for the pairs shown. */
export type NameReason =
  | { code: 'same' }
  | { code: 'first_last' }
  | { code: 'swapped' }
  | { code: 'nickname'; a: string; b: string; root: string }
  | { code: 'initial'; initial: string; name: string }
  | { code: 'typo'; a: string; b: string }
  | { code: 'goes_by'; name: string; nick: string }
  | { code: 'first_only'; word: string };

export interface NameMatch {
  /** `same`: enough on its own; `similar`: needs something shared as well. */
  kind: 'same' | 'similar';
  /** How much the names alone say (0–1), combined with shared context into the score. */
  weight: number;
  reason: NameReason;
}

export function formOf(words: string[], nick: string | null): NameForm | null {
  if (words.length === 0) return null;
  return {
    full: words.join(' '),
    given: words[0]!,
    middle: words.slice(1, -1).join(' '),
    family: words.length > 1 ? words[words.length - 1]! : null,
    nick: nick && nick !== words[0] ? nick : null,
  };
}

/** At most one edit apart (substitution, insertion, deletion or two neighbours swapped), and not equal. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const rest = a.slice(i + 1) === b.slice(i + 1);
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return rest || swapped;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/** Small typos count only on names of five letters or more: "Ann" and "Anna" are two names. */
const MIN_TYPO_LENGTH = 5;
const typo = (a: string, b: string) => a.length >= MIN_TYPO_LENGTH && b.length >= MIN_TYPO_LENGTH && oneEditApart(a, b);

/** How two given names relate, trying the nickname column of each as well. */
function givenMatch(a: NameForm, b: NameForm): NameMatch | null {
  const as = a.nick ? [a.given, a.nick] : [a.given];
  const bs = b.nick ? [b.given, b.nick] : [b.given];
  let best: NameMatch | null = null;
  const consider = (m: NameMatch) => {
    if (!best || m.weight > best.weight) best = m;
  };
  for (const x of as) {
    for (const y of bs) {
      if (x === y) {
        // One goes by the other's given name (the nickname column).
        const reason: NameReason = x === a.nick ? { code: 'goes_by', name: a.given, nick: x } : { code: 'goes_by', name: b.given, nick: y };
        consider({ kind: 'similar', weight: 0.5, reason });
        continue;
      }
      const root = canonicalFirstNames(x).find((r) => canonicalFirstNames(y).includes(r));
      if (root) consider({ kind: 'similar', weight: 0.45, reason: { code: 'nickname', a: x, b: y, root } });
      else if (x.length === 1 && y.startsWith(x)) consider({ kind: 'similar', weight: 0.35, reason: { code: 'initial', initial: x, name: y } });
      else if (y.length === 1 && x.startsWith(y)) consider({ kind: 'similar', weight: 0.35, reason: { code: 'initial', initial: y, name: x } });
      else if (typo(x, y)) consider({ kind: 'similar', weight: 0.4, reason: { code: 'typo', a: x, b: y } });
    }
  }
  return best;
}

/**
 * Whether two name forms may be one person's, and how strongly. Only one part of the name
 * may be off (a nickname, an initial or a typo in the given name, or a typo in the family
 * name): "Bob Smyth" and "Robert Smith" are two steps apart and not suggested.
 */
export function matchNames(a: NameForm, b: NameForm): NameMatch | null {
  if (a.family === null || b.family === null) {
    // A one-word name ("Ada", as captured at a party) against a full name with that given name.
    if (a.family === null && b.family === null) return a.given === b.given ? { kind: 'similar', weight: 0.3, reason: { code: 'same' } } : null;
    const [single, full] = a.family === null ? [a, b] : [b, a];
    const word = single.given;
    return word === full.given || word === full.nick ? { kind: 'similar', weight: 0.25, reason: { code: 'first_only', word } } : null;
  }
  if (a.full === b.full) return { kind: 'same', weight: 0.6, reason: { code: 'same' } };
  if (a.given === b.given && a.family === b.family) {
    // "Ada Lovelace" and "Ada King Lovelace" are one name; "John Michael Smith" and "John David Smith" are not.
    const oneWithout = a.middle === '' || b.middle === '';
    return { kind: oneWithout ? 'same' : 'similar', weight: oneWithout ? 0.55 : 0.35, reason: { code: 'first_last' } };
  }
  if (a.given === b.family && a.family === b.given) return { kind: 'similar', weight: 0.45, reason: { code: 'swapped' } };
  if (a.family === b.family) {
    return givenMatch(a, b);
  }
  if (typo(a.family, b.family) && (a.given === b.given || (a.nick !== null && a.nick === b.nick))) {
    return { kind: 'similar', weight: 0.4, reason: { code: 'typo', a: a.family, b: b.family } };
  }
  return null;
}

/** The nickname roots of a given name (its own name when it has none). */
function roots(given: string): string[] {
  return given.length > 1 ? canonicalFirstNames(given) : [];
}

/**
 * Blocking keys: two forms that may match share at least one. Exact name; family name with
 * the given name's initial or nickname root (same name, initials, nicknames, given-name
 * typos after the first letter); given name with the family name's initial (family-name
 * typos); the key the swapped name would have. `single:` keys pair one-word names with
 * full names only (see findDuplicates).
 */
export function blockingKeys(f: NameForm): string[] {
  if (f.family === null) return [`single:${f.given}`];
  const keys = [`name:${f.full}`, `fi:${f.family}|${f.given[0]}`, `gi:${f.given}|${f.family[0]}`, `fi:${f.given}|${f.family[0]}`, `single:${f.given}`];
  for (const given of f.nick ? [f.given, f.nick] : [f.given]) {
    keys.push(`fi:${f.family}|${given[0]}`);
    for (const r of roots(given)) keys.push(`fr:${f.family}|${r}`);
  }
  if (f.nick) keys.push(`single:${f.nick}`);
  return [...new Set(keys)];
}
