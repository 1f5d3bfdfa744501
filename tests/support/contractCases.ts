import type { Channel } from '../../shared/ipc/channels';
import { EVENT_CASES } from './cases/eventCases';
import { PEOPLE_CASES } from './cases/peopleCases';
import { REMINDER_CASES } from './cases/reminderCases';
import { X_CASES } from './cases/xCases';
import { CONTACTS_CASES } from './cases/contactsCases';
import { DUPLICATES_CASES } from './cases/duplicatesCases';
import { type ChannelCases, long } from './cases/helpers';

export { SOME_ID, type ChannelCases } from './cases/helpers';

/**
 * Request cases for every channel. Typed as Record<Channel, …> and checked at run time
 * against CHANNELS, so a new channel without cases fails both tsc and the tests.
 */
export const CONTRACT_CASES: Record<Channel, ChannelCases> = {
  'app:info': { valid: [undefined, {}], invalid: [] },
  ...PEOPLE_CASES,
  ...EVENT_CASES,
  ...REMINDER_CASES,
  ...X_CASES,
  ...CONTACTS_CASES,
  ...DUPLICATES_CASES,
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
