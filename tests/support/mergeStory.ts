/**
 * Two records of one person for merge tests: Robert Smith (kept) and Bob Smith (merged in),
 * each with identities, jobs, tags, interests, touchpoints (one with both), events (one both
 * attended), a reminder and relationships (one between the two, one both have with Carol),
 * and Carol, introduced by Bob.
 */
import type { Core } from '../../electron/core/core';
import type { Sqlite } from '../../electron/db/client';
import { PNG_BASE64 } from './cases/peopleCases';
import { call } from './core';

export interface MergeStory {
  keep: string;
  other: string;
  carol: string;
  dave: string;
  config: string;
  meetup: string;
  /** Touchpoints: both on it, the other's alone (twice), the survivor's alone. */
  shared: string;
  otherOnly: string[];
  keepOnly: string;
  reminder: string;
}

export async function writeMergeStory(core: Core): Promise<MergeStory> {
  const keep = await call(core, 'people:create', {
    displayName: 'Robert Smith',
    givenName: 'Robert',
    familyName: 'Smith',
    circle: 'close',
    notes: 'Runs the platform team.',
    identities: [{ kind: 'email', value: 'robert@acme.com' }],
    tags: ['friend'],
    interests: ['chess'],
    position: { organisation: 'Acme', title: 'Engineer', startOn: '2019' },
  });
  const config = (await call(core, 'events:create', { name: 'Config 2024', startsOn: '2024-06-20' })).id;
  const meetup = (await call(core, 'events:create', { name: 'Rust meetup', startsOn: '2023-03-01' })).id;
  const other = await call(core, 'people:create', {
    displayName: 'Bob Smith',
    nickname: 'Bob',
    location: 'Paris',
    birthday: '1980-05-01',
    notes: 'Climbs on Sundays.',
    identities: [
      { kind: 'email', value: 'bob@gmail.com' },
      { kind: 'linkedin', value: 'linkedin.com/in/bob-smith' },
    ],
    tags: ['Friend', 'climber'],
    interests: ['climbing'],
    position: { organisation: 'Acme', title: 'Engineer', startOn: '2019' },
    howWeMet: { on: '2024-06', eventId: config, mode: 'offline', note: 'at the coffee cart' },
  });
  await call(core, 'positions:add', { personId: other.id, organisation: 'Globex', title: 'Intern', startOn: '2015', endOn: '2016' });
  await call(core, 'people:set-photo', { id: other.id, photo: { mime: 'image/png', base64: PNG_BASE64 } });
  const carol = (await call(core, 'people:create', { displayName: 'Carol Danvers', howWeMet: { introducedById: other.id } })).id;
  const dave = (await call(core, 'people:create', { displayName: 'Dave Lister' })).id;

  await call(core, 'relationships:add', { personId: keep.id, otherPersonId: other.id, kind: 'friend' });
  await call(core, 'relationships:add', { personId: other.id, otherPersonId: dave, kind: 'colleague' });
  await call(core, 'relationships:add', { personId: keep.id, otherPersonId: carol, kind: 'friend' });
  await call(core, 'relationships:add', { personId: carol, otherPersonId: other.id, kind: 'friend' });

  await call(core, 'attendance:add', { eventId: config, personId: keep.id, met: false });
  await call(core, 'attendance:add', { eventId: config, personId: other.id, met: true, followUp: 'done' });
  await call(core, 'attendance:add', { eventId: meetup, personId: other.id, met: true, followUp: 'done' });

  const log = async (at: string, personIds: string[], channel: 'call' | 'email' | 'in_person', initiatedBy: 'me' | 'them' = 'me') =>
    (await call(core, 'touchpoints:create', { at, channel, initiatedBy, personIds, note: `${channel} on ${at.slice(0, 10)}` })).id;
  const shared = await log('2024-06-21T10:00:00Z', [keep.id, other.id, dave], 'in_person');
  const otherOnly = [await log('2025-01-05T09:00:00Z', [other.id], 'email', 'them'), await log('2023-03-02T18:00:00Z', [other.id], 'call')];
  const keepOnly = await log('2024-11-11T12:00:00Z', [keep.id], 'call');
  const reminder = (await call(core, 'reminders:create', { personId: other.id, due: '2026-04-01', title: 'Ask Bob about the climbing trip' })).id;
  return { keep: keep.id, other: other.id, carol, dave, config, meetup, shared, otherOnly, keepOnly, reminder };
}

/** Tables a merge changes, as raw rows without updated_at (a merge and its undo both move it), sorted. */
const TABLES = [
  'people',
  'identities',
  'positions',
  'reminders',
  'attendances',
  'touchpoint_participants',
  'relationships',
  'person_tags',
  'person_interests',
  'x_accounts',
  'x_match_candidates',
  'x_match_rejections',
  'import_people',
  'duplicate_rejections',
];

export function mergeTablesSnapshot(sqlite: Sqlite): Record<string, string[]> {
  return Object.fromEntries(
    TABLES.map((table) => {
      const rows = sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      const text = rows.map((row) => {
        const { updated_at: _, ...rest } = row;
        return JSON.stringify(rest, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v));
      });
      return [table, text.sort()];
    }),
  );
}

/** A value with every `updatedAt` removed, at any depth. */
export function withoutUpdatedAt(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUpdatedAt);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'updatedAt').map(([k, v]) => [k, withoutUpdatedAt(v)]));
  }
  return value;
}
