import { describe, expect, it } from 'vitest';
import { parseQuickCapture } from '../../shared/capture/quickCapture';
import { SOME_ID } from '../support/contractCases';
import { call, dbDigest, useTestCore } from '../support/core';

const LINE = "Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect";
// Noon UTC: the same calendar day in every time zone a test machine is likely to use.
const NOW = Date.UTC(2026, 0, 15, 12);

const env = useTestCore(NOW);

const digest = () => dbDigest(env.sqlite);

describe('quick capture: the issue’s example line', () => {
  it('previews a new person and a new event, writing nothing', async () => {
    const before = digest();
    const preview = await call(env.core, 'capture:preview', { line: LINE });
    expect(preview).toEqual({
      // The parser's own output is checked field by field in tests/unit/quickCapture.test.ts.
      parsed: parseQuickCapture(LINE),
      people: [],
      event: null,
      introducedBy: null,
      metOn: null,
    });
    expect(digest()).toBe(before);
  });

  it('commits a person with an X identity, the interest and tag, met at a new event', async () => {
    const result = await call(env.core, 'capture:commit', { line: LINE });
    expect(result).toMatchObject({ created: true, eventCreated: true, event: { name: "Gilda's Club lunch" } });
    const chuck = result.person;
    expect(chuck.displayName).toBe('Chuck Flagg');
    expect(chuck.identities.map((i) => [i.kind, i.value, i.primary])).toEqual([['x', 'theflaggagency', true]]);
    expect(chuck.interests.map((i) => i.name)).toEqual(['aviation art']);
    expect(chuck.tags.map((t) => t.name)).toEqual(['prospect']);
    expect(chuck.howWeMet).toMatchObject({ on: '2026-01-15', event: result.event, mode: 'offline', introducedBy: null });
    const event = await call(env.core, 'events:get', { id: result.event!.id });
    expect(event).toMatchObject({ kind: 'other', startsOn: '2026-01-15', attendees: 1, met: 1, pendingFollowUps: 1 });
    const attendees = await call(env.core, 'events:attendees', { eventId: event.id });
    expect(attendees.items.map((a) => [a.personId, a.met, a.followUp])).toEqual([[chuck.id, true, 'pending']]);
  });

  it('matches an existing event by name, whatever its case and accents', async () => {
    const lunch = await call(env.core, 'events:create', { name: "GILDA'S  CLUB LUNCH", kind: 'dinner', startsOn: '2026-01-10' });
    await call(env.core, 'events:create', { name: 'Gilda’s Club lunch party' });
    expect((await call(env.core, 'capture:preview', { line: LINE })).event).toEqual({ id: lunch.id, name: "GILDA'S  CLUB LUNCH" });
    const result = await call(env.core, 'capture:commit', { line: LINE });
    expect(result).toMatchObject({ eventCreated: false, event: { id: lunch.id } });
    expect(result.person.howWeMet.on).toBe('2026-01-10');
    expect((await call(env.core, 'events:list', {})).items).toHaveLength(2);
  });
});

describe('quick capture: someone already known', () => {
  it('finds the owner of the handle first, then people by name', async () => {
    const chuck = await call(env.core, 'people:create', { displayName: 'Charles Flagg', identities: [{ kind: 'x', value: '@TheFlaggAgency' }] });
    const other = await call(env.core, 'people:create', { displayName: 'Chuck Flagg' });
    await call(env.core, 'people:create', { displayName: 'Chuck Norris' });
    const preview = await call(env.core, 'capture:preview', { line: LINE });
    expect(preview.people).toEqual([
      { id: chuck.id, name: 'Charles Flagg', reason: 'identity' },
      { id: other.id, name: 'Chuck Flagg', reason: 'name' },
    ]);
  });

  it('adds the line to the chosen person without creating anyone; without a choice the handle conflicts', async () => {
    const chuck = await call(env.core, 'people:create', {
      displayName: 'Chuck Flagg',
      notes: 'Pilot',
      interests: ['cigars'],
      identities: [{ kind: 'x', value: 'theflaggagency' }],
    });
    const before = digest();
    expect(await env.core.dispatch('capture:commit', { line: LINE })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { personId: chuck.id } },
    });
    expect(digest()).toBe(before);

    const result = await call(env.core, 'capture:commit', { line: `${LINE} promised the HBR article`, personId: chuck.id });
    expect(result).toMatchObject({ created: false, eventCreated: true });
    expect(result.person.id).toBe(chuck.id);
    expect(result.person.identities).toHaveLength(1);
    expect(result.person.interests.map((i) => i.name).sort()).toEqual(['aviation art', 'cigars']);
    expect(result.person.tags.map((t) => t.name)).toEqual(['prospect']);
    expect(result.person.notes).toBe('Pilot\npromised the HBR article');
    expect((await call(env.core, 'people:list', {})).items).toHaveLength(1);
    const attendees = await call(env.core, 'events:attendees', { eventId: result.event!.id });
    expect(attendees.items.map((a) => [a.personId, a.note])).toEqual([[chuck.id, 'promised the HBR article']]);

    // The same line again: still one attendance, nobody new.
    await call(env.core, 'capture:commit', { line: LINE, personId: chuck.id });
    expect((await call(env.core, 'events:get', { id: result.event!.id })).attendees).toBe(1);
  });

  it('resolves the introducer and the day, keeps an unknown introducer in the notes', async () => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada Lovelace' });
    const preview = await call(env.core, 'capture:preview', { line: 'Sam Lee via Ada Lovelace yesterday, works at Acme Corp' });
    expect(preview).toMatchObject({ introducedBy: { id: ada.id, name: 'Ada Lovelace' }, metOn: '2026-01-14', event: null });
    const sam = await call(env.core, 'capture:commit', { line: 'Sam Lee via Ada Lovelace yesterday, works at Acme Corp' });
    expect(sam.person.howWeMet).toMatchObject({ on: '2026-01-14', introducedBy: { id: ada.id }, event: null, mode: null });
    expect(sam.person.positions.map((p) => [p.organisation.name, p.current])).toEqual([['Acme Corp', true]]);
    expect(sam.event).toBeNull();
    const zed = await call(env.core, 'capture:commit', { line: 'Zoe Quinn introduced by Zed Nobody last week' });
    expect(zed.person.notes).toBe('introduced by Zed Nobody');
    expect(zed.person.howWeMet).toMatchObject({ on: '2026-01-08', introducedBy: null });
  });

  it('uses the given event, or none, instead of the line’s', async () => {
    const dinner = await call(env.core, 'events:create', { name: 'Dinner', startsOn: '2025-12-01' });
    const given = await call(env.core, 'capture:commit', { line: LINE, eventId: dinner.id });
    expect(given).toMatchObject({ eventCreated: false, event: { id: dinner.id, name: 'Dinner' } });
    const none = await call(env.core, 'capture:commit', { line: 'Dee Duck met at Somewhere', eventId: null });
    expect(none).toMatchObject({ event: null, eventCreated: false });
    expect((await call(env.core, 'events:list', {})).items).toHaveLength(1);
  });

  it('refuses unknown ids and a line that names nobody, changing nothing', async () => {
    const before = digest();
    for (const payload of [
      { line: LINE, eventId: SOME_ID },
      { line: LINE, personId: SOME_ID },
    ]) {
      expect(await env.core.dispatch('capture:commit', payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining(SOME_ID) } });
    }
    expect(await env.core.dispatch('capture:commit', { line: 'likes jazz, #music' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await env.core.dispatch('capture:commit', { line: `Ann likes ${'x'.repeat(100)}` })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('interests.0') },
    });
    expect(digest()).toBe(before);
  });
});
