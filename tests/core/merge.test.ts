import { afterEach, describe, expect, test } from 'vitest';
import { PNG_BASE64 } from '../support/cases/peopleCases';
import { call, dbDigest, figureDrift, recordChanges, searchProblems, useTestCore } from '../support/core';
import { type MergeStory, mergeTablesSnapshot, withoutUpdatedAt, writeMergeStory } from '../support/mergeStory';
import { tempDir } from '../support/tmp';
import { ADA, BOB, GRACE, LIN, QUIET, writeStory } from '../support/xStory';

const t = useTestCore(Date.UTC(2026, 2, 1, 12));

// Whatever a test merged or undid, figures match touchpoints and the search index its sources.
afterEach(() => {
  expect(figureDrift(t.sqlite)).toBe(0);
  expect(searchProblems(t.sqlite)).toEqual([]);
});

const get = (id: string) => call(t.core, 'people:get', { id });
const timeline = async (id: string) => (await call(t.core, 'timeline:person', { personId: id, limit: 100 })).items;
const names = (refs: { name: string }[]) => refs.map((r) => r.name).sort();
const merge = (keepId: string, otherId: string, take: Record<string, 'keep' | 'other'> = {}) => call(t.core, 'people:merge', { keepId, otherId, take });

/** Everything the screens show of these people: their pages and timelines. */
async function looks(ids: string[]) {
  return withoutUpdatedAt(await Promise.all(ids.map(async (id) => ({ person: await get(id), timeline: await timeline(id) }))));
}

