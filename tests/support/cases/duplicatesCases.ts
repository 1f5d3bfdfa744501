import { SOME_ID, type ChannelCases } from './helpers';

const badPair: [string, unknown][] = [
  ['missing ids', {}],
  ['one id', { aId: SOME_ID }],
  ['ids that are not UUIDs', { aId: 'a', bId: 'b' }],
  ['numeric id', { aId: SOME_ID, bId: 5 }],
];

/** Request cases for likely duplicates and merging people. */
export const DUPLICATES_CASES = {
  'duplicates:list': { valid: [{}, { limit: 10 }], invalid: [['limit 0', { limit: 0 }], ['limit 501', { limit: 501 }], ['limit as text', { limit: '5' }]] },
  'duplicates:reject': { valid: [{ aId: SOME_ID, bId: '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a' }], invalid: badPair },
  'people:merge': {
    valid: [
      { keepId: SOME_ID, otherId: '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a' },
      { keepId: SOME_ID, otherId: '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a', take: { displayName: 'other', birthday: 'keep' } },
    ],
    invalid: [
      ['missing other', { keepId: SOME_ID }],
      ['unknown field in take', { keepId: SOME_ID, otherId: SOME_ID, take: { shoeSize: 'other' } }],
      ['take value neither keep nor other', { keepId: SOME_ID, otherId: SOME_ID, take: { displayName: 'both' } }],
    ],
  },
  'people:merge-undo': { valid: [{ mergeId: SOME_ID }], invalid: [['missing merge id', {}], ['merge id not a UUID', { mergeId: 'x' }]] },
} satisfies Record<string, ChannelCases>;
