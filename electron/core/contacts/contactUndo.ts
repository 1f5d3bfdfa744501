import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import type { ChangeJournalRepository } from '../../db/repositories/changeJournalRepository';
import type { TouchpointsRepository } from '../../db/repositories/touchpointsRepository';

const ALLOWED_COLUMNS = new Set(['given_name', 'family_name', 'nickname', 'location', 'birthday']);

/**
 * Takes back a contacts import: its touchpoints, events, attendances, identities and jobs go;
 * the changes it made to people who existed before are replayed backwards from the journal
 * (a value filled is emptied again only if it is still the imported one; notes come back only
 * if nobody edited them since). People it created are removed, or archived when something
 * else has been attached to them since (a touchpoint, a reminder, a later import), so nothing
 * the user added is lost. Call inside a transaction. Returns how many people were archived instead.
 */
export function undoContactsImport(deps: { db: Db; journal: ChangeJournalRepository; touchpoints: TouchpointsRepository }, importId: string, now: number): { removed: number; archived: number; touched: string[] } {
  const sqlite = deps.db.$client;
  // Statements run once per journal entry or created person: each prepared once per undo.
  const prepared = new Map<string, ReturnType<typeof sqlite.prepare>>();
  const statement = (sql: string) => prepared.get(sql) ?? prepared.set(sql, sqlite.prepare(sql)).get(sql)!;
  const all = <T>(sql: string, ...args: unknown[]) => statement(sql).all(...args) as T[];
  const run = (sql: string, ...args: unknown[]) => statement(sql).run(...args);

  const touched = new Set<string>();
  const madeTouchpoints = all<{ id: string }>(`SELECT id FROM touchpoints WHERE import_id = ? AND deleted_at IS NULL`, importId).map((r) => r.id);
  deps.touchpoints.deleteMany(madeTouchpoints, now).forEach((id) => touched.add(id));

  for (const entry of deps.journal.entries(importId)) {
    const d = entry.data ?? {};
    touched.add(entry.targetId);
    if (entry.action === 'person.fill' && ALLOWED_COLUMNS.has(String(d.column))) {
      run(`UPDATE people SET ${String(d.column)} = NULL, updated_at = ? WHERE id = ? AND ${String(d.column)} = ?`, now, entry.targetId, d.value);
    } else if (entry.action === 'person.notes') {
      run(`UPDATE people SET notes = ?, updated_at = ? WHERE id = ? AND notes IS ?`, d.before ?? null, now, entry.targetId, d.after ?? null);
    } else if (entry.action === 'person.tags') {
      run(`DELETE FROM person_tags WHERE person_id = ? AND tag_id IN (SELECT value FROM json_each(?))`, entry.targetId, JSON.stringify(d.tagIds ?? []));
    } else if (entry.action === 'person.photo') {
      // Only the photo the import set: one the user chose since stays.
      const photo = (all<{ photo: Buffer | null }>(`SELECT photo FROM people WHERE id = ?`, entry.targetId)[0]?.photo ?? null);
      if (photo && createHash('sha256').update(photo).digest('hex') === d.sha256) run(`UPDATE people SET photo = NULL, photo_mime = NULL, updated_at = ? WHERE id = ?`, now, entry.targetId);
    } else if (entry.action === 'event.fill' && ['starts_on', 'ends_on', 'start_at', 'place', 'link', 'notes'].includes(String(d.column))) {
      run(`UPDATE events SET ${String(d.column)} = NULL, updated_at = ? WHERE id = ? AND ${String(d.column)} IS ?`, now, entry.targetId, d.value);
      if (d.column === 'starts_on') run(`UPDATE events SET start_at = NULL WHERE id = ? AND starts_on IS NULL`, entry.targetId);
    }
  }
  deps.journal.clear(importId);

  run(`DELETE FROM attendances WHERE import_id = ?`, importId);
  run(`DELETE FROM contact_sources WHERE import_id = ?`, importId);
  run(`DELETE FROM identities WHERE import_id = ?`, importId);
  run(`DELETE FROM positions WHERE import_id = ?`, importId);

  const created = all<{ id: string }>(`SELECT id FROM people WHERE import_id = ?`, importId).map((r) => r.id);
  run(`DELETE FROM import_people WHERE import_id = ?`, importId);
  // Made touchpoints are gone for good (their participants would keep the people alive).
  const madeJson = JSON.stringify(madeTouchpoints);
  run(`DELETE FROM touchpoint_participants WHERE touchpoint_id IN (SELECT value FROM json_each(?))`, madeJson);
  run(`DELETE FROM touchpoints WHERE id IN (SELECT value FROM json_each(?))`, madeJson);

  let archived = 0;
  let removed = 0;
  const inUse = sqlite.prepare(`SELECT
      EXISTS (SELECT 1 FROM touchpoint_participants WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM attendances WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM reminders WHERE person_id = @id AND kind <> 'birthday')
      OR EXISTS (SELECT 1 FROM contact_sources WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM notifications WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM relationships WHERE person_id = @id OR other_person_id = @id)
      OR EXISTS (SELECT 1 FROM identities WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM positions WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM import_people WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM x_accounts WHERE person_id = @id)
      OR EXISTS (SELECT 1 FROM merges WHERE (survivor_id = @id OR merged_id = @id) AND undone_at IS NULL)
      OR EXISTS (SELECT 1 FROM people WHERE met_via_person_id = @id OR merged_into_id = @id) AS used`).pluck();
  for (const id of created) {
    if (inUse.get({ id }) === 1) {
      run(`UPDATE people SET deleted_at = coalesce(deleted_at, ?), import_id = NULL, updated_at = ? WHERE id = ?`, now, now, id);
      archived++;
      touched.add(id);
      continue;
    }
    // Birthday reminders the app wrote from the imported birthday go with the person.
    run(`DELETE FROM reminders WHERE person_id = ? AND kind = 'birthday'`, id);
    run(`DELETE FROM person_tags WHERE person_id = ?`, id);
    run(`DELETE FROM person_interests WHERE person_id = ?`, id);
    run(`DELETE FROM x_match_candidates WHERE person_id = ?`, id);
    run(`DELETE FROM x_match_rejections WHERE person_id = ?`, id);
    run(`DELETE FROM duplicate_rejections WHERE person_a = ? OR person_b = ?`, id, id);
    // Merges of theirs that were undone are history about someone who is going.
    run(`DELETE FROM change_journal WHERE batch_id IN (SELECT id FROM merges WHERE survivor_id = ? OR merged_id = ?)`, id, id);
    run(`DELETE FROM merges WHERE survivor_id = ? OR merged_id = ?`, id, id);
    run(`DELETE FROM people WHERE id = ?`, id);
    touched.delete(id);
    removed++;
  }
  for (const { id } of all<{ id: string }>(`SELECT id FROM events WHERE import_id = ?`, importId)) {
    const used = statement(`SELECT EXISTS (SELECT 1 FROM attendances WHERE event_id = @id) OR EXISTS (SELECT 1 FROM touchpoints WHERE event_id = @id)
      OR EXISTS (SELECT 1 FROM reminders WHERE event_id = @id) OR EXISTS (SELECT 1 FROM people WHERE met_event_id = @id)`).pluck().get({ id });
    if (used === 1) run(`UPDATE events SET deleted_at = coalesce(deleted_at, ?), import_id = NULL, external_id = NULL, updated_at = ? WHERE id = ?`, now, now, id);
    else run(`DELETE FROM events WHERE id = ?`, id);
  }
  return { removed, archived, touched: [...touched] };
}

/** A merge still in place that involves someone this import created or updated: it must be undone first (it moved their rows). */
export function mergeBlockingUndo(db: Db, importId: string): { mergeId: string; survivor: string; merged: string } | null {
  const row = db.$client
    .prepare(`SELECT m.id AS mergeId, s.display_name AS survivor, o.display_name AS merged FROM merges m
      JOIN people s ON s.id = m.survivor_id JOIN people o ON o.id = m.merged_id
      WHERE m.undone_at IS NULL AND (m.survivor_id IN (SELECT person_id FROM import_people WHERE import_id = @id)
        OR m.merged_id IN (SELECT person_id FROM import_people WHERE import_id = @id))
      ORDER BY m.created_at DESC LIMIT 1`)
    .get({ id: importId }) as { mergeId: string; survivor: string; merged: string } | undefined;
  return row ?? null;
}
