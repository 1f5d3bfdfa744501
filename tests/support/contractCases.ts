import type { Channel } from '../../shared/ipc/channels';

/** A syntactically valid UUID (v7) that belongs to no row. */
export const SOME_ID = '01a209a4-1a60-7446-b578-4901cb4ce0a6';

export interface ChannelCases {
  /** Payloads the request schema must accept (the first is the base for generic bad cases). */
  valid: unknown[];
  /** Channel-specific payloads it must refuse, with what is wrong with each. */
  invalid: [label: string, payload: unknown][];
}

const long = (n: number) => 'x'.repeat(n);
const identities = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'email', value: `p${i}@example.com` }));
const badIds = (extra: Record<string, unknown> = {}): [string, unknown][] => [
  ['missing id', { ...extra }],
  ['id that is not a UUID', { id: 'not-a-uuid', ...extra }],
  ['numeric id', { id: 42, ...extra }],
  ['empty id', { id: '', ...extra }],
  ['id with SQL in it', { id: `${SOME_ID}' OR 1=1 --`, ...extra }],
];
const personRef: ChannelCases = { valid: [{ id: SOME_ID }], invalid: badIds() };

/**
 * Request cases for every channel. Typed as Record<Channel, …> and checked at run time
 * against CHANNELS, so a new channel without cases fails both tsc and the tests.
 */
export const CONTRACT_CASES: Record<Channel, ChannelCases> = {
  'app:info': { valid: [undefined, {}], invalid: [] },
  'people:create': {
    valid: [
      { displayName: 'Ada Lovelace' },
      {
        displayName: 'José García',
        givenName: 'José',
        familyName: 'García',
        nickname: null,
        location: 'Madrid',
        notes: 'Met at the meetup',
        circle: 'inner',
        identities: [{ kind: 'x', value: 'https://x.com/jgarcia', label: 'work', primary: true }, { kind: 'email', value: 'J@Example.com' }],
      },
      { displayName: 'Max', identities: identities(50) },
    ],
    invalid: [
      ['missing displayName', {}],
      ['numeric displayName', { displayName: 42 }],
      ['blank displayName', { displayName: '   ' }],
      ['300-character displayName', { displayName: long(300) }],
      ['201-character givenName', { displayName: 'Ada', givenName: long(201) }],
      ['notes over 20,000 characters', { displayName: 'Ada', notes: long(20_001) }],
      ['unknown circle', { displayName: 'Ada', circle: 'bestie' }],
      ['60 identities', { displayName: 'Ada', identities: identities(60) }],
      ['identities not an array', { displayName: 'Ada', identities: { kind: 'x', value: 'ada' } }],
      ['identity of an unknown kind', { displayName: 'Ada', identities: [{ kind: 'myspace', value: 'ada' }] }],
      ['identity that is not an email', { displayName: 'Ada', identities: [{ kind: 'email', value: 'not an email' }] }],
      ['16-character X handle', { displayName: 'Ada', identities: [{ kind: 'x', value: long(16) }] }],
      ['identity with an extra key', { displayName: 'Ada', identities: [{ kind: 'x', value: 'ada', owner: 'me' }] }],
      ['identity value over 500 characters', { displayName: 'Ada', identities: [{ kind: 'other', value: long(501) }] }],
      ['server-owned field id', { displayName: 'Ada', id: SOME_ID }],
      ['server-owned field createdAt', { displayName: 'Ada', createdAt: '2026-01-01T00:00:00Z' }],
    ],
  },
  'people:get': personRef,
  'people:archive': personRef,
  'people:unarchive': personRef,
  'people:update': {
    valid: [
      { id: SOME_ID, patch: { displayName: 'Ada King' } },
      { id: SOME_ID, patch: { notes: null, circle: null } },
      { id: SOME_ID, patch: { location: '' } },
    ],
    invalid: [
      ...badIds({ patch: { displayName: 'Ada' } }),
      ['missing patch', { id: SOME_ID }],
      ['empty patch', { id: SOME_ID, patch: {} }],
      ['patch that is not an object', { id: SOME_ID, patch: 'Ada' }],
      ['300-character displayName', { id: SOME_ID, patch: { displayName: long(300) } }],
      ['blank displayName', { id: SOME_ID, patch: { displayName: '' } }],
      ['null displayName', { id: SOME_ID, patch: { displayName: null } }],
      ['patch with an unknown key', { id: SOME_ID, patch: { displayName: 'Ada', sortName: 'a' } }],
      ['patch with identities', { id: SOME_ID, patch: { identities: [] } }],
      ['unknown circle', { id: SOME_ID, patch: { circle: 'bestie' } }],
    ],
  },
  'people:list': {
    valid: [{}, { limit: 1 }, { limit: 500, sort: 'created', includeArchived: true, query: 'ada', cursor: 'abc' }],
    invalid: [
      ['limit 0', { limit: 0 }],
      ['limit 501', { limit: 501 }],
      ['negative limit', { limit: -1 }],
      ['fractional limit', { limit: 1.5 }],
      ['limit as a string', { limit: '50' }],
      ['unknown sort', { sort: 'age' }],
      ['query over 200 characters', { query: long(201) }],
      ['numeric query', { query: 7 }],
      ['cursor over 2000 characters', { cursor: long(2001) }],
      ['includeArchived as a string', { includeArchived: 'yes' }],
    ],
  },
  'backups:list': { valid: [undefined, {}], invalid: [] },
  'backups:create': {
    valid: [{}, { reason: 'manual' }, { reason: 'before-import-2' }],
    invalid: [
      ['reason with spaces and capitals', { reason: 'Bad Reason' }],
      ['empty reason', { reason: '' }],
      ['33-character reason', { reason: long(33) }],
      ['reason with a path in it', { reason: '../../x' }],
      ['numeric reason', { reason: 5 }],
    ],
  },
  'backups:restore': {
    valid: [{ name: 'crm-20260115-120000-000-manual.db' }],
    invalid: [
      ['missing name', {}],
      ['relative path', { name: '../../etc/passwd.db' }],
      ['absolute path', { name: '/tmp/evil.db' }],
      ['not a .db file', { name: 'backup.txt' }],
      ['name over 200 characters', { name: `${long(201)}.db` }],
      ['numeric name', { name: 1 }],
    ],
  },
};

/** Bad payloads every channel must refuse, derived from its first valid payload. */
export function genericInvalid(cases: ChannelCases): [string, unknown][] {
  const base = cases.valid[0];
  const withExtra = typeof base === 'object' && base !== null ? { ...base, unexpected: true } : { unexpected: true };
  return [
    ['a string', 'hello'],
    ['a number', 42],
    ['a boolean', true],
    ['null', null],
    ['an array', []],
    ['the valid payload wrapped in an array', [base]],
    ['an unknown extra key', withExtra],
  ];
}

/** Every bad payload for a channel: the generic ones and its own. */
export function invalidCases(channel: Channel): [string, unknown][] {
  const cases = CONTRACT_CASES[channel];
  return [...genericInvalid(cases), ...cases.invalid];
}
