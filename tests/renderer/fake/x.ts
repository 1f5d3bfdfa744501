// The fake core's X archive: accounts, their interactions and match candidates, kept per fake
// database beside its tables. Linking turns an account's interactions into touchpoints on the
// person, as the core does, and unlinking takes them back; a rejected candidate is never
// suggested again. Seed with `seedXAccount`.
import type { Identity } from '../../../shared/domain/identity';
import type { Person } from '../../../shared/domain/person';
import { type Touchpoint, isOnline } from '../../../shared/domain/touchpoint';
import type { MatchReason, RelationshipJourney, XAccount } from '../../../shared/domain/xArchive';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { journeyText, peopleViewDetail } from '../../../shared/xArchive/journeyText';
import { peopleHandlers } from './people';
import { type FakeDb, derive, findPerson, fold, newIdentity, nextTime, page, refuse } from './state';

interface Interaction {
  at: string;
  channel: 'x_dm' | 'x_mention';
  initiatedBy: 'me' | 'them';
  touchpointId: string | null;
}

interface AccountRow {
  accountId: string;
  handle: string | null;
  name: string | null;
  following: boolean;
  follower: boolean;
  sent: number;
  received: number;
  replies: number;
  mentions: number;
  lastAt: string | null;
  personId: string | null;
  linkedBy: XAccount['linkedBy'];
  interactions: Interaction[];
  candidates: { personId: string; confidence: number; reasons: MatchReason[] }[];
  rejected: Set<string>;
}

const state = new WeakMap<FakeDb, AccountRow[]>();
const accountsOf = (db: FakeDb): AccountRow[] => state.get(db) ?? (state.set(db, []), state.get(db)!);
let nextAccount = 1;

export interface XAccountSeed {
  accountId?: string;
  handle?: string | null;
  name?: string | null;
  following?: boolean;
  follower?: boolean;
  /** DMs the user sent and received, replies and mentions by the user. */
  sent?: number;
  received?: number;
  replies?: number;
  mentions?: number;
  lastAt?: string;
  /** Already linked (as an import does for an exact account id). */
  personId?: string;
  candidates?: { personId: string; confidence: number; reasons?: string[] }[];
}

const WEEK_MS = 7 * 86_400_000;

/** One DM conversation-day per four messages and one interaction per reply or mention, a week apart. */
function interactionsOf(seed: XAccountSeed, lastAt: string): Interaction[] {
  const out: Interaction[] = [];
  const dmDays = Math.ceil(((seed.sent ?? 0) + (seed.received ?? 0)) / 4);
  const at = (n: number) => new Date(Date.parse(lastAt) - n * WEEK_MS).toISOString();
  for (let i = 0; i < dmDays; i++) out.push({ at: at(out.length), channel: 'x_dm', initiatedBy: i % 2 && seed.received ? 'them' : 'me', touchpointId: null });
  for (let i = 0; i < (seed.replies ?? 0) + (seed.mentions ?? 0); i++) out.push({ at: at(out.length), channel: 'x_mention', initiatedBy: 'me', touchpointId: null });
  return out;
}

export function seedXAccount(db: FakeDb, seed: XAccountSeed): XAccount {
  const lastAt = seed.lastAt ?? '2025-02-01T12:00:00.000Z';
  const row: AccountRow = {
    accountId: seed.accountId ?? `16269227791057${String(nextAccount++).padStart(5, '0')}`,
    handle: seed.handle === undefined ? null : seed.handle,
    name: seed.name ?? null,
    following: seed.following ?? false,
    follower: seed.follower ?? false,
    sent: seed.sent ?? 0,
    received: seed.received ?? 0,
    replies: seed.replies ?? 0,
    mentions: seed.mentions ?? 0,
    lastAt,
    personId: null,
    linkedBy: null,
    interactions: [],
    candidates: (seed.candidates ?? []).map((c) => ({ personId: c.personId, confidence: c.confidence, reasons: (c.reasons ?? ['Same name']).map((text) => ({ code: 'name' as const, text })) })),
    rejected: new Set(),
  };
  row.interactions = interactionsOf(seed, lastAt);
  accountsOf(db).push(row);
  if (seed.personId) link(db, row, seed.personId, 'auto');
  return dto(db, row);
}

