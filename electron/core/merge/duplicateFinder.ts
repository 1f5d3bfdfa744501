import type { DuplicateSuggestion } from '../../../shared/domain/contacts';
import type { DuplicateCandidate, DuplicateData, DuplicatesRepository, PersonNames } from '../../db/repositories/duplicatesRepository';
import { pairKey } from '../../db/repositories/duplicatesRepository';
import { nameWords } from '../xArchive/matcher';
import { type NameForm, type NameMatch, blockingKeys, formOf, matchNames } from './duplicateNames';
import { type SharedContext, contextsOf, pairsSharingContext, sharedContext } from './duplicateContexts';
import { reasonTexts } from './duplicateReasons';
import { FREE_BRANDS, FREE_DOMAINS } from './freeMail';

/**
 * A full name shared by more people than this is common enough ("James Smith") that the
 * name alone says little: those pairs are suggested only with something shared as well.
 */
export const MAX_SAME_NAME = 5;
/** Distinct names per blocking key beyond which the key is skipped (never all pairs of a huge block). */
const MAX_BLOCK = 500;

/** What a shared organisation, event (met there by both: `met`) or email domain adds to the score. */
const CONTEXT_WEIGHT = { organisation: 0.35, event: 0.3, met: 0.4, domain: 0.3 } as const;

/** People with exactly the same name forms: names are compared once per group, not per person. */
interface Group {
  forms: NameForm[];
  members: number[];
  /** Every form is one word (no family name). */
  single: boolean;
}

export interface FoundPair {
  a: DuplicateCandidate;
  b: DuplicateCandidate;
  score: number;
  name: NameMatch;
  shared: SharedContext[][];
}

function groupsOf(people: DuplicateCandidate[]): Group[] {
  const words = new Map<string, string[]>();
  const wordsOf = (text: string) => {
    let w = words.get(text);
    if (!w) words.set(text, (w = nameWords(text)));
    return w;
  };
  const bySignature = new Map<string, Group>();
  people.forEach((p, index) => {
    const nick = p.nickname ? (wordsOf(p.nickname)[0] ?? null) : null;
    const forms: NameForm[] = [];
    const add = (f: NameForm | null) => {
      if (f && !forms.some((g) => g.full === f.full && g.nick === f.nick)) forms.push(f);
    };
    for (const text of p.structured ? [p.sortName, p.structured] : [p.sortName]) {
      const w = wordsOf(text);
      add(formOf(w, nick));
      // "Mei-Lin Chen" and "Mei Lin Chen" are one name written two ways.
      if (w.some((x) => x.includes('-'))) add(formOf(w.flatMap((x) => x.split('-').filter(Boolean)), nick));
    }
    if (forms.length === 0) return;
    const signature = forms.map((f) => `${f.full}/${f.nick ?? ''}`).join(';');
    let group = bySignature.get(signature);
    if (!group) bySignature.set(signature, (group = { forms, members: [], single: forms.every((f) => f.family === null) }));
    group.members.push(index);
  });
  return [...bySignature.values()];
}

/** Pairs of groups whose names may match: those sharing a blocking key, and each group with itself. */
function candidateGroupPairs(groups: Group[]): [number, number][] {
  const blocks = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const keys = new Set(g.forms.flatMap(blockingKeys));
    for (const key of keys) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = groups.length;
  const push = (i: number, j: number) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const id = x * n + y;
    if (seen.has(id)) return;
    seen.add(id);
    pairs.push([x, y]);
  };
  groups.forEach((g, i) => g.members.length > 1 && push(i, i));
  for (const [key, block] of blocks) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    // A one-word name is compared with the full names sharing its word, not full names with each other.
    const singleOnly = key.startsWith('single:');
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        if (singleOnly && !groups[block[x]!]!.single && !groups[block[y]!]!.single) continue;
        push(block[x]!, block[y]!);
      }
    }
  }
  return pairs;
}

