import type { MatchReason } from '../../../shared/domain/xArchive';
import { foldText } from '../../../shared/util/text';
import type { Candidate, MatchAccount, MatchIdentity, MatchPerson } from '../../db/repositories/xMatchesRepository';
import { canonicalFirstNames } from './nicknames';

/** A name key shared by more people than this says nothing about who an account is. */
const MAX_SAME_NAME = 3;
const MAX_CANDIDATES = 3;

/** Display names carry decoration: "Ada Lovelace 🚀 (she/her) | building X" → ["ada", "lovelace"]. */
export function nameWords(name: string): string[] {
  const cut = name.split(/\s[|·•—–-]\s|[|(（[{]/)[0] ?? '';
  return foldText(cut)
    .replace(/[^\p{L}\p{N}\s'.-]/gu, ' ')
    .split(/[\s.]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0 && !['dr', 'mr', 'mrs', 'ms', 'prof', 'phd', 'md'].includes(w));
}

interface Keys {
  full: string | null;
  firstLast: string | null;
  nicks: string[];
  /** "A Lovelace" and "Ada L": first initial + surname, and given name + initial. */
  initialForms: string[];
  /** The name itself is written with an initial ("Priya V.", "J. Smith"). */
  initialised: boolean;
}

function keysOf(words: string[]): Keys {
  if (words.length === 0) return { full: null, firstLast: null, nicks: [], initialForms: [], initialised: false };
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : null;
  return {
    full: words.join(' '),
    firstLast: last ? `${first} ${last}` : null,
    nicks: last ? canonicalFirstNames(first).map((canon) => `${canon} ${last}`) : [],
    initialForms: last ? [`${first[0]} ${last}`, `${first} ${last[0]}`] : [],
    initialised: last !== null && (first.length === 1 || last.length === 1),
  };
}

/** Emails and web addresses written in an account's name or profile text. */
function contactsIn(text: string): { emails: string[]; sites: string[] } {
  const emails = [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());
  const sites = [...text.matchAll(/(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(\/[^\s]*)?/gi)]
    .filter((m) => !m[0].includes('@'))
    .map((m) => `${m[1]!.toLowerCase()}${(m[2] ?? '').replace(/\/+$/, '').toLowerCase()}`);
  return { emails, sites };
}

/**
 * Candidate people for each unlinked account, with a confidence and the reasons. Evidence
 * combines as independent: 1 − Π(1 − c). A pair the user rejected is never suggested.
 */
export function findCandidates(accounts: MatchAccount[], people: MatchPerson[], identities: MatchIdentity[], rejected: Set<string>): Candidate[] {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string | null, personId: string) => {
    if (!key) return;
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    set.add(personId);
  };
  const names = new Map(people.map((p) => [p.id, p.name]));
  for (const p of people) {
    const words = nameWords(p.name);
    const k = keysOf(words);
    add(k.full && `full:${k.full}`, p.id);
    add(k.firstLast && `fl:${k.firstLast}`, p.id);
    for (const n of k.nicks) add(`nick:${n}`, p.id);
    // Initials count only when one side writes them: "J. Smith" may be John Smith, but John Smith is not Jane Smith.
    for (const i of k.initialForms) add(`ini:${i}`, p.id);
    if (k.initialised) add(`own-ini:${k.firstLast}`, p.id);
    if (p.given && p.family) {
      const structured = keysOf([...nameWords(p.given), ...nameWords(p.family)]);
      add(structured.firstLast && `fl:${structured.firstLast}`, p.id);
      for (const n of structured.nicks) add(`nick:${n}`, p.id);
    }
    if (p.nickname && p.family) add(`fl:${nameWords(`${p.nickname} ${p.family}`).join(' ')}`, p.id);
    // A handle that is the name run together ("adalovelace").
    if (words.length > 1) add(`joined:${words.join('')}`, p.id);
  }
  for (const i of identities) {
    if (i.kind === 'x') add(`x:${i.value}`, i.personId);
    else if (i.kind === 'mastodon' || i.kind === 'instagram' || i.kind === 'other') add(`h:${i.value.split('@')[0]}`, i.personId);
    else if (i.kind === 'email') add(`email:${i.value}`, i.personId);
    else if (i.kind === 'website') add(`site:${i.value}`, i.personId);
  }
  const lookup = (key: string) => byKey.get(key) ?? null;

  const out: Candidate[] = [];
  for (const account of accounts) {
    // One piece of evidence per slot: the best name match counts once, not as name + nickname + initials.
    const evidence = new Map<string, { reasons: MatchReason[]; confidences: number[]; slots: Set<string> }>();
    const note = (found: Set<string> | null, slot: string, confidence: number, reason: MatchReason, ambiguousOk = false) => {
      if (!found || (!ambiguousOk && found.size > MAX_SAME_NAME)) return;
      const share = found.size > 1 ? confidence * 0.8 : confidence;
      for (const personId of found) {
        if (rejected.has(`${account.accountId}|${personId}`)) continue;
        let e = evidence.get(personId);
        if (!e) evidence.set(personId, (e = { reasons: [], confidences: [], slots: new Set() }));
        if (e.slots.has(slot)) continue;
        e.slots.add(slot);
        e.reasons.push(reason);
        e.confidences.push(share);
      }
    };
    const handle = account.handle?.toLowerCase() ?? null;
    if (handle) {
      note(lookup(`x:${handle}`), 'handle', 0.95, { code: 'handle', text: `Has @${account.handle} on X` }, true);
      note(lookup(`h:${handle}`), 'other', 0.7, { code: 'other_handle', text: `Same handle elsewhere (${account.handle})` });
      note(lookup(`joined:${handle.replace(/_/g, '')}`), 'joined', 0.6, { code: 'name', text: `Handle @${account.handle} spells their name` });
    }
    const k = keysOf(account.name ? nameWords(account.name) : []);
    const shown = account.name ?? '';
    if (k.full) note(lookup(`full:${k.full}`), 'name', 0.8, { code: 'name', text: `Same name: ${shown}` });
    if (k.firstLast) note(lookup(`fl:${k.firstLast}`), 'name', 0.75, { code: 'name', text: `Same first and last name: ${shown}` });
    for (const n of k.nicks) note(lookup(`nick:${n}`), 'name', 0.6, { code: 'nickname', text: `Name matches as a nickname: ${shown}` });
    const initialKeys = k.initialised ? [`ini:${k.firstLast}`] : k.initialForms.map((i) => `own-ini:${i}`);
    for (const key of initialKeys) note(lookup(key), 'name', 0.4, { code: 'initials', text: `Initials match: ${shown}` });
    const contacts = contactsIn(account.name ?? '');
    for (const e of contacts.emails) note(lookup(`email:${e}`), 'email', 0.9, { code: 'email', text: `Email ${e} is theirs` }, true);
    for (const s of contacts.sites) note(lookup(`site:${s}`), 'website', 0.85, { code: 'website', text: `Website ${s} is theirs` }, true);

    const ranked = [...evidence.entries()]
      .map(([personId, e]) => ({
        accountId: account.accountId,
        personId,
        confidence: Math.min(0.99, Math.round((1 - e.confidences.reduce((p, c) => p * (1 - c), 1)) * 100) / 100),
        reasons: e.reasons,
      }))
      .sort((a, b) => b.confidence - a.confidence || (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? ''))
      .slice(0, MAX_CANDIDATES);
    out.push(...ranked);
  }
  return out;
}