const twoWay = (r: AccountRow) => r.received > 0 && r.sent + r.replies + r.mentions > 0;

function dto(db: FakeDb, r: AccountRow): XAccount {
  const person = r.personId ? findPerson(db, r.personId) : null;
  return {
    accountId: r.accountId,
    handle: r.handle,
    name: r.name,
    handles: r.handle ? [{ handle: r.handle, seenAt: r.lastAt, source: 'archive' }] : [],
    isOwner: false,
    following: r.following,
    follower: r.follower,
    messagesSent: r.sent,
    messagesReceived: r.received,
    mentionsByMe: r.mentions,
    repliesByMe: r.replies,
    twoWay: twoWay(r),
    lastAt: r.lastAt,
    person: person ? { id: person.id, name: person.displayName } : null,
    linkedBy: r.linkedBy,
    profileUrl: r.handle ? `https://x.com/${r.handle}` : `https://x.com/i/user/${r.accountId}`,
  };
}

function findAccount(db: FakeDb, accountId: string): AccountRow {
  return accountsOf(db).find((r) => r.accountId === accountId) ?? refuse('NOT_FOUND', `No X account ${accountId}`, { accountId });
}

/** As the core: the touchpoints and the X identity go, and the pair is remembered as "not them" (unless undoing a link). */
function unlink(db: FakeDb, r: AccountRow, remember = true): number {
  const ids = new Set(r.interactions.map((i) => i.touchpointId).filter(Boolean));
  db.touchpoints = db.touchpoints.filter((t) => !ids.has(t.id));
  r.interactions.forEach((i) => (i.touchpointId = null));
  if (r.personId) {
    const person = findPerson(db, r.personId);
    person.identities = person.identities.filter((i) => i.xAccountId !== r.accountId);
    if (remember) r.rejected.add(person.id);
  }
  r.personId = null;
  r.linkedBy = null;
  return ids.size;
}

/** The person gets the account as an X identity, or the account id on the handle they already have. */
function attachIdentity(person: Person, r: AccountRow): void {
  if (person.identities.some((i) => i.xAccountId === r.accountId)) return;
  const key = r.handle?.toLowerCase();
  const same = key ? person.identities.find((i) => i.kind === 'x' && i.value === key) : undefined;
  if (same) same.xAccountId = r.accountId;
  else person.identities.push(newIdentity(person.id, { kind: 'x', value: key ?? `#${r.accountId}`, display: r.handle ? `@${r.handle}` : `X account ${r.accountId}`, xAccountId: r.accountId, primary: !person.identities.some((i) => i.kind === 'x') }));
}

/** The account's interactions become touchpoints on the person; answers how many. Its candidates go, as in the core. */
function link(db: FakeDb, r: AccountRow, personId: string, by: NonNullable<XAccount['linkedBy']>): number {
  const person = findPerson(db, personId);
  if (r.personId === person.id) return 0;
  if (r.personId) refuse('CONFLICT', `X account ${r.handle ? `@${r.handle}` : r.accountId} is linked to ${findPerson(db, r.personId).displayName}; unlink it first`, { accountId: r.accountId, personId: r.personId });
  attachIdentity(person, r);
  // Its candidates stay: a linked account is out of the queue, and an undone link (the core recomputes) brings them back.
  r.personId = person.id;
  r.linkedBy = by;
  for (const i of r.interactions) {
    const now = nextTime();
    const t: Touchpoint = { id: crypto.randomUUID(), at: i.at, channel: i.channel, initiatedBy: i.initiatedBy, kind: 'conversation', event: null, note: null, participants: [{ id: person.id, name: person.displayName }], createdAt: now, updatedAt: now, deletedAt: null };
    db.touchpoints.push(t);
    i.touchpointId = t.id;
  }
  derive(db, person);
  return r.interactions.length;
}

/** Candidates still worth showing: not rejected, not archived, best first. */
function candidatesOf(db: FakeDb, r: AccountRow) {
  return r.candidates
    .filter((c) => !r.rejected.has(c.personId) && !findPerson(db, c.personId).archivedAt)
    .sort((a, b) => b.confidence - a.confidence)
    .map((c) => ({ person: { id: c.personId, name: findPerson(db, c.personId).displayName }, confidence: c.confidence, reasons: c.reasons }));
}

