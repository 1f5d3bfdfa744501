// Child process for the durability test: opens the database like the app (production
// pragmas, exclusive lock) and writes until it is killed, printing one line per
// ACKNOWLEDGED commit, written synchronously after the commit returned:
//   person <id>            people:create (person + identity) through the dispatcher
//   tx <personId> <orgId>  a multi-row transaction (person, 2 identities, organisation, position, tag)
//   archived <id>          people:archive of an earlier person
// With the mode `backups` it takes backups in a loop instead:
//   backup <name>          backups:create finished (verified and renamed into place)
// With the mode `migrate <migrationsDir>` it says `ready`, opens (backing up and migrating)
// with that folder, says `migrated <ms>`, and waits.
// Run: node --import tsx crashWriter.ts <dbPath> [backups | migrate <migrationsDir>]
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openCore } from '../../electron/core/core';
import { MIGRATIONS_DIR } from './paths';

const [dbPath, mode = 'writes', migrationsDir = MIGRATIONS_DIR] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: crashWriter.ts <dbPath> [backups | migrate <migrationsDir>]');
const ack = (line: string) => writeSync(1, `${line}\n`);

if (mode === 'migrate') {
  ack('ready');
  const started = performance.now();
  await openCore({ dbPath, migrationsDir, owner: 'test', appVersion: 'crash-test' });
  ack(`migrated ${Math.round(performance.now() - started)}`);
  setInterval(() => undefined, 60_000);
  await new Promise(() => undefined);
}

const core = await openCore({ dbPath, migrationsDir: MIGRATIONS_DIR, owner: 'test', appVersion: 'crash-test' });
const sqlite = core.session().sqlite;
const insertPerson = sqlite.prepare(
  `INSERT INTO people (id, display_name, sort_name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
);
const insertIdentity = sqlite.prepare(
  `INSERT INTO identities (id, person_id, kind, value, display, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
);
const insertOrg = sqlite.prepare(`INSERT INTO organisations (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
const insertPosition = sqlite.prepare(
  `INSERT INTO positions (id, person_id, organisation_id, title, created_at, updated_at) VALUES (?, ?, ?, 'Founder', ?, ?)`,
);
const insertTag = sqlite.prepare(`INSERT INTO tags (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
const tagPerson = sqlite.prepare(`INSERT INTO person_tags (person_id, tag_id, created_at) VALUES (?, ?, ?)`);

const multiRow = sqlite.transaction((personId: string, orgId: string, n: string, now: number) => {
  insertPerson.run(personId, `Tx ${n}`, `tx ${n}`, 'x'.repeat(2000), now, now);
  insertIdentity.run(randomUUID(), personId, 'email', `tx-${n}@example.com`, `tx-${n}@example.com`, now, now);
  insertIdentity.run(randomUUID(), personId, 'x', `tx_${n}`.slice(0, 15), `@tx_${n}`.slice(0, 16), now, now);
  insertOrg.run(orgId, `Org ${n}`, `org ${n}`, now, now);
  insertPosition.run(randomUUID(), personId, orgId, now, now);
  const tagId = randomUUID();
  insertTag.run(tagId, `Tag ${n}`, `tag ${n}`, now, now);
  tagPerson.run(personId, tagId, now);
});

if (mode === 'backups') {
  ack('ready');
  for (;;) {
    const result = await core.dispatch('backups:create', { reason: 'manual' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    ack(`backup ${(result.value as { name: string }).name}`);
  }
}

const created: string[] = [];
ack('ready');
for (let i = 1; ; i++) {
  const n = `${process.pid}-${i}`;
  if (i % 4 === 0) {
    const personId = randomUUID();
    const orgId = randomUUID();
    multiRow(personId, orgId, n, Date.now());
    ack(`tx ${personId} ${orgId}`);
  } else {
    const result = await core.dispatch('people:create', {
      displayName: `Crash ${n}`,
      notes: 'n'.repeat(500),
      identities: [{ kind: 'email', value: `crash-${n}@example.com` }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const id = (result.value as { id: string }).id;
    created.push(id);
    ack(`person ${id}`);
  }
  if (i % 7 === 0 && created.length > 0) {
    const id = created[Math.floor(created.length / 2)]!;
    const result = await core.dispatch('people:archive', { id });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    ack(`archived ${id}`);
  }
}
