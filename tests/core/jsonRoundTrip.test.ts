import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Core } from '../../electron/core/core';
import { importJsonExport } from '../../electron/core/export/jsonImport';
import { exportJson } from '../../electron/core/services/exportService';
import { call, dbDigest, openTestCore, tickingClock } from '../support/core';
import { tempDir } from '../support/tmp';

const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const person = fc.record({
  displayName: text(40),
  notes: fc.option(text(200), { nil: undefined }),
  email: fc.option(fc.emailAddress(), { nil: undefined }),
  birthday: fc.option(fc.constantFrom('1990-05-17', '--02-29', '2000-12-31'), { nil: undefined }),
});
const dataset = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 6 }).map((people) => [{ displayName: 'Searchable Person', notes: undefined, email: undefined, birthday: undefined }, ...people]),
  touchpoints: fc.array(fc.record({ who: fc.nat(), note: fc.option(text(100), { nil: undefined }), days: fc.nat({ max: 900 }), them: fc.boolean() }), { maxLength: 8 }),
  reminders: fc.array(fc.record({ who: fc.nat(), days: fc.integer({ min: -30, max: 300 }) }), { maxLength: 3 }),
});

type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

async function fill(core: Core, data: Dataset) {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const p of data.people) {
    const email = p.email && !seen.has(p.email.toLowerCase()) ? p.email : undefined;
    if (email) seen.add(email.toLowerCase());
    const created = await call(core, 'people:create', { displayName: p.displayName, notes: p.notes, birthday: p.birthday, identities: email ? [{ kind: 'email', value: email }] : [] });
    ids.push(created.id);
  }
  for (const t of data.touchpoints) {
    const at = new Date(Date.UTC(2024, 0, 1) + t.days * 86_400_000).toISOString();
    await call(core, 'touchpoints:create', { at, channel: 'x_dm', initiatedBy: t.them ? 'them' : 'me', personIds: [ids[t.who % ids.length]!], note: t.note });
  }
  for (const r of data.reminders) {
    await call(core, 'reminders:create', { personId: ids[r.who % ids.length]!, due: new Date(Date.UTC(2026, 0, 15) + r.days * 86_400_000).toISOString() });
  }
}

const withoutStamp = (path: string) => {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete doc.exportedAt;
  return doc;
};

describe('JSON export round trip', () => {
  test('export, import into an empty database, export again: the same data', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const dir = tempDir();
        const first = await openTestCore(join(dir, 'a'), { dbPath: join(dir, 'a.db'), now: tickingClock() });
        const second = await openTestCore(join(dir, 'b'), { dbPath: join(dir, 'b.db'), now: tickingClock() });
        try {
          await fill(first.core, data);
          const meta = (s: Core) => ({ app: 'Rapport', version: 'test', schemaVersion: s.session().schema.current, exportedAt: new Date().toISOString() });
          exportJson(first.core.session().sqlite, join(dir, 'a.json'), meta(first.core));
          importJsonExport(second.core.session().sqlite, join(dir, 'a.json'), second.core.session().schema.current);
          exportJson(second.core.session().sqlite, join(dir, 'b.json'), meta(second.core));
          expect(withoutStamp(join(dir, 'b.json'))).toEqual(withoutStamp(join(dir, 'a.json')));
          // Search works on the loaded copy: its indexes were rebuilt.
          const name = data.people[0]!.displayName.trim().split(/\s+/)[0]!;
          if (/^[\p{L}\p{N}]{3,}$/u.test(name)) expect((await call(second.core, 'search:all', { query: name, limit: 50 })).people.length).toBeGreaterThan(0);
        } finally {
          await first.core.close();
          await second.core.close();
        }
      }),
      { numRuns: 12 },
    );
  });

  test('refuses a file that is not an export, another format version, and a database that is not empty, changing nothing', async () => {
    const dir = tempDir();
    const { core } = await openTestCore(dir, { now: tickingClock() });
    try {
      const sqlite = core.session().sqlite;
      const schema = core.session().schema.current;
      const write = (name: string, body: string) => {
        writeFileSync(join(dir, name), body);
        return join(dir, name);
      };
      const digest = dbDigest(sqlite);
      expect(() => importJsonExport(sqlite, write('bad.json', '{ not json'), schema)).toThrow(/bad\.json: is not JSON/);
      expect(() => importJsonExport(sqlite, write('other.json', '{"format":"vcard"}'), schema)).toThrow(/is not a Rapport export/);
      expect(() => importJsonExport(sqlite, write('v2.json', '{"format":"rapport-export","formatVersion":2}'), schema)).toThrow(/format version 2/);
      expect(() => importJsonExport(sqlite, write('table.json', `{"format":"rapport-export","formatVersion":1,"schemaVersion":"${schema}","entities":{"evil":[]}}`), schema)).toThrow(
        /table "evil"/,
      );
      expect(() =>
        importJsonExport(sqlite, write('fk.json', `{"format":"rapport-export","formatVersion":1,"schemaVersion":"${schema}","entities":{"identities":[{"id":"x","person_id":"nobody","kind":"email","value":"a@b.c","display":"a@b.c","created_at":"2026-01-01T00:00:00.000Z","updated_at":"2026-01-01T00:00:00.000Z"}]}}`), schema),
      ).toThrow(/FOREIGN KEY/);
      expect(dbDigest(sqlite)).toBe(digest);
      await call(core, 'people:create', { displayName: 'Already here' });
      expect(() => importJsonExport(sqlite, write('ok.json', `{"format":"rapport-export","formatVersion":1,"schemaVersion":"${schema}","entities":{}}`), schema)).toThrow(/empty database/);
    } finally {
      await core.close();
    }
  });
});
