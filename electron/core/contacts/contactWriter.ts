import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import type { ChangeJournalRepository } from '../../db/repositories/changeJournalRepository';
import type { IdentitiesRepository } from '../../db/repositories/identitiesRepository';
import type { LabelsRepository } from '../../db/repositories/labelsRepository';
import type { PeopleBulkWriter } from '../../db/repositories/peopleBulkWriter';
import type { PositionsRepository } from '../../db/repositories/positionsRepository';
import type { TouchpointWrite, TouchpointsRepository } from '../../db/repositories/touchpointsRepository';
import type { PlannedPerson } from './contactPlan';
import type { RecordIdentity } from './recordValues';

const COLUMNS = { givenName: 'given_name', familyName: 'family_name', nickname: 'nickname', location: 'location', birthday: 'birthday' } as const;

const identityInputs = (identities: RecordIdentity[]) => identities.map((i) => ({ ...i, xAccountId: null, primary: false }));

/** LinkedIn's "Connected On" as a touchpoint at noon UTC that day (the file has no time). */
function connectedTouchpoint(day: string) {
  const at = Date.parse(`${day.startsWith('--') ? `2000${day.slice(1)}` : day}T12:00:00.000Z`);
  // No note and no external id: the kind says it all, and a second import knows it by its kind (contactMatchReader).
  return { at, channel: 'linkedin' as const, kind: 'connected', initiatedBy: 'me' as const, note: null, externalIdPrefix: null };
}

/** The same for someone who already existed, through the touchpoints' one write path (their figures move with it). */
function connectedWrite(personId: string, day: string, importId: string): TouchpointWrite {
  const t = connectedTouchpoint(day);
  return { at: new Date(t.at).toISOString(), channel: t.channel, initiatedBy: t.initiatedBy, kind: 'connected', note: t.note, personIds: [personId], externalId: null, importId };
}

/**
 * Writes a contacts plan (call inside the import's transaction): new people through the
 * bulk writer, additions to existing people journalled so the import can be
 * undone exactly. Rows the import creates carry its id; changes to rows that existed are in
 * the change journal under the import id.
 */
export function createContactWriter(deps: {
  db: Db;
  bulk: PeopleBulkWriter;
  identities: IdentitiesRepository;
  labels: LabelsRepository;
  positions: PositionsRepository;
  touchpoints: TouchpointsRepository;
  journal: ChangeJournalRepository;
}) {
  const sqlite = deps.db.$client;
  const q = {
    importPerson: sqlite.prepare(`INSERT OR IGNORE INTO import_people (import_id, person_id, outcome) VALUES (?, ?, ?)`),
    source: sqlite.prepare(`INSERT OR IGNORE INTO contact_sources (key, person_id, import_id) VALUES (?, ?, ?)`),
    photo: sqlite.prepare(`UPDATE people SET photo = ?, photo_mime = ? WHERE id = ? AND photo IS NULL`),
    notes: sqlite.prepare(`SELECT notes FROM people WHERE id = ?`).pluck(),
    setNotes: sqlite.prepare(`UPDATE people SET notes = ?, updated_at = ? WHERE id = ?`),
    touched: sqlite.prepare(`UPDATE people SET updated_at = ? WHERE id = ?`),
    fill: Object.fromEntries(
      Object.entries(COLUMNS).map(([field, column]) => [field, sqlite.prepare<[string, string]>(`UPDATE people SET ${column} = ? WHERE id = ? AND ${column} IS NULL`)]),
    ) as unknown as Record<keyof typeof COLUMNS, { run(...args: unknown[]): { changes: number } }>,
    tagLink: sqlite.prepare(`INSERT OR IGNORE INTO person_tags (person_id, tag_id, created_at) VALUES (?, ?, ?)`),
  };

  function update(p: PlannedPerson, importId: string, now: number): void {
    const id = p.existing!.id;
    const j = (action: string, data: Record<string, unknown>) => deps.journal.record(importId, action, id, data, now);
    for (const [field, value] of Object.entries(p.fields) as [keyof typeof COLUMNS, string][]) {
      if (q.fill[field].run(value, id).changes > 0) j('person.fill', { column: COLUMNS[field], value });
    }
    if (p.notes.length > 0) {
      const before = q.notes.get(id) as string | null;
      const after = [before, ...p.notes].filter(Boolean).join('\n\n');
      q.setNotes.run(after, now, id);
      j('person.notes', { before, after });
    }
    if (p.identities.length > 0) deps.identities.insert(id, identityInputs(p.identities), now, importId);
    if (p.tags.length > 0) {
      const tagIds = deps.labels.resolve('tag', p.tags, now).filter((tagId) => q.tagLink.run(id, tagId, now).changes > 0);
      if (tagIds.length > 0) j('person.tags', { tagIds });
    }
    for (const position of p.positions) deps.positions.insert(id, position, now, importId);
    if (p.photo && q.photo.run(p.photo.bytes, p.photo.mime, id).changes > 0) j('person.photo', { sha256: createHash('sha256').update(p.photo.bytes).digest('hex') });
    q.touched.run(now, id);
    q.importPerson.run(importId, id, 'updated');
  }

  return {
    /** Writes every planned person; returns the ids of people created and updated, and the touchpoints made. */
    write(people: PlannedPerson[], importId: string, now: number): { created: string[]; updated: string[]; touchpoints: number; withX: string[] } {
      const fresh = people.filter((p) => !p.existing);
      const created = deps.bulk.insert(
        fresh.map((p) => ({
          displayName: p.displayName,
          ...p.fields,
          notes: p.notes.join('\n\n') || null,
          identities: p.identities,
          tags: p.tags,
          positions: p.positions,
          photo: p.photo,
          touchpoint: p.connectedOn ? connectedTouchpoint(p.connectedOn) : undefined,
        })),
        importId,
        now,
      );
      const updated: string[] = [];
      const touchpoints: TouchpointWrite[] = [];
      const withX: string[] = [];
      const idOf = new Map(fresh.map((p, i) => [p, created[i]!]));
      let made = 0;
      for (const p of people) {
        if (p.existing && !p.changed) continue;
        const id = idOf.get(p) ?? p.existing!.id;
        if (p.existing) {
          update(p, importId, now);
          updated.push(id);
        } else q.importPerson.run(importId, id, 'created');
        for (const key of p.sourceKeys) q.source.run(key, id, importId);
        if (p.connectedOn) {
          if (p.existing) touchpoints.push({ ...connectedWrite(id, p.connectedOn, importId) });
          else made++;
        }
        if (p.identities.some((i) => i.kind === 'x')) withX.push(id);
      }
      if (touchpoints.length > 0) deps.touchpoints.insertMany(touchpoints, now);
      return { created, updated, touchpoints: touchpoints.length + made, withX };
    },
  };
}

export type ContactWriter = ReturnType<typeof createContactWriter>;
