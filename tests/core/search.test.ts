import { afterEach, describe, expect, it } from 'vitest';
import { flushTouchpointSearch } from '../../electron/db/searchIndex';
import { call, searchProblems, useTestCore } from '../support/core';

let n = 0;
const T = Date.UTC(2026, 0, 1);
const uid = () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

const env = useTestCore();
afterEach(() => {
  // Every test leaves both indexes consistent with their sources (runs before the core closes).
  expect(searchProblems(env.sqlite)).toEqual([]);
});

/** Display names the people list returns for what the user typed (the real search path). */
async function found(query: string, includeArchived = false): Promise<string[]> {
  return (await call(env.core, 'people:list', { query, includeArchived })).items.map((p) => p.displayName);
}

const person = (displayName: string, identities: { kind: 'x' | 'email' | 'linkedin'; value: string }[] = []) =>
  call(env.core, 'people:create', { displayName, identities });

function organisation(name: string): string {
  const id = uid();
  env.sqlite.prepare(`INSERT INTO organisations (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(id, name, name.toLowerCase(), T, T);
  return id;
}

function position(personId: string, organisationId: string, title: string | null): string {
  const id = uid();
  env.sqlite
    .prepare(`INSERT INTO positions (id, person_id, organisation_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(id, personId, organisationId, title, T, T);
  return id;
}

function label(table: 'interests' | 'tags', link: 'person_interests' | 'person_tags', personId: string, name: string): string {
  const id = uid();
  env.sqlite.prepare(`INSERT INTO ${table} (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(id, name, name.toLowerCase(), T, T);
  const column = table === 'tags' ? 'tag_id' : 'interest_id';
  env.sqlite.prepare(`INSERT INTO ${link} (person_id, ${column}, created_at) VALUES (?, ?, ?)`).run(personId, id, T);
  return id;
}

describe('person_search follows every write', () => {
  it('matches names accent-insensitively and by prefix, every word required', async () => {
    await person('José García');
    await person('Zoë Ørsted');
    await person('Ada Lovelace');
    expect(await found('jose')).toEqual(['José García']);
    expect(await found('JOSÉ')).toEqual(['José García']);
    expect(await found('ga')).toEqual(['José García']);
    expect(await found('garc jos')).toEqual(['José García']);
    expect(await found('zoe')).toEqual(['Zoë Ørsted']);
    expect(await found('Ørsted')).toEqual(['Zoë Ørsted']);
    expect(await found('orsted')).toEqual(['Zoë Ørsted']);
    expect(await found('jose lovelace')).toEqual([]);
    expect(await found('"ada" OR jose')).toEqual([]); // operators are words, not syntax
    expect(await found('!!!')).toEqual([]);
  });

  it('matches one- and two-letter words at the start of a word of the name only, both when few and when many match', async () => {
    await person('José García-López');
    await person('Ada Lovelace', [{ kind: 'email', value: 'jo@example.org' }]);
    await person('Björn Ødegaard');
    expect(await found('j')).toEqual(['José García-López']);
    expect(await found('lo')).toEqual(['Ada Lovelace', 'José García-López']); // after a hyphen too
    expect(await found('jo')).toEqual(['José García-López']); // not Ada's address: too short to search every field
    expect(await found('jo@')).toEqual(['José García-López']);
    expect(await found('od b')).toEqual(['Björn Ødegaard']);
    expect(await found('example')).toEqual(['Ada Lovelace']); // three letters and more search every field
    // Many matches: the same answer walking the name index as looking the few up.
    for (let i = 0; i < 1100; i++) env.sqlite.prepare(`INSERT INTO people (id, display_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(uid(), `Jo ${i}`, `jo ${i}`, T, T);
    const many = (await call(env.core, 'people:list', { query: 'jo', limit: 3 })).items.map((p) => p.displayName);
    expect(many).toEqual(['Jo 0', 'Jo 1', 'Jo 10']);
    expect((await call(env.core, 'people:list', { query: 'j', limit: 500 })).items).toHaveLength(500);
  });

  it('finds people by their handles and addresses', async () => {
    await person('José García', [
      { kind: 'x', value: 'https://twitter.com/JGarcia_dev?s=20' },
      { kind: 'email', value: 'Jose@Example.org' },
      { kind: 'linkedin', value: 'linkedin.com/in/jose-garcia-madrid' },
    ]);
    await person('Ada Lovelace');
    for (const q of ['jgarcia_dev', '@JGarcia', 'jose@example.org', 'example', 'garcia-madrid']) expect(await found(q), q).toEqual(['José García']);
  });

  it('follows renames, notes and location', async () => {
    const ada = await person('Ada Byron');
    await call(env.core, 'people:update', { id: ada.id, patch: { displayName: 'Ada Lovelace', location: 'Marylebone', notes: 'analytical engine' } });
    expect(await found('byron')).toEqual([]);
    expect(await found('lovelace')).toEqual(['Ada Lovelace']);
    expect(await found('maryle')).toEqual(['Ada Lovelace']);
    expect(await found('analytical')).toEqual(['Ada Lovelace']);
    await call(env.core, 'people:update', { id: ada.id, patch: { notes: null, circle: 'inner' } });
    expect(await found('analytical')).toEqual([]);
  });

  it('drops archived people and brings them back on unarchive', async () => {
    const ada = await person('Ada Lovelace', [{ kind: 'x', value: '@ada' }]);
    await person('Grace Hopper');
    await call(env.core, 'people:archive', { id: ada.id });
    expect(await found('ada')).toEqual([]);
    expect(await found('lovelace', true)).toEqual([]); // archived people leave search, even with includeArchived
    await call(env.core, 'people:archive', { id: ada.id }); // idempotent
    await call(env.core, 'people:unarchive', { id: ada.id });
    expect(await found('ada')).toEqual(['Ada Lovelace']);
  });

  it('follows identities added, changed and removed outside the repository', async () => {
    const ada = await person('Ada Lovelace');
    const id = uid();
    env.sqlite
      .prepare(`INSERT INTO identities (id, person_id, kind, value, display, created_at, updated_at) VALUES (?, ?, 'x', 'countess', '@Countess', ?, ?)`)
      .run(id, ada.id, T, T);
    expect(await found('countess')).toEqual(['Ada Lovelace']);
    env.sqlite.prepare(`UPDATE identities SET value = 'enchantress', display = '@Enchantress' WHERE id = ?`).run(id);
    expect(await found('countess')).toEqual([]);
    expect(await found('enchant')).toEqual(['Ada Lovelace']);
    env.sqlite.prepare(`UPDATE identities SET deleted_at = ? WHERE id = ?`).run(T, id);
    expect(await found('enchant')).toEqual([]);
    env.sqlite.prepare(`UPDATE identities SET deleted_at = NULL WHERE id = ?`).run(id);
    expect(await found('enchant')).toEqual(['Ada Lovelace']);
    env.sqlite.prepare(`DELETE FROM identities WHERE id = ?`).run(id);
    expect(await found('enchant')).toEqual([]);
  });

  it('follows organisations and positions, including an organisation rename', async () => {
    const ada = await person('Ada Lovelace');
    const grace = await person('Grace Hopper');
    await person('Alan Turing');
    const acme = organisation('Acme Robotics');
    position(ada.id, acme, 'CTO');
    const graceAtAcme = position(grace.id, acme, null);
    expect(await found('acme')).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await found('cto')).toEqual(['Ada Lovelace']);

    env.sqlite.prepare(`UPDATE organisations SET name = 'Globex' WHERE id = ?`).run(acme);
    expect(await found('acme')).toEqual([]);
    expect(await found('globex')).toEqual(['Ada Lovelace', 'Grace Hopper']);

    env.sqlite.prepare(`UPDATE positions SET deleted_at = ? WHERE id = ?`).run(T, graceAtAcme);
    expect(await found('globex')).toEqual(['Ada Lovelace']);
    env.sqlite.prepare(`DELETE FROM positions WHERE person_id = ?`).run(ada.id);
    expect(await found('globex')).toEqual([]);
  });

  it('follows interests and tags, including renames and unlinking', async () => {
    const ada = await person('Ada Lovelace');
    await person('Grace Hopper');
    const poetry = label('interests', 'person_interests', ada.id, 'Poetry');
    const vip = label('tags', 'person_tags', ada.id, 'Investor');
    expect(await found('poet')).toEqual(['Ada Lovelace']);
    expect(await found('investor')).toEqual(['Ada Lovelace']);

    env.sqlite.prepare(`UPDATE interests SET name = 'Mathematics' WHERE id = ?`).run(poetry);
    env.sqlite.prepare(`UPDATE tags SET name = 'Mentor' WHERE id = ?`).run(vip);
    expect(await found('poet')).toEqual([]);
    expect(await found('mathem')).toEqual(['Ada Lovelace']);
    expect(await found('mentor')).toEqual(['Ada Lovelace']);

    env.sqlite.prepare(`DELETE FROM person_interests WHERE interest_id = ?`).run(poetry);
    env.sqlite.prepare(`DELETE FROM person_tags WHERE tag_id = ?`).run(vip);
    expect(await found('mathem')).toEqual([]);
    expect(await found('mentor')).toEqual([]);
  });
});

