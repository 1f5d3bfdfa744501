import type { DuplicateData } from '../../db/repositories/duplicatesRepository';
import { isFreeMailDomain } from './freeMail';

/** Something two people share: an organisation, an event (met there: both were met there), or an email domain. */
export interface SharedContext {
  kind: 'organisation' | 'event' | 'domain';
  label: string;
  met: boolean;
}

/** Each kind counts at most this often in a pair's reasons and score. */
const MAX_PER_KIND = 2;
/**
 * Among people of one name (or two similar names), a context more of them share than this
 * (a thousand "Info" addresses at one company) tells none of them apart: it is skipped rather
 * than paired all with all.
 */
const MAX_SHARING = 50;
const NONE: readonly number[] = [];

/**
 * What each live person is linked to, as small interned numbers: pairs are found and compared
 * on short integer lists instead of strings (a person has a job or two, an event or two, an
 * email domain). Links to people who are not live, to deleted organisations or events, and to
 * free-mail domains are left out.
 */
export function contextsOf(data: DuplicateData) {
  const indexOf = new Map<string, number>();
  data.people.forEach((p, i) => indexOf.set(p.id, i));
  const info: SharedContext[] = [];
  const of: number[][] = [];
  const met = new Set<number>();
  const SPAN = 2 ** 24;
  const intern = (ids: Map<string, number>, key: string, kind: SharedContext['kind'], label: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = info.length));
      info.push({ kind, label, met: false });
    }
    return id;
  };
  const link = (personId: string, id: number, wasMet = false) => {
    const person = indexOf.get(personId);
    if (person === undefined) return;
    const list = of[person];
    if (!list) of[person] = [id];
    else if (!list.includes(id)) list.push(id);
    if (wasMet) met.add(person * SPAN + id);
  };
  const organisations = new Map<string, number>();
  for (const [personId, organisationId] of data.jobs) {
    const name = data.organisationNames.get(organisationId);
    if (name !== undefined) link(personId, intern(organisations, organisationId, 'organisation', name));
  }
  const events = new Map<string, number>();
  for (const [personId, eventId, wasMet] of data.events) {
    const name = data.eventNames.get(eventId);
    if (name !== undefined) link(personId, intern(events, eventId, 'event', name), wasMet === 1);
  }
  const domains = new Map<string, number>();
  for (const [personId, domain] of data.domains) {
    if (!isFreeMailDomain(domain)) link(personId, intern(domains, domain, 'domain', domain));
  }
  return {
    /** The context numbers of person `i` (unique, in no order). */
    of: (i: number): readonly number[] => of[i] ?? NONE,
    info,
    metAt: (person: number, id: number) => met.has(person * SPAN + id),
  };
}
export type Contexts = ReturnType<typeof contextsOf>;

/** Pairs (within `a`, or across `a` and `b`) sharing at least one context, each once. */
export function pairsSharingContext(contexts: Contexts, a: number[], b: number[] | null, fn: (x: number, y: number) => void): void {
  const byContext = new Map<number, number[]>();
  for (const person of b ?? a) {
    for (const id of contexts.of(person)) {
      const list = byContext.get(id);
      if (list) list.push(person);
      else byContext.set(id, [person]);
    }
  }
  if (byContext.size === 0) return;
  const done = new Set<number>();
  for (const x of a) {
    for (const id of contexts.of(x)) {
      const sharing = byContext.get(id) ?? NONE;
      if (sharing.length > MAX_SHARING) continue;
      for (const y of sharing) {
        if (x === y || (b === null && y < x)) continue;
        const pair = x * 2 ** 26 + y;
        if (done.has(pair)) continue;
        done.add(pair);
        fn(x, y);
      }
    }
  }
}

/** What both people share, grouped by kind (organisations, events, domains), each kind at most MAX_PER_KIND. */
export function sharedContext(contexts: Contexts, x: number, y: number): SharedContext[][] {
  const a = contexts.of(x);
  const b = contexts.of(y);
  if (a.length === 0 || b.length === 0) return [];
  const byKind: Record<SharedContext['kind'], SharedContext[]> = { organisation: [], event: [], domain: [] };
  for (const id of a) {
    if (!b.includes(id)) continue;
    const shared = contexts.info[id]!;
    const list = byKind[shared.kind];
    if (list.length >= MAX_PER_KIND) continue;
    list.push(shared.kind === 'event' && contexts.metAt(x, id) && contexts.metAt(y, id) ? { ...shared, met: true } : shared);
  }
  return [byKind.organisation, byKind.event, byKind.domain].filter((list) => list.length > 0);
}
