import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { type Res, contract } from '../../shared/ipc/contract';
import { PNG_BASE64 } from '../support/cases/peopleCases';
import { SOME_ID, invalidCases } from '../support/contractCases';
import { call, dbDigest, useTestCore } from '../support/core';
import { tempDir } from '../support/tmp';
import { ADA, QUIET, writeStory } from '../support/xStory';

const env = useTestCore();

/** Channels a realistic call has gone through, across this file's tests (checked by the last one). */
const seen = new Set<Channel>();
async function check<C extends Channel>(channel: C, payload: unknown): Promise<Res<C>> {
  const result = await env.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  seen.add(channel);
  return contract[channel].response.parse(result.value) as Res<C>;
}

describe('every channel through the real dispatcher', () => {
  it('people, identities, jobs, relationships, photos and labels answer in their response schemas', async () => {
    const ada = await check('people:create', {
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      notes: 'Met at the Analytical Society',
      circle: 'close',
      identities: [
        { kind: 'x', value: 'https://x.com/AdaLovelace', xAccountId: '1234' },
        { kind: 'email', value: 'Ada@Example.com', label: 'home' },
        { kind: 'linkedin', value: 'linkedin.com/in/ada-lovelace?trk=x' },
      ],
    });
    expect(ada.identities.map((i) => [i.kind, i.value, i.primary])).toEqual([
      ['x', 'adalovelace', true],
      ['email', 'ada@example.com', true],
      ['linkedin', 'in/ada-lovelace', true],
    ]);
    const charles = await check('people:create', {
      displayName: 'Charles Babbage',
      birthday: '--12-26',
      howWeMet: { on: '1833-06', introducedById: ada.id, mode: 'offline', note: 'a soirée' },
      interests: ['Engines', 'mathematics'],
      tags: ['inventor'],
      position: { organisation: 'Cambridge', title: 'Lucasian Professor', startOn: '1828', endOn: '1839' },
    });
    expect(charles.howWeMet.introducedBy).toEqual({ id: ada.id, name: 'Ada Lovelace' });
    expect((await check('people:get', { id: ada.id })).displayName).toBe('Ada Lovelace');
    expect((await check('people:update', { id: ada.id, patch: { familyName: 'King', location: '  ', interests: ['poetry', 'Mathematics'] } })).location).toBeNull();
    expect((await check('people:archive', { id: ada.id })).archivedAt).not.toBeNull();
    expect((await check('people:unarchive', { id: ada.id })).archivedAt).toBeNull();
    const page = await check('people:list', { query: 'ada', limit: 10 });
    expect(page.items.map((p) => [p.displayName, p.headline])).toEqual([['Ada Lovelace', '@AdaLovelace']]);
    expect((await check('people:set-photo', { id: ada.id, photo: { mime: 'image/png', base64: PNG_BASE64 } })).hasPhoto).toBe(true);
    expect(await check('people:photo', { id: ada.id })).toEqual({ mime: 'image/png', base64: PNG_BASE64 });

    const withX = await check('identities:add', { personId: ada.id, identity: { kind: 'x', value: '@countess', primary: true } });
    const countess = withX.identities.find((i) => i.value === 'countess')!;
    expect(withX.identities.filter((i) => i.kind === 'x' && i.primary).map((i) => i.value)).toEqual(['countess']);
    expect((await check('identities:update', { id: countess.id, patch: { label: 'alt' } })).identities.find((i) => i.id === countess.id)?.label).toBe('alt');
    expect((await check('identities:remove', { id: countess.id })).identities.map((i) => i.id)).not.toContain(countess.id);

    const hired = await check('positions:add', { personId: ada.id, organisation: 'Analytical Engines Ltd', title: 'Programmer', startOn: '1842' });
    const job = hired.positions[0]!;
    expect((await check('positions:update', { id: job.id, patch: { endOn: '1852' } })).positions[0]?.endOn).toBe('1852');
    expect((await check('positions:remove', { id: job.id })).positions).toEqual([]);

    const linked = await check('relationships:add', { personId: charles.id, otherPersonId: ada.id, kind: 'colleague', note: 'the Engine' });
    const link = linked.relationships[0]!;
    expect(link).toMatchObject({ kind: 'colleague', direction: 'outgoing', other: { id: ada.id } });
    expect((await check('relationships:remove', { id: link.id })).relationships).toEqual([]);

    expect((await check('interests:list', {})).map((l) => [l.name, l.people])).toEqual([
      ['mathematics', 2], // the first spelling stays
      ['Engines', 1],
      ['poetry', 1],
    ]);
    expect((await check('tags:list', { query: 'inv' })).map((l) => l.name)).toEqual(['inventor']);
    expect((await check('organisations:list', {})).map((l) => [l.name, l.people])).toEqual([['Cambridge', 1]]);

    const backup = await check('backups:create', { reason: 'manual' });
    expect((await check('backups:list', undefined)).map((b) => b.name)).toEqual([backup.name]);
    expect(await check('app:info', {})).toMatchObject({ people: 2, lastBackup: { name: backup.name } });
    expect((await check('backups:restore', { name: backup.name })).restored.name).toBe(backup.name);
  });

  it('events, attendance, touchpoints, timelines, capture and search answer in their response schemas', async () => {
    const sam = await check('people:create', { displayName: 'Sam Flagg', identities: [{ kind: 'x', value: '@samflagg' }] });
    const lunch = await check('events:create', { name: "Gilda's Club lunch", kind: 'dinner', startsOn: '2026-11-20', place: 'Detroit' });
    expect((await check('events:get', { id: lunch.id })).name).toBe("Gilda's Club lunch");
    expect((await check('events:update', { id: lunch.id, patch: { notes: 'table 6' } })).notes).toBe('table 6');
    expect((await check('events:archive', { id: lunch.id })).archivedAt).not.toBeNull();
    expect((await check('events:unarchive', { id: lunch.id })).archivedAt).toBeNull();
    expect((await check('events:list', {})).items.map((e) => e.id)).toEqual([lunch.id]);
    const attendance = await check('attendance:add', { eventId: lunch.id, personId: sam.id });
    expect((await check('attendance:update', { id: attendance.id, patch: { followUp: 'done' } })).followUp).toBe('done');
    expect((await check('events:attendees', { eventId: lunch.id })).items.map((a) => a.personId)).toEqual([sam.id]);
    expect(await check('attendance:remove', { id: attendance.id })).toEqual({ id: attendance.id });
    const captured = await check('events:capture', { eventId: lunch.id, displayName: 'Chuck Flagg', interests: ['aviation art'], hook: 'send him the HBR article' });
    expect(captured.created).toBe(true);

    const dm = await check('touchpoints:create', { at: '2026-11-21T10:00:00Z', channel: 'x_dm', initiatedBy: 'them', personIds: [sam.id] });
    expect((await check('touchpoints:get', { id: dm.id })).channel).toBe('x_dm');
    expect((await check('touchpoints:update', { id: dm.id, patch: { note: 'asked about the lunch' } })).note).toBe('asked about the lunch');
    expect((await check('touchpoints:delete', { id: dm.id })).deletedAt).not.toBeNull();
    expect((await check('touchpoints:restore', { id: dm.id })).deletedAt).toBeNull();
    expect((await check('touchpoints:recent', {})).items.map((t) => t.id)).toEqual([dm.id]);
    expect((await check('timeline:person', { personId: sam.id })).items.length).toBeGreaterThan(0);

    const line = 'Dana Scully @dscully met at Gilda\'s Club lunch, likes aviation art #prospect';
    expect((await check('capture:preview', { line })).parsed.displayName).toBe('Dana Scully');
    expect((await check('capture:commit', { line })).created).toBe(true);
    expect((await check('search:all', { query: 'flagg' })).people.map((p) => p.displayName).sort()).toEqual(['Chuck Flagg', 'Sam Flagg']);
  });

  it('refuses every bad payload with INVALID_INPUT before touching the database', async () => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada Lovelace', identities: [{ kind: 'x', value: '@ada' }] });
    const before = dbDigest(env.sqlite);
    const events: unknown[] = [];
    env.core.on((event) => events.push(event));

    for (const channel of CHANNELS) {
      for (const [label, payload] of invalidCases(channel)) {
        // Point id-carrying payloads at the real person so only the bad part can be refused.
        const aimed = typeof payload === 'object' && payload !== null && 'id' in payload && payload.id === SOME_ID ? { ...payload, id: ada.id } : payload;
        const result = await env.core.dispatch(channel, aimed);
        expect(result, `${channel}: ${label}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^invalid request: /) } });
        const details = (result as { error: { details: unknown } }).error.details as { path: string; message: string }[];
        expect(details.length, `${channel}: ${label}`).toBeGreaterThan(0);
      }
    }
    expect(dbDigest(env.sqlite)).toBe(before);
    expect(events).toEqual([]);
  });

  it('reminders, inbox, circles, reconnect, health, prune and Today answer in their response schemas', async () => {
    const ada = await check('people:create', { displayName: 'Ada Lovelace', circle: 'inner', birthday: '--12-10', interests: ['engines'] });
    const reminder = await check('reminders:create', { personId: ada.id, due: '2026-01-20' });
    expect(reminder).toMatchObject({ kind: 'one_off', title: 'Get in touch with Ada Lovelace', status: 'open', allDay: true });
    expect((await check('reminders:get', { id: reminder.id })).id).toBe(reminder.id);
    expect((await check('reminders:update', { id: reminder.id, patch: { rrule: 'FREQ=WEEKLY' } })).kind).toBe('recurring');
    expect((await check('reminders:snooze', { id: reminder.id, preset: 'next_week' })).status).toBe('snoozed');
    expect((await check('reminders:list', { status: 'snoozed' })).items.map((r) => r.id)).toEqual([reminder.id]);
    const done = await check('reminders:complete', { id: reminder.id, log: { channel: 'call' } });
    expect(done.next?.rrule).toBe('FREQ=WEEKLY');
    expect(done.touchpointId).not.toBeNull();
    expect((await check('reminders:reopen', { id: reminder.id })).status).toBe('open');
    expect((await check('reminders:dismiss', { id: reminder.id })).status).toBe('dismissed');
    expect((await check('reminders:settings', undefined)).eventFollowUpDays).toBe(2);
    expect((await check('reminders:update-settings', { timeZone: 'Europe/London', digestHour: 8 })).digestHour).toBe(8);
    expect(await check('inbox:list', {})).toEqual([]);
    expect(await check('inbox:mark-read', {})).toEqual({ unread: 0 });
    expect((await check('circles:list', undefined)).map((c) => [c.id, c.cadenceDays, c.people])[0]).toEqual(['inner', 14, 1]);
    expect((await check('circles:update', { id: 'inner', cadenceDays: 10 })).cadenceDays).toBe(10);
    expect(await check('reconnect:list', {})).toEqual([]);
    expect((await check('reconnect:hide', { personId: ada.id, mode: 'not_now' })).hiddenUntil).not.toBeNull();
    expect((await check('reconnect:unhide', { personId: ada.id })).hiddenUntil).toBeNull();
    expect((await check('health:person', { id: ada.id })).total).toBe(1);
    expect((await check('prune:list', {})).items).toEqual([]);
    expect((await check('prune:keep', { personId: ada.id, keep: true })).keptAt).not.toBeNull();
    expect((await check('today:get', undefined)).overdue).toEqual([]);
  });

  it('the X archive, its accounts and matches, jobs and imports answer in their response schemas', async () => {
    const ada = await check('people:create', { displayName: 'Ada Lovelace' });
    const path = await writeStory(tempDir());
    expect((await check('x:import', { path, dryRun: true })).dryRun).toBe(true);
    const report = await check('x:import', { path, job: 'contract' });
    expect(await check('jobs:cancel', { job: 'contract' })).toEqual({ job: 'contract', cancelled: false });
    expect((await check('imports:list', {})).items.map((i) => i.id)).toEqual([report.importId]);
    expect((await check('x:accounts', { filter: 'unresolved' })).items.length).toBe(2);
    expect((await check('x:matches', {})).items[0]?.candidates[0]?.person.id).toBe(ada.id);
    expect((await check('x:link', { accountId: ADA, personId: ada.id })).touchpoints).toBe(5);
    expect((await check('journey:person', { id: ada.id })).lives).toBe('online');
    expect((await check('x:people', { view: 'talk_never_met' })).items.length).toBe(1);
    expect((await check('x:unlink', { accountId: ADA, undo: true })).personId).toBe(ada.id);
    expect((await check('x:reject', { accountId: ADA, personId: ada.id })).person).toBeNull();
    expect((await check('x:name-account', { accountId: QUIET, handle: 'quiet' })).handle).toBe('quiet');
    expect((await check('x:accept-above', { minConfidence: 0.9 })).linked).toBe(0);
    expect((await check('x:create-person', { accountId: QUIET })).touchpoints).toBe(1);
    expect((await check('imports:undo', { id: report.importId! })).status).toBe('undone');
  });

  it('the contacts import answers in its response schema, preview and apply', async () => {
    const path = join(tempDir(), 'contacts.vcf');
    writeFileSync(path, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n');
    expect((await check('contacts:import', { path, dryRun: true })).created).toBe(1);
    const report = await check('contacts:import', { path, job: 'contacts' });
    expect(report.importId).not.toBeNull();
    expect((await check('people:list', { importId: report.importId! })).items.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
  });

  it('duplicates, "not the same person", merging and undoing a merge answer in their response schemas', async () => {
    const robert = await check('people:create', { displayName: 'Robert Smith', position: { organisation: 'Acme' }, identities: [{ kind: 'email', value: 'robert@acme.com' }] });
    const bob = await check('people:create', { displayName: 'Bob Smith', notes: 'climbs', position: { organisation: 'Acme' }, tags: ['friend'] });
    const other = await check('people:create', { displayName: 'Bob Smith' });
    const list = await check('duplicates:list', { limit: 10 });
    expect(list.items.map((s) => [s.a.id, s.b.id])).toEqual([
      [robert.id, bob.id],
      [bob.id, other.id],
    ]);
    expect(list.items[0]?.reasons).toEqual(['Bob is short for Robert', 'Both at Acme']);
    expect(await check('duplicates:reject', { aId: other.id, bId: bob.id })).toEqual({ aId: other.id, bId: bob.id });
    const merged = await check('people:merge', { keepId: robert.id, otherId: bob.id, take: { notes: 'other' } });
    expect(merged).toMatchObject({ survivor: { id: robert.id }, merged: { id: bob.id }, moved: { positions: 1, labels: 1 } });
    expect((await check('people:get', { id: robert.id })).notes).toBe('climbs');
    expect(await check('people:merge-undo', { mergeId: merged.mergeId })).toEqual({
      mergeId: merged.mergeId,
      survivor: { id: robert.id, name: 'Robert Smith' },
      restored: { id: bob.id, name: 'Bob Smith' },
    });
  });

  it.each([
    ['linkedin', 'https://www.linkedin.com/in/%E0%A4%A'],
    ['x', 'https://x.com/%E0%A4%A'],
    ['instagram', 'https://instagram.com/%zz'],
  ] as const)('answers a %s URL with a malformed escape (%s) with INVALID_INPUT, never a thrown error', async (kind, value) => {
    await expect(env.core.dispatch('people:create', { displayName: 'Ada', identities: [{ kind, value }] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('identities.0.value') },
    });
  });

  it('answers with an envelope even when reading the payload throws (a hostile getter)', async () => {
    const hostile = {
      get displayName(): string {
        throw new Error('boom');
      },
    };
    await expect(env.core.dispatch('people:create', hostile)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each(['people:drop', 'PEOPLE:LIST', '__proto__', 'constructor', 'toString', '', 'people:list '])('refuses the unknown channel %j', async (channel) => {
    expect(await env.core.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/unknown channel/) } });
  });

  it.each(['people:get', 'people:archive', 'people:unarchive'] as const)('%s answers NOT_FOUND for a missing person', async (channel) => {
    expect(await env.core.dispatch(channel, { id: SOME_ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { id: SOME_ID } } });
  });

  it('people:update answers NOT_FOUND for a missing person', async () => {
    expect(await env.core.dispatch('people:update', { id: SOME_ID, patch: { notes: 'x' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('identity conflicts', () => {
  it.each(['@someone', 'SomeOne', 'https://mobile.twitter.com/SOMEONE/status/99', 'twitter.com/someone?s=20'])(
    'refuses X handle %j when it belongs to someone else, writing nothing',
    async (handle) => {
      const owner = await call(env.core, 'people:create', { displayName: 'Sam Owner', identities: [{ kind: 'x', value: 'https://x.com/SomeOne' }] });
      const before = dbDigest(env.sqlite);
      const result = await env.core.dispatch('people:create', {
        displayName: 'Sam Other',
        identities: [{ kind: 'email', value: 'other@example.com' }, { kind: 'x', value: handle }],
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('already belongs to Sam Owner'), details: { kind: 'x', value: 'someone', personId: owner.id } },
      });
      expect(dbDigest(env.sqlite)).toBe(before);
    },
  );

  it('refuses the same identity twice in one request', async () => {
    const result = await env.core.dispatch('people:create', {
      displayName: 'Sam',
      identities: [{ kind: 'email', value: 'sam@example.com' }, { kind: 'email', value: 'SAM@example.com' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('listed twice') } });
    expect((await call(env.core, 'app:info', undefined)).people).toBe(0);
  });

  it('maps a unique-index violation (same X account id) to CONFLICT and rolls back', async () => {
    await call(env.core, 'people:create', { displayName: 'Old Handle', identities: [{ kind: 'x', value: '@old', xAccountId: '42' }] });
    const result = await env.core.dispatch('people:create', { displayName: 'New Handle', identities: [{ kind: 'x', value: '@new', xAccountId: '42' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call(env.core, 'people:list', {})).items.map((p) => p.displayName)).toEqual(['Old Handle']);
  });

  it('lets the same value be used for different kinds', async () => {
    await call(env.core, 'people:create', { displayName: 'A', identities: [{ kind: 'x', value: 'samsmith' }] });
    await call(env.core, 'people:create', { displayName: 'B', identities: [{ kind: 'instagram', value: 'samsmith' }] });
    expect((await call(env.core, 'app:info', undefined)).people).toBe(2);
  });
});

describe('coverage', () => {
  // Runs last (tests in a file run in order): every channel went through a realistic call above.
  it('called every channel at least once with a realistic payload', () => {
    expect([...seen].sort()).toEqual([...CHANNELS].sort());
  });
});
