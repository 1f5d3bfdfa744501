import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';
import type { JournalEntry } from './changeJournalRepository';
import type { ColumnValue, MergeRepository, PersonColumn } from './mergeRepository';

/** A journalled photo (a blob) travels as base64 inside the JSON. */
export const PHOTO_KEY = 'photo_base64';
/** In a survivor's `person.fields` step: the values the merge set (photo as base64). */
export const AFTER_KEY = '__after';

/** Columns as a journal keeps them: JSON values, a photo as base64. */
export function encodeColumns(columns: Partial<Record<PersonColumn, ColumnValue>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(columns).map(([c, v]) => [c, Buffer.isBuffer(v) ? v.toString('base64') : v]));
}

/**
 * Takes back one step of a merge from its journal entry: moves a row back to the other
 * person, brings back a dropped copy, or restores a person's columns. `keep` and `other`
 * come from the merges row. Call inside the undo's transaction, newest entry first.
 */
export function createMergeReplay(db: Db, rows: MergeRepository) {
  const sqlite = db.$client;
  const run = (sql: string) => {
    const statement = sqlite.prepare(sql);
    return (...params: unknown[]) => statement.run(...params);
  };
  const undelete = (table: string) => run(`UPDATE ${table} SET deleted_at = NULL, updated_at = ? WHERE id = ?`);
  const moveBack = (table: string, key: string) => run(`UPDATE ${table} SET person_id = ? WHERE person_id = ? AND ${key} = ?`);
  const q = {
    identity: run(`UPDATE identities SET person_id = ?, is_primary = ?, updated_at = ? WHERE id = ?`),
    position: run(`UPDATE positions SET person_id = ?, updated_at = ? WHERE id = ?`),
    reminder: run(`UPDATE reminders SET person_id = ?, updated_at = ? WHERE id = ?`),
    notification: run(`UPDATE notifications SET person_id = ? WHERE id = ?`),
    attendance: run(`UPDATE attendances SET person_id = ?, updated_at = ? WHERE id = ?`),
    attendanceMet: run(`UPDATE attendances SET met = ?, updated_at = ? WHERE id = ?`),
    relationship: run(`UPDATE relationships SET person_id = ?, other_person_id = ?, updated_at = ? WHERE id = ?`),
    xAccount: run(`UPDATE x_accounts SET person_id = ?, updated_at = ? WHERE account_id = ?`),
    introducer: run(`UPDATE people SET met_via_person_id = ?, updated_at = ? WHERE id = ? AND met_via_person_id = ?`),
    // Set-based, like the merge's own participant step (mergeMoves.ts).
    participantsBack: run(
      `UPDATE touchpoint_participants SET person_id = @other WHERE person_id = @keep
         AND touchpoint_id IN (SELECT target_id FROM change_journal WHERE batch_id = @mergeId AND action = 'participant.move')`,
    ),
    participantsAdd: run(
      `INSERT OR IGNORE INTO touchpoint_participants (touchpoint_id, person_id, at)
       SELECT target_id, @other, json_extract(data, '$.at') FROM change_journal WHERE batch_id = @mergeId AND action = 'participant.drop'`,
    ),
    tagBack: moveBack('person_tags', 'tag_id'),
    tagAdd: run(`INSERT OR IGNORE INTO person_tags (person_id, tag_id, created_at) VALUES (?, ?, ?)`),
    interestBack: moveBack('person_interests', 'interest_id'),
    interestAdd: run(`INSERT OR IGNORE INTO person_interests (person_id, interest_id, created_at) VALUES (?, ?, ?)`),
    candidateBack: moveBack('x_match_candidates', 'account_id'),
    candidateAdd: run(`INSERT OR IGNORE INTO x_match_candidates (account_id, person_id, confidence, reasons, created_at) VALUES (?, ?, ?, ?, ?)`),
    xRejectionBack: moveBack('x_match_rejections', 'account_id'),
    xRejectionAdd: run(`INSERT OR IGNORE INTO x_match_rejections (account_id, person_id, created_at) VALUES (?, ?, ?)`),
    importBack: moveBack('import_people', 'import_id'),
    importAdd: run(`INSERT OR IGNORE INTO import_people (import_id, person_id, outcome) VALUES (?, ?, ?)`),
    rejectionRemove: run(`DELETE FROM duplicate_rejections WHERE person_a = ? AND person_b = ?`),
    positionBack: undelete('positions'),
    attendanceBack: undelete('attendances'),
    relationshipBack: undelete('relationships'),
  };

  return {
    /**
     * Every touchpoint row at once: moved rows back to the other, dropped ones restored. These
     * steps touch no row any other step does, so their order among the others does not matter.
     */
    undoParticipants(mergeId: string, keep: string, other: string): void {
      q.participantsBack({ mergeId, keep, other });
      q.participantsAdd({ mergeId, other });
    },

    /** One step; participant steps are left to undoParticipants. */
    undo(entry: JournalEntry, keep: string, other: string, now: number): void {
      const d = entry.data ?? {};
      const t = entry.targetId;
      const person = (d.personId as string | undefined) ?? other;
      switch (entry.action) {
        case 'person.fields': {
          const after = d[AFTER_KEY] as Record<string, unknown> | undefined;
          const current = after ? encodeColumns(rows.person(t)?.columns ?? {}) : {};
          // A field changed since the merge keeps the change (the name and its sort key go together).
          const edited = (column: string) => after !== undefined && column in after && current[column] !== after[column];
          const columns: Partial<Record<PersonColumn, ColumnValue>> = {};
          for (const [column, value] of Object.entries(d)) {
            if (column === AFTER_KEY) continue;
            if (column === PHOTO_KEY) {
              if (!edited('photo')) columns.photo = value === null ? null : Buffer.from(String(value), 'base64');
            } else if (!edited(column === 'sort_name' ? 'display_name' : column)) columns[column as PersonColumn] = value as ColumnValue;
          }
          return rows.setColumns(t, columns, now);
        }
        case 'identity.move':
          return void q.identity(person, d.primary, now, t);
        case 'position.move':
          return void q.position(person, now, t);
        case 'position.drop':
          return void q.positionBack(now, t);
        case 'reminder.move':
          return void q.reminder(person, now, t);
        case 'notification.move':
          return void q.notification(person, t);
        case 'attendance.move':
          return void q.attendance(person, now, t);
        case 'attendance.drop':
          return void q.attendanceBack(now, t);
        case 'attendance.met':
          return void q.attendanceMet(d.met, now, t);
        case 'participant.move':
        case 'participant.drop':
          return;
        case 'relationship.move':
          return void q.relationship(d.personId, d.otherPersonId, now, t);
        case 'relationship.drop':
          return void q.relationshipBack(now, t);
        case 'tag.move':
          return void q.tagBack(person, keep, t);
        case 'tag.drop':
          return void q.tagAdd(person, t, d.createdAt);
        case 'interest.move':
          return void q.interestBack(person, keep, t);
        case 'interest.drop':
          return void q.interestAdd(person, t, d.createdAt);
        case 'xcandidate.move':
          return void q.candidateBack(person, keep, t);
        case 'xcandidate.drop':
          return void q.candidateAdd(t, person, d.confidence, d.reasons, d.createdAt);
        case 'xrejection.move':
          return void q.xRejectionBack(person, keep, t);
        case 'xrejection.drop':
          return void q.xRejectionAdd(t, person, d.createdAt);
        case 'import.move':
          return void q.importBack(person, keep, t);
        case 'import.drop':
          return void q.importAdd(t, person, d.outcome);
        case 'xaccount.move':
          return void q.xAccount(person, now, t);
        case 'introducer.move':
          return void q.introducer(person, now, t, keep);
        case 'rejection.add':
          return void q.rejectionRemove(d.a, d.b);
        default:
          throw new AppError('INTERNAL', `Cannot undo merge step ${entry.action}`, { action: entry.action });
      }
    },
  };
}
