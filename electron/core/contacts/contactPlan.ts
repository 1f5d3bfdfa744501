import type { ContactPreviewRow, ContactProblem } from '../../../shared/domain/contacts';
import { foldText, sortKeyForName } from '../../../shared/util/text';
import type { ContactMatchReader, ExistingPerson } from '../../db/repositories/contactMatchReader';
import type { ContactRecord } from './contactRecord';
import { FILL_FIELDS, type FillField, type RecordIdentity, type RecordValues, kindWord, recordValues } from './recordValues';

/** Kinds that say two records are one person, strongest first (personal handles too; a website may be a company's, so it is only added). */
const MATCH_KINDS = ['email', 'linkedin', 'x', 'mastodon', 'instagram', 'phone'] as const;

/** One person the import writes: a new one, or additions to an existing one. */
export interface PlannedPerson {
  existing: ExistingPerson | null;
  /** For a new person: their name and first line. */
  displayName: string;
  line: number;
  fields: Partial<Record<FillField, string>>;
  notes: string[];
  identities: RecordIdentity[];
  tags: string[];
  positions: { organisation: string; title: string | null }[];
  connectedOn: string | null;
  photo: RecordValues['photo'];
  /** It gains something (an existing person with nothing new is left alone). */
  changed: boolean;
  /** What it has or will have, folded, so adding a record is linear. */
  keys: { identities: Set<string>; tags: Set<string>; organisations: Set<string>; notes: Set<string> };
  /** The words of their name, worked out only when a phone number needs them. */
  names(): Set<string>;
  /** `<format>:<id in the file>` of the records that became this person. */
  sourceKeys: string[];
  archivedNoted: boolean;
}

export interface ContactPlan {
  people: PlannedPerson[];
  rows: (ContactPreviewRow & { person: ContactPreviewRow['person'] })[];
  invalid: ContactProblem[];
  warnings: ContactProblem[];
}

/** Label keys (tags, organisations) repeat across a file: folded once per distinct name. */
const labelKeys = new Map<string, string>();
function labelKey(name: string): string {
  let key = labelKeys.get(name);
  if (key === undefined) {
    if (labelKeys.size > 50_000) labelKeys.clear();
    labelKeys.set(name, (key = sortKeyForName(name)));
  }
  return key;
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();
const NAME_NOISE = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'jr', 'sr']);

/** The words of a name, folded (accents and case), without titles and digits-only parts. */
function nameWords(...names: (string | null | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const w of foldText(name ?? '').split(/[^\p{L}\p{N}]+/u)) if (w.length > 1 && !NAME_NOISE.has(w) && !/^\d+$/.test(w)) words.add(w);
  return words;
}

function blank(existing: ExistingPerson | null, v: RecordValues): PlannedPerson {
  let words: Set<string> | undefined;
  return {
    existing,
    displayName: existing?.displayName ?? v.displayName,
    line: v.line,
    fields: {},
    notes: [],
    identities: [],
    tags: [],
    positions: [],
    connectedOn: null,
    photo: null,
    changed: false,
    sourceKeys: [],
    archivedNoted: false,
    keys: {
      identities: new Set(),
      tags: new Set(existing?.tagKeys ?? []),
      organisations: new Set(existing?.organisationKeys ?? []),
      notes: new Set(),
    },
    names: () => (words ??= existing ? nameWords(existing.displayName, existing.givenName, existing.familyName, existing.nickname) : nameWords(v.displayName, v.fields.givenName, v.fields.familyName, v.fields.nickname)),
  };
}

/** Two records with one phone number are one person only if their names share a word (an office line is on many cards). */
function namesAgree(p: PlannedPerson, v: RecordValues): boolean {
  const words = nameWords(v.displayName, v.fields.givenName, v.fields.familyName, v.fields.nickname);
  const theirs = p.names();
  if (words.size === 0 || theirs.size === 0) return true;
  for (const w of words) if (theirs.has(w)) return true;
  return false;
}

