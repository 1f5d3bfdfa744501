// The fake core's likely duplicates, "not the same person", merging two people and undoing a
// merge (issue 7). Suggestions are worked out from the people as the core's rule says: similar
// names that share an organisation, an event or an email domain.
import { MERGE_FIELDS, type DuplicateSuggestion, type MergeResult } from '../../../shared/domain/contacts';
import type { Ref } from '../../../shared/domain/common';
import type { Person } from '../../../shared/domain/person';
import type { Touchpoint } from '../../../shared/domain/touchpoint';
import type { Attendance } from '../../../shared/domain/event';
import type { ParsedReq } from '../../../shared/ipc/contract';
import { reminderState } from './reminders';
import { type FakeDb, derive, findPerson, fold, nextTime, refuse } from './state';

type Photo = FakeDb['photos'] extends Map<string, infer P> ? P : never;

/** What a merge changed, kept whole so undo puts it back. */
interface Snapshot {
  keep: Person;
  other: Person;
  otherIndex: number;
  photo: Photo | undefined;
  keepPhoto: Photo | undefined;
  touchpoints: Touchpoint[];
  attendance: Attendance[];
  reminders: { id: string; personId: string | null }[];
  relationships: FakeDb['relationships'];
  undone: boolean;
}

interface DuplicatesState {
  rejected: Set<string>;
  merges: Map<string, Snapshot>;
}

const states = new WeakMap<FakeDb, DuplicatesState>();

export function duplicatesOf(db: FakeDb): DuplicatesState {
  let s = states.get(db);
  if (!s) states.set(db, (s = { rejected: new Set(), merges: new Map() }));
  return s;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const ref = (p: Person): Ref => ({ id: p.id, name: p.displayName });
const tokens = (name: string) => fold(name).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
const FREE_MAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me']);

/** How alike two names are: 1 the same, 0.8 same family name and initial, 0.7 one inside the other; 0 otherwise. */
function nameLikeness(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.length || !y.length) return 0;
  if (x.join(' ') === y.join(' ')) return 1;
  if (x.at(-1) === y.at(-1) && x[0]![0] === y[0]![0]) return 0.8;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((t) => long.includes(t)) ? 0.7 : 0;
}

function shared(db: FakeDb, a: Person, b: Person): string[] {
  const reasons: string[] = [];
  for (const pa of a.positions) if (b.positions.some((pb) => pb.organisation.id === pa.organisation.id)) reasons.push(`Both at ${pa.organisation.name}`);
  const domains = (p: Person) => p.identities.filter((i) => i.kind === 'email').map((i) => i.value.split('@')[1] ?? '');
  const common = domains(a).filter((d) => d && !FREE_MAIL.has(d) && domains(b).includes(d));
  if (common[0]) reasons.push(`Email at ${common[0]}`);
  const eventsOf = (p: Person) => db.attendance.filter((x) => x.personId === p.id).map((x) => x.eventId);
  const event = eventsOf(a).find((e) => eventsOf(b).includes(e));
  if (event) reasons.push(`Both at ${db.events.find((e) => e.id === event)?.name ?? 'the same event'}`);
  return [...new Set(reasons)];
}

function suggestions(db: FakeDb): DuplicateSuggestion[] {
  const live = db.people.filter((p) => !p.archivedAt).map((p) => derive(db, p));
  const rejected = duplicatesOf(db).rejected;
  const found: DuplicateSuggestion[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const [a, b] = [live[i]!, live[j]!].sort((x, y) => x.createdAt.localeCompare(y.createdAt)) as [Person, Person];
      const likeness = nameLikeness(a.displayName, b.displayName);
      if (likeness === 0 || rejected.has(pairKey(a.id, b.id))) continue;
      const context = shared(db, a, b);
      if (context.length === 0) continue;
      const name = likeness === 1 ? `Same name: ${a.displayName}` : `Similar names: ${a.displayName} and ${b.displayName}`;
      const score = Math.min(0.97, Math.round((likeness * 0.6 + 0.15 * context.length) * 100) / 100);
      found.push({ a: ref(a), b: ref(b), score, reasons: [name, ...context] });
    }
  }
  return found.sort((x, y) => y.score - x.score || x.a.name.localeCompare(y.a.name));
}

type Field = (typeof MERGE_FIELDS)[number];

function isEmpty(db: FakeDb, p: Person, field: Field): boolean {
  if (field === 'photo') return !db.photos.has(p.id);
  if (field === 'howWeMet') return Object.values(p.howWeMet).every((v) => v === null);
  const value = p[field];
  return value === null || value === '';
}

function take(db: FakeDb, keep: Person, other: Person, field: Field): void {
  if (field === 'photo') {
    const photo = db.photos.get(other.id);
    if (photo) db.photos.set(keep.id, photo);
    else db.photos.delete(keep.id);
  } else if (field === 'howWeMet') keep.howWeMet = structuredClone(other.howWeMet);
  else Object.assign(keep, { [field]: other[field] });
}

