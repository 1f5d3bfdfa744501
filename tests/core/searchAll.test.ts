import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, dbDigest, openTestCore, tickingClock } from '../support/core';
import { suiteTempDir } from '../support/tmp';

let core: Core;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ core } = await openTestCore(suiteTempDir(), { now: tickingClock() }));
  const person = async (displayName: string, extra: object = {}) => (ids[displayName] = (await call(core, 'people:create', { displayName, ...extra })).id);
  await person('José García', { identities: [{ kind: 'x', value: '@jgarcia' }], interests: ['aviation art'] });
  await person('Joseph Conrad');
  await person('Archived Josephine');
  await call(core, 'people:archive', { id: ids['Archived Josephine']! });
  ids.summit = (await call(core, 'events:create', { name: 'Web Summit Lisboa', startsOn: '2025-11-10' })).id;
  ids.summit2 = (await call(core, 'events:create', { name: 'Café Summit', startsOn: '2026-01-02' })).id;
  ids.old = (await call(core, 'events:create', { name: 'Old summit' })).id;
  await call(core, 'events:archive', { id: ids.old });
  const tp = async (note: string) => (await call(core, 'touchpoints:create', { at: '2026-01-02T10:00:00Z', channel: 'email', initiatedBy: 'me', personIds: [ids['José García']!], note })).id;
  ids.tp1 = await tp('Asked José about the Bulldogs game; summit plans');
  ids.tp2 = await tp('Summit summit summit: the Lisbon summit again');
  ids.tp3 = await tp('Sent the HBR article');
  ids.gone = await tp('summit notes, deleted');
  await call(core, 'touchpoints:delete', { id: ids.gone });
});
afterAll(async () => {
  await core.close();
});

describe('search:all', () => {
  it('finds people (prefix, accents, handles, interests), events by name and touchpoint notes, live only', async () => {
    const jose = await call(core, 'search:all', { query: 'jose' });
    expect(jose.people.map((p) => p.displayName)).toEqual(['José García', 'Joseph Conrad']);
    expect(jose.touchpoints.map((t) => t.id)).toEqual([ids.tp1]);
    expect((await call(core, 'search:all', { query: '@jgarc' })).people.map((p) => p.id)).toEqual([ids['José García']]);
    expect((await call(core, 'search:all', { query: 'aviation' })).people.map((p) => p.id)).toEqual([ids['José García']]);

    const summit = await call(core, 'search:all', { query: 'SUMMIT' });
    expect(summit.people).toEqual([]);
    expect(summit.events.map((e) => e.name)).toEqual(['Café Summit', 'Web Summit Lisboa']);
    expect(summit.events[0]).toMatchObject({ attendees: 0, archivedAt: null });
    // Best match first: the note that says it four times.
    expect(summit.touchpoints.map((t) => t.id)).toEqual([ids.tp2, ids.tp1]);
    expect(summit.touchpoints[0]!.participants.map((p) => p.name)).toEqual(['José García']);

    expect((await call(core, 'search:all', { query: 'cafe summit' })).events.map((e) => e.id)).toEqual([ids.summit2]);
    expect((await call(core, 'search:all', { query: 'hbr' })).touchpoints.map((t) => t.id)).toEqual([ids.tp3]);
    // One-letter words would match nearly every note: notes ignore them.
    expect((await call(core, 'search:all', { query: 's' })).touchpoints).toEqual([]);
    expect((await call(core, 'search:all', { query: 'sent x' })).touchpoints.map((t) => t.id)).toEqual([ids.tp3]);
  });

  it('respects the limit and finds nothing for empty or symbol-only queries, writing nothing', async () => {
    const before = dbDigest(core.session().sqlite);
    const one = await call(core, 'search:all', { query: 'summit', limit: 1 });
    expect([one.people.length, one.events.length, one.touchpoints.length]).toEqual([0, 1, 1]);
    for (const query of ['', '   ', '"*(', 'AND OR NOT', '%_']) {
      const found = await call(core, 'search:all', { query });
      expect(found.people.length + found.events.length + found.touchpoints.length, query).toBe(0);
    }
    expect(dbDigest(core.session().sqlite)).toBe(before);
  });
});