describe('merging two people', () => {
  test('everything of the other moves to the survivor; what both had is kept once', async () => {
    const s: MergeStory = await writeMergeStory(t.core);
    const result = await merge(s.keep, s.other);
    expect(result).toMatchObject({
      survivor: { id: s.keep, name: 'Robert Smith' },
      merged: { id: s.other, name: 'Bob Smith' },
      moved: { identities: 2, touchpoints: 3, events: 2, reminders: 1, positions: 2, relationships: 3, labels: 3, xAccounts: 0 },
      at: expect.stringMatching(/^2026-03-01T12:0/),
    });

    const p = await get(s.keep);
    expect(p.identities.map((i) => [i.kind, i.value, i.primary])).toEqual(
      expect.arrayContaining([
        ['email', 'robert@acme.com', true],
        ['email', 'bob@gmail.com', false],
        ['linkedin', 'in/bob-smith', true],
      ]),
    );
    expect(p.identities).toHaveLength(3);
    expect(p.positions.map((x) => `${x.title} at ${x.organisation.name}`)).toEqual(['Engineer at Acme', 'Intern at Globex']);
    expect(names(p.tags)).toEqual(['climber', 'friend']);
    expect(names(p.interests)).toEqual(['chess', 'climbing']);
    // The link between the two is gone; the copy of Carol's link too; Dave's moved.
    expect(p.relationships.map((r) => [r.kind, r.other.name]).sort()).toEqual([
      ['colleague', 'Dave Lister'],
      ['friend', 'Carol Danvers'],
    ]);
    expect((await get(s.carol)).howWeMet.introducedBy).toEqual({ id: s.keep, name: 'Robert Smith' });

    const touchpoints = (await timeline(s.keep)).flatMap((e) => (e.type === 'touchpoint' ? [e.touchpoint.id] : []));
    expect(touchpoints.sort()).toEqual([s.shared, s.keepOnly, ...s.otherOnly].sort());
    const shared = await call(t.core, 'touchpoints:get', { id: s.shared });
    expect(names(shared.participants)).toEqual(['Dave Lister', 'Robert Smith']);
    expect(p.lastTouchAt).toBe('2025-01-05T09:00:00.000Z');
    const counts = t.sqlite.prepare('SELECT online_touches, offline_touches, touches_by_them FROM people WHERE id = ?').get(s.keep);
    expect(counts).toEqual({ online_touches: 1, offline_touches: 3, touches_by_them: 1 });

    // Both were at Config: one attendance, met (the other's was); the meetup moved.
    const attendees = await call(t.core, 'events:attendees', { eventId: s.config });
    expect(attendees.items.map((a) => [a.personId, a.met])).toEqual([[s.keep, true]]);
    expect((await call(t.core, 'events:attendees', { eventId: s.meetup })).items.map((a) => a.personId)).toEqual([s.keep]);
    expect((await call(t.core, 'reminders:get', { id: s.reminder })).person?.id).toBe(s.keep);

    // The other is kept, archived and marked merged, and leaves every list.
    const gone = await get(s.other);
    expect(gone.archivedAt).not.toBeNull();
    expect(gone.identities).toEqual([]);
    const all = await call(t.core, 'people:list', { includeArchived: true, limit: 100 });
    expect(all.items.map((x) => x.id)).not.toContain(s.other);
    const found = await call(t.core, 'search:all', { query: 'bob' });
    expect(found.people.map((x) => x.id)).toEqual([s.keep]);
  });

  test('fields: the survivor keeps its own, takes the other’s where it has none, joins notes; `take` picks per field', async () => {
    const s = await writeMergeStory(t.core);
    await merge(s.keep, s.other);
    const p = await get(s.keep);
    expect(p).toMatchObject({
      displayName: 'Robert Smith',
      givenName: 'Robert',
      familyName: 'Smith',
      nickname: 'Bob',
      location: 'Paris',
      birthday: '1980-05-01',
      circle: 'close',
      notes: 'Runs the platform team.\n\nClimbs on Sundays.',
      hasPhoto: true,
      howWeMet: { on: '2024-06', event: { id: s.config, name: 'Config 2024' }, introducedBy: null, mode: 'offline', note: 'at the coffee cart' },
    });
    expect(await call(t.core, 'people:photo', { id: s.keep })).toEqual({ mime: 'image/png', base64: PNG_BASE64 });
  });

  test('take: the other’s name, the survivor’s (empty) photo, birthday and how we met, one side’s notes', async () => {
    const s = await writeMergeStory(t.core);
    await merge(s.keep, s.other, { displayName: 'other', photo: 'keep', birthday: 'keep', howWeMet: 'keep', notes: 'other', circle: 'other' });
    const p = await get(s.keep);
    expect(p).toMatchObject({ displayName: 'Bob Smith', hasPhoto: false, birthday: null, notes: 'Climbs on Sundays.', circle: null });
    expect(p.howWeMet).toEqual({ on: null, event: null, introducedBy: null, mode: null, note: null });
    // The new name sorts and searches as the new name.
    expect((await call(t.core, 'people:list', { query: 'bob smith', limit: 10 })).items.map((x) => x.id)).toEqual([s.keep]);
  });

  test('a survivor introduced by the other is, once merged, introduced by nobody', async () => {
    const other = (await call(t.core, 'people:create', { displayName: 'Sam Carter' })).id;
    const keep = (await call(t.core, 'people:create', { displayName: 'Samuel Carter', howWeMet: { introducedById: other, on: '2020' } })).id;
    await merge(keep, other);
    expect((await get(keep)).howWeMet).toMatchObject({ on: '2020', introducedBy: null });
  });

  test('emits one change for everything, naming both people', async () => {
    const s = await writeMergeStory(t.core);
    const changes = recordChanges(t.core);
    const result = await merge(s.keep, s.other);
    expect(changes).toEqual([{ entity: 'all', ids: [s.keep, s.other] }]);
    await call(t.core, 'people:merge-undo', { mergeId: result.mergeId });
    expect(changes).toHaveLength(2);
  });

  test('"not the same person" said of the other holds for the survivor', async () => {
    const a = (await call(t.core, 'people:create', { displayName: 'Ann Lee' })).id;
    const b = (await call(t.core, 'people:create', { displayName: 'Ann Lee' })).id;
    const c = (await call(t.core, 'people:create', { displayName: 'Ann Lee' })).id;
    await call(t.core, 'duplicates:reject', { aId: b, bId: c });
    await merge(a, b);
    expect((await call(t.core, 'duplicates:list', {})).items).toEqual([]);
  });
});

