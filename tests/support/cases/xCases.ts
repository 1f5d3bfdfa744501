import type { Channel } from '../../../shared/ipc/channels';
import { SOME_ID, type ChannelCases, byId, long } from './helpers';

const ACCOUNT = '1626922779105759235';
const badAccounts = (extra: Record<string, unknown> = {}): [string, unknown][] => [
  ['missing account', { ...extra }],
  ['account id as a number', { accountId: 1626922779105759, ...extra }],
  ['account id with letters', { accountId: '12a', ...extra }],
  ['account id of 21 digits', { accountId: '1'.repeat(21), ...extra }],
  ['empty account id', { accountId: '', ...extra }],
];
const paging: [string, unknown][] = [
  ['limit 501', { limit: 501 }],
  ['limit 0', { limit: 0 }],
  ['fractional limit', { limit: 2.5 }],
  ['numeric cursor', { cursor: 5 }],
  ['cursor over 2000 characters', { cursor: long(2001) }],
];

/** Request cases for the X archive import, its accounts and matches, jobs and import history. */
export const X_CASES = {
  'x:import': {
    valid: [{ path: '/tmp/twitter-2026.zip' }, { path: '/home/me/archive', dryRun: true, job: 'import-1' }],
    invalid: [
      ['missing path', {}],
      ['empty path', { path: '' }],
      ['path over 4096 characters', { path: long(4097) }],
      ['numeric path', { path: 5 }],
      ['dry run as a string', { path: '/a.zip', dryRun: 'yes' }],
      ['job id with spaces', { path: '/a.zip', job: 'my job' }],
    ],
  },
  'jobs:cancel': {
    valid: [{ job: 'import-1' }],
    invalid: [['missing job', {}], ['job id with a slash', { job: '../x' }], ['job id of 65 characters', { job: long(65) }], ['numeric job', { job: 1 }], ['empty job', { job: '' }]],
  },
  'imports:list': { valid: [{}, { limit: 10 }], invalid: paging },
  'imports:undo': byId,
  'x:accounts': {
    valid: [{}, { filter: 'unmatched', limit: 20 }, { filter: 'mutual_unlinked', text: 'ada', cursor: 'abc' }],
    invalid: [...paging, ['unknown filter', { filter: 'friends' }], ['text over 100 characters', { text: long(101) }]],
  },
  'x:matches': {
    valid: [{}, { scope: 'all', limit: 10 }, { scope: 'all', withoutCandidates: true }],
    invalid: [...paging, ['unknown scope', { scope: 'some' }], ['without candidates as a string', { withoutCandidates: 'yes' }]],
  },
  'x:link': {
    valid: [{ accountId: ACCOUNT, personId: SOME_ID }],
    invalid: [...badAccounts({ personId: SOME_ID }), ['person id that is not a UUID', { accountId: ACCOUNT, personId: 'ada' }], ['missing person', { accountId: ACCOUNT }]],
  },
  'x:unlink': { valid: [{ accountId: ACCOUNT }, { accountId: ACCOUNT, undo: true }], invalid: [...badAccounts(), ['undo as a string', { accountId: ACCOUNT, undo: 'yes' }]] },
  'x:reject': {
    valid: [{ accountId: ACCOUNT, personId: SOME_ID }],
    invalid: [...badAccounts({ personId: SOME_ID }), ['missing person', { accountId: ACCOUNT }]],
  },
  'x:create-person': {
    valid: [{ accountId: ACCOUNT }, { accountId: ACCOUNT, name: 'Ada Lovelace' }],
    invalid: [...badAccounts(), ['blank name', { accountId: ACCOUNT, name: '   ' }], ['201-character name', { accountId: ACCOUNT, name: long(201) }]],
  },
  'x:accept-above': {
    valid: [{ minConfidence: 0.9 }, { minConfidence: 0.75, scope: 'all' }],
    invalid: [['missing confidence', {}], ['confidence below 0.5', { minConfidence: 0.2 }], ['confidence above 1', { minConfidence: 1.5 }], ['confidence as a string', { minConfidence: '0.9' }], ['unknown scope', { minConfidence: 0.9, scope: 'everyone' }]],
  },
  'x:name-account': {
    valid: [{ accountId: ACCOUNT, handle: 'ada' }, { accountId: ACCOUNT, handle: '@Ada_L', name: 'Ada' }],
    invalid: [...badAccounts({ handle: 'ada' }), ['handle of 16 characters', { accountId: ACCOUNT, handle: long(16) }], ['handle with a dash', { accountId: ACCOUNT, handle: 'ada-l' }], ['missing handle', { accountId: ACCOUNT }]],
  },
  'x:people': {
    valid: [{ view: 'talk_never_met' }, { view: 'met_not_connected', limit: 5 }],
    invalid: [['missing view', {}], ['unknown view', { view: 'mutuals' }], ...paging.map(([l, p]) => [l, { view: 'talk_never_met', ...(p as object) }] as [string, unknown])],
  },
  'journey:person': byId,
} satisfies Partial<Record<Channel, ChannelCases>>;