/** Adds what `v` brings that `p` does not have; returns the words for the preview. */
function fold_in(p: PlannedPerson, v: RecordValues, free: (i: RecordIdentity) => boolean): { adds: string[]; kept: string[] } {
  const adds: string[] = [];
  const kept: string[] = [];
  const e = p.existing;
  for (const field of FILL_FIELDS) {
    const value = v.fields[field];
    if (!value) continue;
    const current = p.fields[field] ?? e?.[field] ?? null;
    if (current === null) {
      p.fields[field] = value;
      if (e || p.line !== v.line) adds.push(`${field === 'birthday' ? 'birthday' : field.replace(/Name$/, ' name')} ${value}`);
    } else if (fold(current) !== fold(value)) kept.push(`${field.replace(/Name$/, ' name')} ${current} (the file says ${value})`);
  }
  if (v.notes && !p.keys.notes.has(v.notes) && !e?.notes?.includes(v.notes)) {
    p.keys.notes.add(v.notes);
    p.notes.push(v.notes);
    if (e || p.line !== v.line) adds.push('notes');
  }
  for (const identity of v.identities) {
    const key = `${identity.kind} ${identity.value}`;
    if (p.keys.identities.has(key) || !free(identity)) continue;
    p.keys.identities.add(key);
    p.identities.push(identity);
    adds.push(`${kindWord(identity.kind)} ${identity.display}`);
  }
  for (const tag of v.tags) {
    const key = labelKey(tag);
    if (p.keys.tags.has(key)) continue;
    p.keys.tags.add(key);
    p.tags.push(tag);
    adds.push(`tag ${tag}`);
  }
  const orgKey = v.position ? labelKey(v.position.organisation) : '';
  if (v.position && p.keys.organisations.has(orgKey) && v.position.title && !p.positions.some((x) => x.title === v.position!.title)) {
    kept.push(`job at ${v.position.organisation} (the file says ${v.position.title})`);
  } else if (v.position && !p.keys.organisations.has(orgKey)) {
    p.keys.organisations.add(orgKey);
    p.positions.push(v.position);
    adds.push(`job ${v.position.title ? `${v.position.title} at ` : ''}${v.position.organisation}`);
  }
  if (v.connectedOn && !p.connectedOn && !e?.connected) {
    p.connectedOn = v.connectedOn;
    adds.push(`connected on LinkedIn ${v.connectedOn}`);
  }
  if (v.photo && (p.photo || e?.hasPhoto)) kept.push('photo (they have one)');
  if (v.photo && !p.photo && !e?.hasPhoto) {
    p.photo = v.photo;
    adds.push('photo');
  }
  if (e && adds.length > 0) p.changed = true;
  return { adds, kept };
}

/**
 * Decides what each record does: a new person, additions to an existing one (matched on a
 * normalised email, LinkedIn profile, X handle — directly or through an archive account
 * linked to someone — or phone), or a duplicate that adds nothing. Records of one file that
 * share such a value become one person. Existing values are never overwritten: a differing
 * value is listed as kept. Reads the database in a fixed number of batched queries.
 */
