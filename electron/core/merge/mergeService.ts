import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import { MERGE_FIELDS, type MergeResult, type MergeUndoResult, type PeopleMerge } from '../../../shared/domain/contacts';
import { AppError } from '../../../shared/ipc/result';
import { sortKeyForName } from '../../../shared/util/text';
import { type Db, atomically } from '../../db/client';
import type { ChangeJournalRepository } from '../../db/repositories/changeJournalRepository';
import { type ColumnValue, FIELD_COLUMNS, type MergePersonRow, type MergeRepository, type PersonColumn } from '../../db/repositories/mergeRepository';
import type { MergeMoves } from '../../db/repositories/mergeMoves';
import { AFTER_KEY, PHOTO_KEY, createMergeReplay, encodeColumns } from '../../db/repositories/mergeReplay';

type MergeRequest = z.output<typeof PeopleMerge>;
type Take = MergeRequest['take'];
type UndoResult = z.infer<typeof MergeUndoResult>;

const iso = (ms: number) => new Date(ms).toISOString();
const empty = (values: ColumnValue[]) => values.every((v) => v === null);
const same = (a: ColumnValue, b: ColumnValue) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b);

/**
 * The survivor's new values for the picked fields, and the values they replace (for the
 * journal). Per field: the side `take` names; else the survivor's own, or the other's when
 * the survivor has none. Notes both sides have are joined with a blank line unless one side
 * is picked. How we met (the met_* columns) and the photo (bytes and type) move as groups.
 */
export function pickColumns(keep: MergePersonRow, other: MergePersonRow, take: Take) {
  const set: Partial<Record<PersonColumn, ColumnValue>> = {};
  const before: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS) {
    const columns = FIELD_COLUMNS[field];
    const mine = columns.map((c) => keep.columns[c]);
    const theirs = columns.map((c) => other.columns[c]);
    const choice = take[field];
    let chosen = choice === 'other' ? theirs : choice === 'keep' ? mine : empty(mine) ? theirs : mine;
    if (field === 'notes' && choice === undefined && !empty(mine) && !empty(theirs) && mine[0] !== theirs[0]) chosen = [`${mine[0]}\n\n${theirs[0]}`];
    if (field === 'howWeMet') {
      // Introduced by the other side is, once they are one person, introduced by nobody.
      const via = (columns as readonly string[]).indexOf('met_via_person_id');
      if (chosen[via] === keep.id || chosen[via] === other.id) chosen = chosen.map((v, i) => (i === via ? null : v));
    }
    columns.forEach((column, i) => {
      if (same(chosen[i]!, mine[i]!)) return;
      set[column] = chosen[i]!;
      if (column === 'photo') before[PHOTO_KEY] = mine[i] === null ? null : (mine[i] as Buffer).toString('base64');
      else before[column] = mine[i];
    });
  }
  if (set.display_name !== undefined) {
    set.sort_name = sortKeyForName(String(set.display_name));
    before.sort_name = keep.columns.sort_name;
  }
  return { set, before };
}

/**
 * Merging two people into one and taking a merge back. A merge is one transaction: the
 * survivor takes the picked fields, everything of the other's moves over (mergeMoves.ts),
 * the other is archived and marked merged, and every change to an existing row is journalled
 * under the merge id, so undo replays the journal newest first and both people are as before.
 */
export function createMergeService(db: Db, deps: { rows: MergeRepository; moves: MergeMoves; journal: ChangeJournalRepository }) {
  const { rows, moves, journal } = deps;
  const replay = createMergeReplay(db, rows);

  function requirePerson(id: string): MergePersonRow {
    const row = rows.person(id);
    if (!row) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
    return row;
  }
  const ref = (row: MergePersonRow) => ({ id: row.id, name: String(row.columns.display_name) });

  return {
    /**
     * Merges `otherId` into `keepId`. INVALID_INPUT for the same id twice, NOT_FOUND for an
     * unknown person, CONFLICT when either was already merged into someone.
     */
    merge(req: MergeRequest, now: number): MergeResult {
      if (req.keepId === req.otherId) throw new AppError('INVALID_INPUT', 'Pick two different people to merge', { keepId: req.keepId, otherId: req.otherId });
      // Synchronous transaction: better-sqlite3 cannot await inside one.
      return atomically(db, () => {
        const keep = requirePerson(req.keepId);
        const other = requirePerson(req.otherId);
        for (const row of [keep, other]) {
          if (row.mergedIntoId !== null) {
            throw new AppError('CONFLICT', `${ref(row).name} was already merged into someone else`, { id: row.id, mergedIntoId: row.mergedIntoId });
          }
        }
        const mergeId = uuidv7();
        const { set, before } = pickColumns(keep, other, req.take);
        // The values set go with the values before, so undo leaves alone a field edited since.
        if (Object.keys(before).length > 0) journal.record(mergeId, 'person.fields', keep.id, { ...before, [AFTER_KEY]: encodeColumns(set) }, now);
        rows.setColumns(keep.id, set, now);
        const moved = moves.moveAll(mergeId, keep.id, other.id, now);
        journal.record(mergeId, 'person.fields', other.id, { deleted_at: other.deletedAt, merged_into_id: null }, now);
        rows.setColumns(other.id, { deleted_at: now, merged_into_id: keep.id }, now);
        rows.recomputeFigures([keep.id, other.id]);
        rows.queueSearch([keep.id, other.id]);
        rows.insertMerge(mergeId, keep.id, other.id, moved, now);
        return { mergeId, survivor: ref(requirePerson(keep.id)), merged: ref(other), moved, at: iso(now) };
      });
    },

    /**
     * Takes a merge back: the journal replayed newest first, the other person restored, both
     * people's figures recounted. NOT_FOUND for an unknown merge; CONFLICT when it was undone
     * already or a later merge of either person is still in place (undo that one first).
     */
    undo(mergeId: string, now: number): UndoResult {
      return atomically(db, () => {
        const merge = rows.merge(mergeId);
        if (!merge) throw new AppError('NOT_FOUND', `No merge with id ${mergeId}`, { mergeId });
        if (merge.undoneAt !== null) throw new AppError('CONFLICT', 'This merge was already undone', { mergeId, undoneAt: iso(merge.undoneAt) });
        const newer = rows.newerInPlace(merge);
        if (newer) throw new AppError('CONFLICT', `A later merge of the same people is still in place: undo ${newer} first`, { mergeId, newerMergeId: newer });
        replay.undoParticipants(mergeId, merge.survivorId, merge.mergedId);
        for (const entry of journal.entries(mergeId)) replay.undo(entry, merge.survivorId, merge.mergedId, now);
        rows.recomputeFigures([merge.survivorId, merge.mergedId]);
        rows.queueSearch([merge.survivorId, merge.mergedId]);
        rows.markUndone(mergeId, now);
        journal.clear(mergeId);
        return { mergeId, survivor: ref(requirePerson(merge.survivorId)), restored: ref(requirePerson(merge.mergedId)) };
      });
    },
  };
}

export type MergeService = ReturnType<typeof createMergeService>;