function bestMatch(a: Group, b: Group): NameMatch | null {
  let best: NameMatch | null = null;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      const m = matchNames(fa, fb);
      if (m && (!best || m.weight > best.weight)) best = m;
    }
  }
  return best;
}

/**
 * Likely duplicate pairs among live people, best first, at most `limit`: names compared per
 * group of identical names through blocking keys (never all pairs), then scored with what
 * each pair shares. Free-mail domains do not count as shared; rejected pairs are left out.
 * `namesOf` reads how the people shown write their names, for the pair and its reasons.
 */
export function findDuplicates(data: DuplicateData, limit: number, namesOf: (ids: string[]) => Map<string, PersonNames>): DuplicateSuggestion[] {
  const people = data.people;
  const contexts = contextsOf(data);
  const found: FoundPair[] = [];
  const consider = (ia: number, ib: number, name: NameMatch) => {
    // The older record first: the one a merge would keep by default.
    const [x, y] = people[ia]!.seq < people[ib]!.seq ? [ia, ib] : [ib, ia];
    const a = people[x]!;
    const b = people[y]!;
    if (data.rejected.size > 0 && data.rejected.has(pairKey(a.id, b.id))) return;
    const shared = sharedContext(contexts, x, y);
    if (name.kind === 'similar' && shared.length === 0) return;
    found.push({ a, b, score: score(name.weight, shared), name, shared });
  };

  const groups = groupsOf(people);
  for (const [i, j] of candidateGroupPairs(groups)) {
    const ga = groups[i]!;
    const gb = groups[j]!;
    const name = bestMatch(ga, gb);
    if (!name) continue;
    const size = i === j ? ga.members.length : ga.members.length + gb.members.length;
    if (name.kind === 'same' && size <= MAX_SAME_NAME) {
      forEachPair(ga.members, i === j ? null : gb.members, (x, y) => consider(x, y, name));
    } else {
      const weak: NameMatch = { ...name, kind: 'similar' };
      pairsSharingContext(contexts, ga.members, i === j ? null : gb.members, (x, y) => consider(x, y, weak));
    }
  }

  // Plain comparison, not localeCompare: there may be tens of thousands of pairs to order.
  const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  found.sort((x, y) => y.score - x.score || byName(x.a.sortName, y.a.sortName) || x.a.seq - y.a.seq || x.b.seq - y.b.seq);
  const shown = found.slice(0, limit);
  const names = namesOf([...new Set(shown.flatMap((pair) => [pair.a.id, pair.b.id]))]);
  return shown.map((pair) => {
    const a = names.get(pair.a.id)!;
    const b = names.get(pair.b.id)!;
    return { a: { id: pair.a.id, name: a.name }, b: { id: pair.b.id, name: b.name }, score: pair.score, reasons: reasonTexts(pair, a, b) };
  });
}

/** duplicates:list: the best `limit` suggestions from the database as it is now. */
export function suggestDuplicates(repository: DuplicatesRepository, limit: number): DuplicateSuggestion[] {
  return findDuplicates(repository.read({ domains: FREE_DOMAINS, brands: FREE_BRANDS }), limit, (ids) => repository.names(ids));
}

/** Every pair within `a` (b null) or across `a` and `b`. */
function forEachPair(a: number[], b: number[] | null, fn: (x: number, y: number) => void): void {
  if (b === null) {
    for (let x = 0; x < a.length; x++) for (let y = x + 1; y < a.length; y++) fn(a[x]!, a[y]!);
  } else {
    for (const x of a) for (const y of b) fn(x, y);
  }
}

/** Independent evidence: 1 − Π(1 − w), rounded to hundredths. */
function score(nameWeight: number, shared: SharedContext[][]): number {
  let miss = 1 - nameWeight;
  for (const list of shared) for (const link of list) miss *= 1 - (link.kind === 'event' && link.met ? CONTEXT_WEIGHT.met : CONTEXT_WEIGHT[link.kind]);
  return Math.round((1 - miss) * 100) / 100;
}
