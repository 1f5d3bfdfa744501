import type { Db } from '../client';
import type { ChangeJournalRepository } from './changeJournalRepository';

/** How many of the other person's things went to the survivor, per kind (MergeResult.moved). */
export interface MergeMoved {
  identities: number;
  touchpoints: number;
  events: number;
  reminders: number;
  positions: number;
  relationships: number;
  labels: number;
  xAccounts: number;
}

type Row = Record<string, string | number | null>;

/**
 * Moves everything of the other person's to the survivor, journalling each change to an
 * existing row under the merge id (what undoing needs: the values before). Where both have
 * the same thing (a touchpoint, an event, a tag, a job, a link) the survivor's stays and the
 * other's copy is dropped (soft-deleted, or deleted for link rows, and journalled).
 * Call inside the merge's transaction. Statements are prepared once per connection.
 */
export function createMergeMoves(db: Db, journal: ChangeJournalRepository) {
  const sqlite = db.$client;
  const all = (sql: string) => {
    const statement = sqlite.prepare(sql);
    return (...params: unknown[]) => statement.all(...params) as Row[];
  };
  const run = (sql: string) => {
    const statement = sqlite.prepare(sql);
    return (...params: unknown[]) => statement.run(...params);
  };
  const q = {
    identities: all(`SELECT id, kind, is_primary FROM identities WHERE person_id = ? AND deleted_at IS NULL`),
    hasPrimary: all(`SELECT 1 FROM identities WHERE person_id = ? AND kind = ? AND is_primary = 1 AND deleted_at IS NULL LIMIT 1`),
    moveIdentity: run(`UPDATE identities SET person_id = ?, is_primary = ?, updated_at = ? WHERE id = ?`),
    positions: all(`SELECT id, organisation_id, title, start_on, end_on FROM positions WHERE person_id = ? AND deleted_at IS NULL`),
    samePosition: all(
      `SELECT 1 FROM positions WHERE person_id = ? AND organisation_id = ? AND title IS ? AND start_on IS ? AND end_on IS ? AND deleted_at IS NULL LIMIT 1`,
    ),
    movePosition: run(`UPDATE positions SET person_id = ?, updated_at = ? WHERE id = ?`),
    dropPosition: run(`UPDATE positions SET deleted_at = ?, updated_at = ? WHERE id = ?`),
    reminders: all(`SELECT id FROM reminders WHERE person_id = ? AND deleted_at IS NULL`),
    moveReminder: run(`UPDATE reminders SET person_id = ?, updated_at = ? WHERE id = ?`),
    notifications: all(`SELECT id FROM notifications WHERE person_id = ?`),
    moveNotification: run(`UPDATE notifications SET person_id = ? WHERE id = ?`),
    attendances: all(`SELECT id, event_id, met FROM attendances WHERE person_id = ? AND deleted_at IS NULL`),
    attendanceAt: all(`SELECT id, met FROM attendances WHERE person_id = ? AND event_id = ? AND deleted_at IS NULL`),
    moveAttendance: run(`UPDATE attendances SET person_id = ?, updated_at = ? WHERE id = ?`),
    dropAttendance: run(`UPDATE attendances SET deleted_at = ?, updated_at = ? WHERE id = ?`),
    metAttendance: run(`UPDATE attendances SET met = 1, updated_at = ? WHERE id = ?`),
    // Set-based: a heavy person has tens of thousands of touchpoints. The journal rows are the
    // ones journal.record would write (same table, actions and JSON), one statement for all.
    journalParticipants: run(
      `INSERT INTO change_journal (batch_id, action, target_id, data, created_at)
       SELECT @mergeId, CASE WHEN k.person_id IS NULL THEN 'participant.move' ELSE 'participant.drop' END, tp.touchpoint_id,
         CASE WHEN k.person_id IS NULL THEN json_object('personId', @other) ELSE json_object('personId', @other, 'at', tp.at) END, @now
       FROM touchpoint_participants tp LEFT JOIN touchpoint_participants k ON k.touchpoint_id = tp.touchpoint_id AND k.person_id = @keep
       WHERE tp.person_id = @other`,
    ),
    dropSharedParticipants: run(
      `DELETE FROM touchpoint_participants WHERE person_id = @other AND touchpoint_id IN (SELECT touchpoint_id FROM touchpoint_participants WHERE person_id = @keep)`,
    ),
    moveParticipants: run(`UPDATE touchpoint_participants SET person_id = @keep WHERE person_id = @other`),
    relationships: all(`SELECT id, person_id, other_person_id, kind FROM relationships WHERE (person_id = ? OR other_person_id = ?) AND deleted_at IS NULL`),
    sameRelationship: all(
      `SELECT 1 FROM relationships WHERE id <> ? AND kind = ? AND deleted_at IS NULL
         AND ((person_id = ? AND other_person_id = ?) OR (? AND person_id = ? AND other_person_id = ?)) LIMIT 1`,
    ),
    moveRelationship: run(`UPDATE relationships SET person_id = ?, other_person_id = ?, updated_at = ? WHERE id = ?`),
    dropRelationship: run(`UPDATE relationships SET deleted_at = ?, updated_at = ? WHERE id = ?`),
    tags: all(`SELECT tag_id AS id, created_at, EXISTS (SELECT 1 FROM person_tags k WHERE k.person_id = ? AND k.tag_id = l.tag_id) AS shared FROM person_tags l WHERE person_id = ?`),
    moveTag: run(`UPDATE person_tags SET person_id = ? WHERE person_id = ? AND tag_id = ?`),
    dropTag: run(`DELETE FROM person_tags WHERE person_id = ? AND tag_id = ?`),
    interests: all(
      `SELECT interest_id AS id, created_at, EXISTS (SELECT 1 FROM person_interests k WHERE k.person_id = ? AND k.interest_id = l.interest_id) AS shared
       FROM person_interests l WHERE person_id = ?`,
    ),
    moveInterest: run(`UPDATE person_interests SET person_id = ? WHERE person_id = ? AND interest_id = ?`),
    dropInterest: run(`DELETE FROM person_interests WHERE person_id = ? AND interest_id = ?`),
    xAccounts: all(`SELECT account_id FROM x_accounts WHERE person_id = ?`),
    moveXAccount: run(`UPDATE x_accounts SET person_id = ?, updated_at = ? WHERE account_id = ?`),
    candidates: all(
      `SELECT account_id, confidence, reasons, created_at, EXISTS (SELECT 1 FROM x_match_candidates k WHERE k.person_id = ? AND k.account_id = c.account_id) AS shared
       FROM x_match_candidates c WHERE person_id = ?`,
    ),
    moveCandidate: run(`UPDATE x_match_candidates SET person_id = ? WHERE person_id = ? AND account_id = ?`),
    dropCandidate: run(`DELETE FROM x_match_candidates WHERE person_id = ? AND account_id = ?`),
    xRejections: all(
      `SELECT account_id, created_at, EXISTS (SELECT 1 FROM x_match_rejections k WHERE k.person_id = ? AND k.account_id = r.account_id) AS shared
       FROM x_match_rejections r WHERE person_id = ?`,
    ),
    moveXRejection: run(`UPDATE x_match_rejections SET person_id = ? WHERE person_id = ? AND account_id = ?`),
    dropXRejection: run(`DELETE FROM x_match_rejections WHERE person_id = ? AND account_id = ?`),
    imports: all(
      `SELECT import_id, outcome, EXISTS (SELECT 1 FROM import_people k WHERE k.person_id = ? AND k.import_id = i.import_id) AS shared
       FROM import_people i WHERE person_id = ?`,
    ),
    moveImport: run(`UPDATE import_people SET person_id = ? WHERE person_id = ? AND import_id = ?`),
    dropImport: run(`DELETE FROM import_people WHERE person_id = ? AND import_id = ?`),
    introduced: all(`SELECT id FROM people WHERE met_via_person_id = ? AND id NOT IN (?, ?)`),
    moveIntroducer: run(`UPDATE people SET met_via_person_id = ?, updated_at = ? WHERE id = ?`),
    rejections: all(
      `SELECT CASE WHEN person_a = ? THEN person_b ELSE person_a END AS id FROM duplicate_rejections WHERE ? IN (person_a, person_b)`,
    ),
    addRejection: run(`INSERT OR IGNORE INTO duplicate_rejections (person_a, person_b, created_at) VALUES (?, ?, ?)`),
  };

  /** Link rows keyed (person, thing): the other's move unless the survivor has the same, then the other's is deleted. */
  function moveLinks(
    mergeId: string,
    action: string,
    rows: Row[],
    keyColumn: string,
    move: (key: string) => void,
    drop: (key: string) => void,
    rest: (row: Row) => Record<string, unknown>,
    other: string,
    now: number,
  ): number {
    for (const row of rows) {
      const key = String(row[keyColumn]);
      if (row.shared) {
        drop(key);
        journal.record(mergeId, `${action}.drop`, key, { personId: other, ...rest(row) }, now);
      } else {
        move(key);
        journal.record(mergeId, `${action}.move`, key, { personId: other }, now);
      }
    }
    return rows.length;
  }

  return {
    /** Moves everything from `other` to `keep`; returns the counts per kind. */
    moveAll(mergeId: string, keep: string, other: string, now: number): MergeMoved {
      const record = (action: string, target: string, data: Record<string, unknown>) => journal.record(mergeId, action, target, data, now);

      const identities = q.identities(other);
      for (const i of identities) {
        // One primary per kind: the survivor's stays primary.
        const primary = i.is_primary === 1 && q.hasPrimary(keep, i.kind).length === 0 ? 1 : 0;
        q.moveIdentity(keep, primary, now, i.id);
        record('identity.move', String(i.id), { personId: other, primary: i.is_primary });
      }

      const positions = q.positions(other);
      for (const p of positions) {
        if (q.samePosition(keep, p.organisation_id, p.title, p.start_on, p.end_on).length > 0) {
          q.dropPosition(now, now, p.id);
          record('position.drop', String(p.id), {});
        } else {
          q.movePosition(keep, now, p.id);
          record('position.move', String(p.id), { personId: other });
        }
      }

      const reminders = q.reminders(other);
      for (const r of reminders) {
        q.moveReminder(keep, now, r.id);
        record('reminder.move', String(r.id), { personId: other });
      }

      // A notification about the other opens the survivor's page.
      for (const n of q.notifications(other)) {
        q.moveNotification(keep, n.id);
        record('notification.move', String(n.id), { personId: other });
      }

      const attendances = q.attendances(other);
      for (const a of attendances) {
        const mine = q.attendanceAt(keep, a.event_id)[0];
        if (!mine) {
          q.moveAttendance(keep, now, a.id);
          record('attendance.move', String(a.id), { personId: other });
          continue;
        }
        q.dropAttendance(now, now, a.id);
        record('attendance.drop', String(a.id), {});
        if (a.met === 1 && mine.met !== 1) {
          q.metAttendance(now, mine.id);
          record('attendance.met', String(mine.id), { met: mine.met });
        }
      }

      // Both on one touchpoint: the other's row goes. Journalled first, while the rows are as they were.
      const touchpoints = q.journalParticipants({ mergeId, keep, other, now }).changes;
      q.dropSharedParticipants({ keep, other });
      q.moveParticipants({ keep, other });

      const relationships = q.relationships(other, other);
      for (const r of relationships) {
        const from = r.person_id === other ? keep : String(r.person_id);
        const to = r.other_person_id === other ? keep : String(r.other_person_id);
        const undirected = r.kind === 'introduced_by' ? 0 : 1;
        // A link between the two becomes a link to oneself; one the survivor already has is a copy.
        if (from === to || q.sameRelationship(r.id, r.kind, from, to, undirected, to, from).length > 0) {
          q.dropRelationship(now, now, r.id);
          record('relationship.drop', String(r.id), {});
        } else {
          q.moveRelationship(from, to, now, r.id);
          record('relationship.move', String(r.id), { personId: r.person_id, otherPersonId: r.other_person_id });
        }
      }

      const links = (action: string, rows: Row[], keyColumn: string, move: (k: string) => void, drop: (k: string) => void, rest: (r: Row) => Record<string, unknown>) =>
        moveLinks(mergeId, action, rows, keyColumn, move, drop, rest, other, now);
      const createdAt = (r: Row) => ({ createdAt: r.created_at });
      const labels =
        links('tag', q.tags(keep, other), 'id', (k) => q.moveTag(keep, other, k), (k) => q.dropTag(other, k), createdAt) +
        links('interest', q.interests(keep, other), 'id', (k) => q.moveInterest(keep, other, k), (k) => q.dropInterest(other, k), createdAt);
      links('xcandidate', q.candidates(keep, other), 'account_id', (k) => q.moveCandidate(keep, other, k), (k) => q.dropCandidate(other, k), (r) => ({
        confidence: r.confidence,
        reasons: r.reasons,
        createdAt: r.created_at,
      }));
      links('xrejection', q.xRejections(keep, other), 'account_id', (k) => q.moveXRejection(keep, other, k), (k) => q.dropXRejection(other, k), createdAt);
      links('import', q.imports(keep, other), 'import_id', (k) => q.moveImport(keep, other, k), (k) => q.dropImport(other, k), (r) => ({ outcome: r.outcome }));

      const xAccounts = q.xAccounts(other);
      for (const x of xAccounts) {
        q.moveXAccount(keep, now, x.account_id);
        record('xaccount.move', String(x.account_id), { personId: other });
      }
      for (const p of q.introduced(other, keep, other)) {
        q.moveIntroducer(keep, now, p.id);
        record('introducer.move', String(p.id), { personId: other });
      }
      // "Not the same person" said of the other holds for the survivor too.
      for (const r of q.rejections(other, other)) {
        const id = String(r.id);
        if (id === keep) continue;
        const [a, b] = keep < id ? [keep, id] : [id, keep];
        if (q.addRejection(a, b, now).changes > 0) record('rejection.add', `${a}|${b}`, { a, b });
      }

      return {
        identities: identities.length,
        touchpoints,
        events: attendances.length,
        reminders: reminders.length,
        positions: positions.length,
        relationships: relationships.length,
        labels,
        xAccounts: xAccounts.length,
      };
    },
  };
}

export type MergeMoves = ReturnType<typeof createMergeMoves>;