describe('merging people linked to X and imports', () => {
  test('the X account link, its touchpoints, match candidates and rejections, and import rows move; undo puts them back', async () => {
    const keep = (await call(t.core, 'people:create', { displayName: 'Ada Lovelace' })).id;
    const other = (await call(t.core, 'people:create', { displayName: 'Ada Lovelace' })).id;
    await call(t.core, 'x:import', { path: await writeStory(tempDir()) });
    const candidates = () => t.sqlite.prepare('SELECT account_id, person_id FROM x_match_candidates ORDER BY 1, 2').raw().all() as [string, string][];
    expect(candidates()).toContainEqual([ADA, other]);
    for (const personId of [keep, other]) await call(t.core, 'x:reject', { accountId: GRACE, personId });
    await call(t.core, 'x:reject', { accountId: QUIET, personId: other });
    const linked = await call(t.core, 'x:link', { accountId: ADA, personId: other });
    t.sqlite.prepare(`INSERT INTO imports (id, kind, source_name, status, started_at, created_at, updated_at) VALUES ('imp', 'vcard', 'a.vcf', 'done', 1, 1, 1)`).run();
    t.sqlite.prepare(`INSERT INTO import_people (import_id, person_id, outcome) VALUES ('imp', ?, 'created')`).run(other);
    // Candidates the next import would recompute: one both have (the other's is dropped), one only the other has.
    const addCandidate = t.sqlite.prepare(`INSERT INTO x_match_candidates (account_id, person_id, confidence, reasons, created_at) VALUES (?, ?, 0.5, '[]', 1)`);
    for (const [accountId, personId] of [[BOB, keep], [BOB, other], [LIN, other]] as const) addCandidate.run(accountId, personId);
    const rows = mergeTablesSnapshot(t.sqlite);
    const before = await looks([keep, other]);

    const result = await merge(keep, other);
    expect(result.moved).toMatchObject({ xAccounts: 1, touchpoints: linked.touchpoints, identities: 1 });
    const account = (await call(t.core, 'x:accounts', { filter: 'all', limit: 50 })).items.find((a) => a.accountId === ADA);
    expect(account?.person).toEqual({ id: keep, name: 'Ada Lovelace' });
    expect((await timeline(keep)).filter((e) => e.type === 'touchpoint')).toHaveLength(linked.touchpoints);
    expect(candidates()).toEqual(expect.arrayContaining([[BOB, keep], [LIN, keep]]));
    expect(candidates().filter(([, p]) => p === other)).toEqual([]);
    const rejections = t.sqlite.prepare('SELECT account_id, person_id FROM x_match_rejections ORDER BY 1, 2').raw().all();
    expect(rejections).toEqual([[GRACE, keep], [QUIET, keep]].sort());
    expect(t.sqlite.prepare('SELECT person_id FROM import_people').pluck().all()).toEqual([keep]);

    await call(t.core, 'people:merge-undo', { mergeId: result.mergeId });
    expect(mergeTablesSnapshot(t.sqlite)).toEqual(rows);
    expect(await looks([keep, other])).toEqual(before);
  });
});

