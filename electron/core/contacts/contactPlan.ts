import type { ContactPreviewRow, ContactProblem } from '../../../shared/domain/contacts';
import type { ContactMatchReader, ExistingPerson } from '../../db/repositories/contactMatchReader';
import type { ContactRecord } from './contactRecord';
import { FILL_FIELDS, type FillField, type RecordIdentity, type RecordValues, kindWord, recordValues } from './recordValues';

/** Kinds that say two records are one person, strongest first; other kinds are only added. */
const MATCH_KINDS = ['email', 'linkedin', 'x', 'phone'] as const;

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
  /** Values it has but the file disagrees with (kept). */
  changed: boolean;
}

export interface ContactPlan {
  people: PlannedPerson[];
  rows: (ContactPreviewRow & { person: ContactPreviewRow['person'] })[];
  invalid: ContactProblem[];
  warnings: ContactProblem[];
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function blank(existing: ExistingPerson | null, v: RecordValues): PlannedPerson {
  return { existing, displayName: existing?.displayName ?? v.displayName, line: v.line, fields: {}, notes: [], identities: [], tags: [], positions: [], connectedOn: null, photo: null, changed: false };
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
  if (v.notes) {
    const all = [e?.notes ?? '', ...p.notes].join('\n');
    if (!all.includes(v.notes)) {
      p.notes.push(v.notes);
      if (e || p.line !== v.line) adds.push('notes');
    }
  }
  for (const identity of v.identities) {
    if (p.identities.some((i) => i.kind === identity.kind && i.value === identity.value) || !free(identity)) continue;
    p.identities.push(identity);
    adds.push(`${kindWord(identity.kind)} ${identity.display}`);
  }
  const tagKeys = new Set([...(e?.tagKeys ?? []), ...p.tags.map(fold)]);
  for (const tag of v.tags) {
    if (tagKeys.has(fold(tag))) continue;
    tagKeys.add(fold(tag));
    p.tags.push(tag);
    adds.push(`tag ${tag}`);
  }
  if (v.position) {
    const orgKeys = new Set([...(e?.organisationKeys ?? []), ...p.positions.map((x) => fold(x.organisation))]);
    if (!orgKeys.has(fold(v.position.organisation))) {
      p.positions.push(v.position);
      adds.push(`job ${v.position.title ? `${v.position.title} at ` : ''}${v.position.organisation}`);
    }
  }
  if (v.connectedOn && !p.connectedOn && !e?.connected) {
    p.connectedOn = v.connectedOn;
    adds.push(`connected on LinkedIn ${v.connectedOn}`);
  }
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
export function planContacts(records: ContactRecord[], reader: ContactMatchReader): ContactPlan {
  const warnings: ContactProblem[] = [];
  const invalid: ContactProblem[] = [];
  const values: RecordValues[] = [];
  for (const record of records) {
    const v = recordValues(record, (w) => warnings.push(w));
    if ('problem' in v) invalid.push({ file: record.source.file, line: record.source.line, message: v.problem });
    else values.push(v);
  }

  const allKeys = values.flatMap((v) => v.identities.map((i) => ({ kind: i.kind, value: i.value })));
  const owners = reader.owners(allKeys);
  const xLinked = reader.xLinked([...new Set(values.flatMap((v) => v.identities.filter((i) => i.kind === 'x').map((i) => i.value)))]);
  const existing = reader.people([...new Set([...owners.values(), ...xLinked.values()])]);

  const people: PlannedPerson[] = [];
  const byExisting = new Map<string, number>();
  const byKey = new Map<string, number>();
  const rows: ContactPlan['rows'] = [];
  const file = records[0]?.source.file ?? '';

  for (const v of values) {
    // Candidates in order of strength: existing owners first, then earlier records of this file.
    const hits: { index: number; why: string }[] = [];
    for (const kind of MATCH_KINDS) {
      for (const i of v.identities.filter((x) => x.kind === kind)) {
        const key = `${i.kind} ${i.value}`;
        const ownerId = owners.get(key) ?? (kind === 'x' ? xLinked.get(i.value) : undefined);
        let index: number | undefined;
        if (ownerId && existing.has(ownerId)) {
          index = byExisting.get(ownerId);
          if (index === undefined) {
            index = people.push(blank(existing.get(ownerId)!, v)) - 1;
            byExisting.set(ownerId, index);
          }
        } else index = byKey.get(key);
        if (index !== undefined) hits.push({ index, why: `${kindWord(kind)} ${i.display}` });
      }
    }
    const target = hits[0];
    const created = target === undefined;
    const index = created ? people.push(blank(null, v)) - 1 : target.index;
    const person = people[index]!;
    for (const other of hits.filter((h) => h.index !== index)) {
      warnings.push({ file, line: v.line, message: `also matches ${people[other.index]!.displayName} by ${other.why}: check for a duplicate` });
    }
    const free = (i: RecordIdentity) => {
      const owner = owners.get(`${i.kind} ${i.value}`);
      if (owner === undefined || owner === person.existing?.id) return owner === undefined;
      warnings.push({ file, line: v.line, message: `${kindWord(i.kind)} ${i.display} belongs to someone else: left out` });
      return false;
    };
    const { adds, kept } = fold_in(person, v, free);
    for (const i of v.identities) if (MATCH_KINDS.includes(i.kind as never) && !byKey.has(`${i.kind} ${i.value}`)) byKey.set(`${i.kind} ${i.value}`, index);
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