const newestFirst = (a: AccountRow, b: AccountRow) => (b.lastAt ?? '').localeCompare(a.lastAt ?? '') || b.accountId.localeCompare(a.accountId);

/** As the core's queue: unlinked, two-way for `talk`, with a candidate unless asked; best candidate first, then the most recent. */
function queue(db: FakeDb, scope: 'talk' | 'all', withoutCandidates: boolean) {
  const best = (m: { candidates: { confidence: number }[] }) => m.candidates[0]?.confidence ?? 0;
  return accountsOf(db)
    .filter((r) => !r.personId && (scope === 'talk' ? twoWay(r) : true))
    .map((r) => ({ row: r, candidates: candidatesOf(db, r) }))
    .filter((m) => withoutCandidates || m.candidates.length > 0)
    .sort((a, b) => best(b) - best(a) || newestFirst(a.row, b.row));
}

const ACCOUNT_FILTERS: Record<ParsedReq<'x:accounts'>['filter'], (r: AccountRow) => boolean> = {
  all: () => true,
  unmatched: (r) => !r.personId,
  matched: (r) => r.personId !== null,
  mutual_unlinked: (r) => r.following && r.follower && !r.personId,
  unresolved: (r) => r.handle === null,
};

const xIdentityOf = (p: { identities: Identity[] }) => p.identities.find((i) => i.kind === 'x') ?? null;
const offlineTouches = (db: FakeDb, personId: string) => db.touchpoints.filter((t) => !t.deletedAt && !isOnline(t.channel) && t.participants.some((p) => p.id === personId));

function firstOf(db: FakeDb, personId: string, online: boolean) {
  const mine = db.touchpoints.filter((t) => !t.deletedAt && t.participants.some((p) => p.id === personId) && isOnline(t.channel) === online);
  return mine.sort((a, b) => a.at.localeCompare(b.at))[0] ?? null;
}

/** From touchpoints, as the core: the oldest online and the oldest offline one. */
function journey(db: FakeDb, personId: string): RelationshipJourney {
  const person = findPerson(db, personId);
  const online = firstOf(db, person.id, true);
  const first = firstOf(db, person.id, false);
  const offline = first ? { at: first.at, channel: first.channel, eventName: first.event?.name ?? null } : null;
  const at = (iso: string) => Date.parse(iso);
  const { lives, text } = journeyText(online && { at: at(online.at), channel: online.channel }, offline && { ...offline, at: at(offline.at) }, 'UTC');
  const accounts = accountsOf(db).filter((r) => r.personId === person.id).map((r) => dto(db, r));
  return { personId: person.id, lives, firstOnline: online ? { at: online.at, channel: online.channel } : null, firstOffline: offline, text, accounts };
}