function merge(req: ParsedReq<'people:merge'>, db: FakeDb): MergeResult {
  if (req.keepId === req.otherId) refuse('INVALID_INPUT', 'A person cannot be merged with themselves');
  const keep = findPerson(db, req.keepId);
  const other = findPerson(db, req.otherId);
  const reminders = reminderState(db).rows;
  const snapshot: Snapshot = structuredClone({
    keep,
    other,
    otherIndex: db.people.indexOf(other),
    photo: db.photos.get(other.id),
    keepPhoto: db.photos.get(keep.id),
    touchpoints: db.touchpoints.filter((t) => t.participants.some((x) => x.id === other.id)),
    attendance: db.attendance.filter((a) => a.personId === other.id),
    reminders: reminders.filter((r) => r.personId === other.id).map((r) => ({ id: r.id, personId: r.personId })),
    relationships: db.relationships.filter((r) => r.personId === other.id || r.otherId === other.id),
    undone: false,
  });

  for (const field of MERGE_FIELDS) {
    const choice = req.take[field] ?? (isEmpty(db, keep, field) ? 'other' : 'keep');
    if (choice === 'other') take(db, keep, other, field);
  }
  const identities = other.identities.filter((i) => !keep.identities.some((k) => k.kind === i.kind && k.value === i.value));
  keep.identities.push(...identities.map((i) => ({ ...i, personId: keep.id, primary: i.primary && !keep.identities.some((k) => k.kind === i.kind) })));
  const positions = other.positions.filter((p) => !keep.positions.some((k) => k.organisation.id === p.organisation.id && k.title === p.title));
  keep.positions.push(...positions);
  const labels = [...other.tags.filter((t) => !keep.tags.some((k) => k.id === t.id)), ...other.interests.filter((t) => !keep.interests.some((k) => k.id === t.id))];
  keep.tags = [...keep.tags, ...other.tags.filter((t) => !keep.tags.some((k) => k.id === t.id))];
  keep.interests = [...keep.interests, ...other.interests.filter((t) => !keep.interests.some((k) => k.id === t.id))];

  let touchpoints = 0;
  for (const t of db.touchpoints) {
    if (!t.participants.some((x) => x.id === other.id)) continue;
    touchpoints++;
    const both = t.participants.some((x) => x.id === keep.id);
    t.participants = both ? t.participants.filter((x) => x.id !== other.id) : t.participants.map((x) => (x.id === other.id ? { id: keep.id, name: keep.displayName } : x));
  }
  let events = 0;
  db.attendance = db.attendance.filter((a) => a.personId !== other.id || !db.attendance.some((k) => k.personId === keep.id && k.eventId === a.eventId));
  for (const a of db.attendance) {
    if (a.personId !== other.id) continue;
    Object.assign(a, { personId: keep.id, displayName: keep.displayName });
    events++;
  }
  let movedReminders = 0;
  for (const r of reminders) {
    if (r.personId !== other.id) continue;
    r.personId = keep.id;
    movedReminders++;
  }
  let relationships = 0;
  db.relationships = db.relationships
    .map((r) => (r.personId === other.id || r.otherId === other.id ? (relationships++, { ...r, personId: r.personId === other.id ? keep.id : r.personId, otherId: r.otherId === other.id ? keep.id : r.otherId }) : r))
    .filter((r) => r.personId !== r.otherId);
  db.people.splice(db.people.indexOf(other), 1);
  db.photos.delete(other.id);
  keep.updatedAt = nextTime();
  derive(db, keep);

  const mergeId = crypto.randomUUID();
  duplicatesOf(db).merges.set(mergeId, snapshot);
  return {
    mergeId,
    survivor: ref(keep),
    merged: ref(other),
    moved: {
      identities: identities.length,
      touchpoints,
      events,
      reminders: movedReminders,
      positions: positions.length,
      relationships,
      labels: labels.length,
      xAccounts: identities.filter((i) => i.kind === 'x').length,
    },
    at: nextTime(),
  };
}

function undoMerge(req: ParsedReq<'people:merge-undo'>, db: FakeDb) {
  const snap = duplicatesOf(db).merges.get(req.mergeId) ?? refuse('NOT_FOUND', `No merge with id ${req.mergeId}`, { mergeId: req.mergeId });
  if (snap.undone) refuse('CONFLICT', 'This merge was already undone', { mergeId: req.mergeId });
  const keepAt = db.people.findIndex((p) => p.id === snap.keep.id);
  if (keepAt < 0) refuse('CONFLICT', `${snap.keep.displayName} was merged into someone else since; undo that first`);
  db.people[keepAt] = structuredClone(snap.keep);
  db.people.splice(Math.min(snap.otherIndex, db.people.length), 0, structuredClone(snap.other));
  if (snap.photo) db.photos.set(snap.other.id, snap.photo);
  if (snap.keepPhoto) db.photos.set(snap.keep.id, snap.keepPhoto);
  else db.photos.delete(snap.keep.id);
  for (const t of snap.touchpoints) {
    const at = db.touchpoints.findIndex((x) => x.id === t.id);
    if (at >= 0) db.touchpoints[at] = structuredClone(t);
  }
  for (const a of snap.attendance) {
    const live = db.attendance.find((x) => x.id === a.id);
    if (live) Object.assign(live, a);
    else db.attendance.push(structuredClone(a));
  }
  for (const r of snap.reminders) {
    const live = reminderState(db).rows.find((x) => x.id === r.id);
    if (live) live.personId = r.personId;
  }
  db.relationships = [...db.relationships.filter((r) => !snap.relationships.some((s) => s.id === r.id)), ...structuredClone(snap.relationships)];
  snap.undone = true;
  return { mergeId: req.mergeId, survivor: ref(derive(db, db.people[keepAt]!)), restored: ref(snap.other) };
}

export const duplicatesHandlers = {
  'duplicates:list': (req: ParsedReq<'duplicates:list'>, db: FakeDb) => ({ items: suggestions(db).slice(0, req.limit) }),
  'duplicates:reject': (req: ParsedReq<'duplicates:reject'>, db: FakeDb) => {
    findPerson(db, req.aId);
    findPerson(db, req.bId);
    duplicatesOf(db).rejected.add(pairKey(req.aId, req.bId));
    return { aId: req.aId, bId: req.bId };
  },
  'people:merge': merge,
  'people:merge-undo': undoMerge,
};