describe('undoing a merge', () => {
  test('both people, their timelines and every moved row are exactly as before (updatedAt aside)', async () => {
    const s = await writeMergeStory(t.core);
    const ids = [s.keep, s.other, s.carol, s.dave];
    const before = await looks(ids);
    const rows = mergeTablesSnapshot(t.sqlite);
    const { mergeId } = await merge(s.keep, s.other);
    expect(await looks(ids)).not.toEqual(before);
    const undone = await call(t.core, 'people:merge-undo', { mergeId });
    expect(undone).toEqual({ mergeId, survivor: { id: s.keep, name: 'Robert Smith' }, restored: { id: s.other, name: 'Bob Smith' } });
    expect(await looks(ids)).toEqual(before);
    expect(mergeTablesSnapshot(t.sqlite)).toEqual(rows);
    expect(t.sqlite.prepare('SELECT count(*) FROM change_journal').pluck().get()).toBe(0);
    expect((await call(t.core, 'duplicates:list', {})).items.map((x) => x.reasons[0])).toEqual(['Bob is short for Robert']);
  });

  test('undo restores a name taken from the other, and a person who was archived before stays archived', async () => {
    const s = await writeMergeStory(t.core);
    await call(t.core, 'people:archive', { id: s.other });
    const before = await looks([s.keep, s.other]);
    const { mergeId } = await merge(s.keep, s.other, { displayName: 'other' });
    await call(t.core, 'people:merge-undo', { mergeId });
    expect(await looks([s.keep, s.other])).toEqual(before);
    expect((await get(s.other)).archivedAt).not.toBeNull();
  });

  test('notifications about the other person follow the merge and come back with its undo', async () => {
    const keep = (await call(t.core, 'people:create', { displayName: 'Robert Smith' })).id;
    const other = (await call(t.core, 'people:create', { displayName: 'Bob Smith' })).id;
    t.sqlite.prepare(`INSERT INTO notifications (id, kind, title, body, reminder_ids, person_id, at) VALUES ('n1', 'due', 'Call Bob', '', '[]', ?, 1)`).run(other);
    const personOf = () => t.sqlite.prepare(`SELECT person_id FROM notifications WHERE id = 'n1'`).pluck().get();
    const { mergeId } = await merge(keep, other);
    expect(personOf()).toBe(keep);
    await call(t.core, 'people:merge-undo', { mergeId });
    expect(personOf()).toBe(other);
  });

  test('undo keeps a field of the survivor edited after the merge, and restores the others', async () => {
    const keep = (await call(t.core, 'people:create', { displayName: 'Robert Smith', location: 'Leeds' })).id;
    const other = (await call(t.core, 'people:create', { displayName: 'Bob Smith', location: 'Paris', birthday: '1980-05-01' })).id;
    const { mergeId } = await merge(keep, other, { displayName: 'other', location: 'other' });
    expect(await get(keep)).toMatchObject({ displayName: 'Bob Smith', location: 'Paris', birthday: '1980-05-01' });
    await call(t.core, 'people:update', { id: keep, patch: { displayName: 'Bobby Smith' } });
    await call(t.core, 'people:merge-undo', { mergeId });
    expect(await get(keep)).toMatchObject({ displayName: 'Bobby Smith', location: 'Leeds', birthday: null });
    const found = await call(t.core, 'people:list', { query: 'Bobby' });
    expect(found.items.map((p) => p.id)).toEqual([keep]);
  });

  test('merges are undone newest first; twice is a CONFLICT; an unknown merge NOT_FOUND', async () => {
    const a = (await call(t.core, 'people:create', { displayName: 'Ada Lovelace' })).id;
    const b = (await call(t.core, 'people:create', { displayName: 'Ada Lovelace' })).id;
    const c = (await call(t.core, 'people:create', { displayName: 'Ada Lovelace' })).id;
    const d = (await call(t.core, 'people:create', { displayName: 'Ada King' })).id;
    const first = await merge(a, b);
    const second = await merge(d, a); // the survivor of the first is merged in turn
    await merge(c, d).then(async (third) => {
      const before = dbDigest(t.sqlite);
      for (const mergeId of [first.mergeId, second.mergeId]) {
        expect(await t.core.dispatch('people:merge-undo', { mergeId })).toMatchObject({
          ok: false,
          error: { code: 'CONFLICT', details: { mergeId, newerMergeId: expect.any(String) } },
        });
      }
      expect(dbDigest(t.sqlite)).toBe(before);
      await call(t.core, 'people:merge-undo', { mergeId: third.mergeId });
      expect(await t.core.dispatch('people:merge-undo', { mergeId: third.mergeId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    });
    await call(t.core, 'people:merge-undo', { mergeId: second.mergeId });
    await call(t.core, 'people:merge-undo', { mergeId: first.mergeId });
    expect((await call(t.core, 'people:list', {})).items).toHaveLength(4);
    const unknown = '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a';
    expect(await t.core.dispatch('people:merge-undo', { mergeId: unknown })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { mergeId: unknown } } });
  });

  test('an unrelated later merge does not block undoing an earlier one', async () => {
    const [a, b, c, d] = await Promise.all(['Ada', 'Ada', 'Cy', 'Cy'].map(async (n) => (await call(t.core, 'people:create', { displayName: n })).id));
    const first = await merge(a!, b!);
    await merge(c!, d!);
    expect((await call(t.core, 'people:merge-undo', { mergeId: first.mergeId })).restored.id).toBe(b);
  });
});

describe('refused merges change nothing', () => {
  test('unknown people, the same person twice, and people already merged', async () => {
    const a = (await call(t.core, 'people:create', { displayName: 'Ada' })).id;
    const b = (await call(t.core, 'people:create', { displayName: 'Ada' })).id;
    const c = (await call(t.core, 'people:create', { displayName: 'Ada' })).id;
    await merge(a, b);
    const before = dbDigest(t.sqlite);
    const changes = recordChanges(t.core);
    const unknown = '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a';
    const cases: [string, string, string][] = [
      [a, unknown, 'NOT_FOUND'],
      [unknown, a, 'NOT_FOUND'],
      [a, a, 'INVALID_INPUT'],
      [c, b, 'CONFLICT'],
      [b, c, 'CONFLICT'],
    ];
    for (const [keepId, otherId, code] of cases) {
      expect(await t.core.dispatch('people:merge', { keepId, otherId }), `${keepId} ← ${otherId}`).toMatchObject({ ok: false, error: { code } });
    }
    expect(dbDigest(t.sqlite)).toBe(before);
    expect(changes).toEqual([]);
  });

  test('a merged person cannot be unarchived: only undoing the merge brings them back', async () => {
    const a = (await call(t.core, 'people:create', { displayName: 'Ada' })).id;
    const b = (await call(t.core, 'people:create', { displayName: 'Ada L.' })).id;
    const { mergeId } = await merge(a, b);
    const before = dbDigest(t.sqlite);
    expect(await t.core.dispatch('people:unarchive', { id: b })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/undo the merge/) } });
    expect(dbDigest(t.sqlite)).toBe(before);
    await call(t.core, 'people:merge-undo', { mergeId });
    expect((await get(b)).archivedAt).toBeNull();
  });
});