describe('touchpoint_search follows touchpoint notes', () => {
  /** What a note search sees: the queue is indexed first, as searchNotes does. */
  const seqs = (q: string) => {
    flushTouchpointSearch(env.sqlite);
    return env.sqlite.prepare(`SELECT rowid FROM touchpoint_search WHERE touchpoint_search MATCH ? ORDER BY rowid`).pluck().all(q);
  };
  const integrity = () => env.sqlite.prepare(`INSERT INTO touchpoint_search(touchpoint_search) VALUES ('integrity-check')`).run();

  function touchpoint(note: string | null): number {
    return Number(
      env.sqlite
        .prepare(
          `INSERT INTO touchpoints (id, at, channel, initiated_by, kind, note, created_at, updated_at) VALUES (?, ?, 'call', 'me', 'conversation', ?, ?, ?)`,
        )
        .run(uid(), T, note, T, T).lastInsertRowid,
    );
  }

  it('indexes inserts, follows updates and deletes, and skips empty notes', () => {
    const sailing = touchpoint('Talked about sailing in Cádiz');
    const empty = touchpoint(null);
    expect(seqs('sailing')).toEqual([sailing]);
    expect(seqs('cadiz')).toEqual([sailing]);

    env.sqlite.prepare(`UPDATE touchpoints SET note = 'Asked about the robotics fair' WHERE seq = ?`).run(sailing);
    expect(seqs('sailing')).toEqual([]);
    expect(seqs('robot*')).toEqual([sailing]);

    env.sqlite.prepare(`UPDATE touchpoints SET note = 'Thanked her for the robot intro' WHERE seq = ?`).run(empty);
    expect(seqs('robot*')).toEqual([sailing, empty]);

    env.sqlite.prepare(`UPDATE touchpoints SET note = NULL WHERE seq = ?`).run(sailing);
    expect(seqs('robot*')).toEqual([empty]);
    env.sqlite.prepare(`DELETE FROM touchpoints WHERE seq = ?`).run(empty);
    expect(seqs('robot*')).toEqual([]);
    env.sqlite.prepare(`UPDATE touchpoints SET channel = 'email' WHERE seq = ?`).run(sailing); // not a note change
  });

  it('queues new notes instead of indexing them row by row, and edits or deletes of a queued note leave the index sound', () => {
    const queued = () => env.sqlite.prepare(`SELECT seq FROM touchpoint_search_dirty ORDER BY seq`).pluck().all();
    const edited = touchpoint('Sketching a kite festival');
    const dropped = touchpoint('Kite surfing lesson');
    expect(queued()).toEqual([edited, dropped]);
    env.sqlite.prepare(`UPDATE touchpoints SET note = 'Planning a glider flight' WHERE seq = ?`).run(edited);
    env.sqlite.prepare(`DELETE FROM touchpoints WHERE seq = ?`).run(dropped);
    expect(queued()).toEqual([edited]);
    expect(seqs('kite')).toEqual([]);
    expect(seqs('glider')).toEqual([edited]);
    expect(queued()).toEqual([]);
    integrity();
  });
});