export const xHandlers = {
  'x:accounts': (req: ParsedReq<'x:accounts'>, db: FakeDb) => {
    const q = fold(req.text ?? '');
    const rows = accountsOf(db)
      .filter(ACCOUNT_FILTERS[req.filter])
      .filter((r) => !q || fold(`${r.handle ?? ''} ${r.name ?? ''}`).includes(q))
      .sort(newestFirst);
    const result = page(rows, req.cursor, req.limit);
    return { items: result.items.map((r) => dto(db, r)), nextCursor: result.nextCursor };
  },
  'x:matches': (req: ParsedReq<'x:matches'>, db: FakeDb) => {
    const result = page(queue(db, req.scope, req.withoutCandidates), req.cursor, req.limit);
    return { items: result.items.map((m) => ({ account: dto(db, m.row), candidates: m.candidates })), nextCursor: result.nextCursor };
  },
  'x:link': (req: ParsedReq<'x:link'>, db: FakeDb) => {
    const row = findAccount(db, req.accountId);
    const touchpoints = link(db, row, req.personId, row.candidates.some((c) => c.personId === req.personId) ? 'accepted' : 'manual');
    return { accountId: row.accountId, personId: req.personId, touchpoints };
  },
  'x:unlink': (req: ParsedReq<'x:unlink'>, db: FakeDb) => {
    const row = findAccount(db, req.accountId);
    const personId = row.personId;
    const touchpoints = unlink(db, row, !req.undo);
    if (personId) derive(db, findPerson(db, personId));
    return { accountId: row.accountId, personId, touchpoints };
  },
  'x:reject': (req: ParsedReq<'x:reject'>, db: FakeDb) => {
    const row = findAccount(db, req.accountId);
    row.rejected.add(findPerson(db, req.personId).id);
    return dto(db, row);
  },
  'x:create-person': (req: ParsedReq<'x:create-person'>, db: FakeDb) => {
    const row = findAccount(db, req.accountId);
    if (row.personId) refuse('CONFLICT', `X account ${row.handle ? `@${row.handle}` : row.accountId} is linked to ${findPerson(db, row.personId).displayName}`, { personId: row.personId });
    const displayName = req.name ?? row.name ?? (row.handle ? `@${row.handle}` : `X account ${row.accountId}`);
    const person = peopleHandlers['people:create']({ displayName, identities: [], interests: [], tags: [] } as never, db);
    const touchpoints = link(db, row, person.id, 'created');
    return { accountId: row.accountId, personId: person.id, touchpoints };
  },
  'x:accept-above': (req: ParsedReq<'x:accept-above'>, db: FakeDb) => {
    let linked = 0;
    let touchpoints = 0;
    for (const m of queue(db, req.scope, false)) {
      const [best, second] = m.candidates;
      // Only a clear best, as the core: two people at the same confidence need the user.
      if (!best || best.confidence < req.minConfidence || second?.confidence === best.confidence) continue;
      touchpoints += link(db, m.row, best.person.id, 'accepted');
      linked++;
    }
    return { linked, touchpoints };
  },
  'x:name-account': (req: ParsedReq<'x:name-account'>, db: FakeDb) => {
    const row = findAccount(db, req.accountId);
    row.handle = req.handle.replace(/^@/, '');
    if (req.name) row.name = req.name;
    return dto(db, row);
  },
  'x:people': (req: ParsedReq<'x:people'>, db: FakeDb) => {
    // The core's rules and wording (electron/core/handlers/xHandlers.ts), over the fake's arrays.
    const live = db.people.filter((p) => !p.archivedAt).sort((a, b) => a.displayName.localeCompare(b.displayName));
    const rows = live.flatMap((p) => {
      const accounts = accountsOf(db).filter((r) => r.personId === p.id);
      const handle = accounts.find((r) => r.handle)?.handle;
      const row = (detail: string) => [{ person: { id: p.id, name: p.displayName }, handle: handle ?? xIdentityOf(p)?.display.replace(/^@/, '') ?? null, detail }];
      const offline = offlineTouches(db, p.id).length > 0;
      if (req.view === 'talk_never_met') {
        if (offline || !accounts.some(twoWay)) return [];
        const sum = (f: (r: AccountRow) => number) => accounts.reduce((n, r) => n + f(r), 0);
        return row(peopleViewDetail('talk_never_met', { sent: sum((r) => r.sent), received: sum((r) => r.received), replies: sum((r) => r.replies), metAt: null }));
      }
      const met = offline || p.howWeMet.mode === 'offline' || p.howWeMet.event !== null;
      if (!met || accounts.some((r) => r.following || r.follower)) return [];
      return row(peopleViewDetail('met_not_connected', { sent: 0, received: 0, replies: 0, metAt: p.howWeMet.event?.name ?? offlineTouches(db, p.id)[0]?.event?.name ?? null }));
    });
    return page(rows, req.cursor, req.limit);
  },
  'journey:person': (req: ParsedReq<'journey:person'>, db: FakeDb) => journey(db, req.id),
  /** As the core: adding an X identity links the archive account with that handle, if there is one. */
  'identities:add': (req: ParsedReq<'identities:add'>, db: FakeDb) => {
    const person = peopleHandlers['identities:add'](req, db);
    const added = req.identity.kind === 'x' ? person.identities.at(-1) : undefined;
    const row = added && accountsOf(db).find((r) => !r.personId && r.handle && fold(r.handle) === added.value);
    if (row) link(db, row, person.id, 'manual');
    return derive(db, findPerson(db, person.id));
  },
};