export function planContacts(records: ContactRecord[], reader: ContactMatchReader, format: string): ContactPlan {
  const warnings: ContactProblem[] = [];
  const invalid: ContactProblem[] = [];
  const values: RecordValues[] = [];
  for (const record of records) {
    const v = recordValues(record, (w) => warnings.push(w));
    if ('problem' in v) invalid.push({ file: record.source.file, line: record.source.line, message: v.problem });
    else values.push(v);
  }

  const people: PlannedPerson[] = [];
  const byExisting = new Map<string, number>();
  const allKeys = values.flatMap((v) => v.identities.map((i) => ({ kind: i.kind, value: i.value })));
  const owners = reader.owners(allKeys);
  const xLinked = reader.xLinked([...new Set(values.flatMap((v) => v.identities.filter((i) => i.kind === 'x').map((i) => i.value)))]);
  const sourceKey = (v: RecordValues) => (v.externalId ? `${format}:${v.externalId}` : null);
  const sources = reader.sources(values.flatMap((v) => sourceKey(v) ?? []));
  // A record with nothing to recognise it by but its name (no email, phone, profile or id).
  const nameOnly = (v: RecordValues) => !sourceKey(v) && !v.identities.some((i) => MATCH_KINDS.includes(i.kind as never));
  const byName = reader.importedByName([...new Set(values.filter(nameOnly).map((v) => sortKeyForName(v.displayName)))]);
  const existing = reader.people([...new Set([...owners.values(), ...xLinked.values(), ...sources.values(), ...byName.values()])]);
  const planFor = (id: string, v: RecordValues) => {
    let index = byExisting.get(id);
    if (index === undefined) {
      index = people.push(blank(existing.get(id)!, v)) - 1;
      byExisting.set(id, index);
    }
    return index;
  };

  const byKey = new Map<string, number>();
  const rows: ContactPlan['rows'] = [];
  const file = records[0]?.source.file ?? '';

  const claimed = new Map<string, number>();
  for (const v of values) {
    // Candidates in order of strength: existing owners first, then earlier records of this file.
    const hits: { index: number; why: string }[] = [];
    const source = sourceKey(v);
    const sourceOwner = source ? sources.get(source) : undefined;
    if (sourceOwner && existing.has(sourceOwner)) hits.push({ index: planFor(sourceOwner, v), why: 'the same contact (its id in the file)' });
    else if (source && byKey.has(source)) hits.push({ index: byKey.get(source)!, why: 'the same contact (its id in the file)' });
    for (const kind of MATCH_KINDS) {
      for (const i of v.identities.filter((x) => x.kind === kind)) {
        const key = `${i.kind} ${i.value}`;
        const ownerId = owners.get(key) ?? (kind === 'x' ? xLinked.get(i.value) : undefined);
        let index: number | undefined;
        if (ownerId && existing.has(ownerId)) index = planFor(ownerId, v);
        else index = byKey.get(key);
        if (index !== undefined && (kind !== 'phone' || namesAgree(people[index]!, v))) hits.push({ index, why: `${kindWord(kind)} ${i.display}` });
      }
    }
    const sameName = hits.length === 0 && nameOnly(v) ? byName.get(sortKeyForName(v.displayName)) : undefined;
    if (sameName && existing.has(sameName)) hits.push({ index: planFor(sameName, v), why: 'the same name, imported before with nothing else to compare' });
    const target = hits[0];
    const created = target === undefined;
    const index = created ? people.push(blank(null, v)) - 1 : target.index;
    const person = people[index]!;
    for (const other of hits.filter((h) => h.index !== index)) {
      warnings.push({ file, line: v.line, message: `also matches ${people[other.index]!.displayName} by ${other.why}: check for a duplicate` });
    }
    const leftOut: string[] = [];
    const free = (i: RecordIdentity) => {
      const key = `${i.kind} ${i.value}`;
      const owner = owners.get(key);
      const holder = claimed.get(key);
      if (owner === person.existing?.id && owner !== undefined) return false;
      if (owner === undefined && (holder === undefined || holder === index)) return true;
      const who = owner !== undefined ? (existing.get(owner)?.displayName ?? 'someone else') : `${people[holder!]!.displayName} (line ${people[holder!]!.line})`;
      warnings.push({ file, line: v.line, message: `${kindWord(i.kind)} ${i.display} is also on ${who}: kept in the notes` });
      leftOut.push(`${kindWord(i.kind)}: ${i.display}`);
      return false;
    };
    const { adds, kept } = fold_in(person, v, free);
    const extra = leftOut.filter((line) => !person.keys.notes.has(line));
    for (const line of extra) person.keys.notes.add(line);
    if (extra.length > 0) {
      person.notes.push(extra.join('\n'));
      if (person.existing) {
        person.changed = true;
        adds.push('notes');
      }
    }
    if (source) {
      if (!person.sourceKeys.includes(source)) person.sourceKeys.push(source);
      if (!byKey.has(source)) byKey.set(source, index);
    }
    if (person.existing?.archived && !person.archivedNoted) {
      person.archivedNoted = true;
      warnings.push({ file, line: v.line, message: `${person.existing.displayName} is archived: what this record adds goes to them, and they stay archived` });
    }
    for (const i of v.identities) if (!claimed.has(`${i.kind} ${i.value}`) && person.keys.identities.has(`${i.kind} ${i.value}`)) claimed.set(`${i.kind} ${i.value}`, index);
    for (const i of v.identities) if (MATCH_KINDS.includes(i.kind as never) && !byKey.has(`${i.kind} ${i.value}`) && claimed.get(`${i.kind} ${i.value}`) === index) byKey.set(`${i.kind} ${i.value}`, index);
    const matchedOn = created ? null : person.existing ? target.why : `${target.why}, as on line ${person.line}`;
    const outcome = created ? 'new' : person.existing && adds.length > 0 ? 'update' : 'duplicate';
    rows.push({
      line: v.line,
      name: v.displayName,
      outcome,
      person: person.existing ? { id: person.existing.id, name: person.existing.displayName } : null,
      matchedOn,
      adds: created ? [] : adds,
      kept,
      message: null,
    });
  }
  for (const problem of invalid) rows.push({ line: problem.line ?? 0, name: '', outcome: 'invalid', person: null, matchedOn: null, adds: [], kept: [], message: problem.message });
  rows.sort((a, b) => a.line - b.line);
  return { people, rows, invalid, warnings };
}
