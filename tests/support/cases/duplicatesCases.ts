import { SOME_ID, type ChannelCases } from './helpers';

const OTHER_ID = '0192e3b4-7c4f-7a41-9a3c-2f1e5d6c7b8a';

const badPair: [string, unknown][] = [
  ['missing ids', {}],
  ['one id', { aId: SOME_ID }],
  ['ids that are not UUIDs', { aId: 'a', bId: 'b' }],
  ['numeric id', { aId: SOME_ID, bId: 5 }],
  ['id with SQL in it', { aId: SOME_ID, bId: `${OTHER_ID}' OR 1=1 --` }],
  ['ids as a list', { aId: [SOME_ID], bId: OTHER_ID }],
];

/** Request cases for likely duplicates and merging people. */
export const DUPLICATES_CASES = {
  'duplicates:list': {
    valid: [{}, { limit: 10 }, { limit: 500 }],
    invalid: [
      ['limit 0', { limit: 0 }],
      ['limit 501', { limit: 501 }],
      ['limit as text', { limit: '5' }],
      ['fractional limit', { limit: 2.5 }],
      ['negative limit', { limit: -1 }],
    ],
  },
  'duplicates:reject': { valid: [{ aId: SOME_ID, bId: OTHER_ID }], invalid: badPair },
  'people:merge': {
    valid: [
      { keepId: SOME_ID, otherId: OTHER_ID },
      { keepId: SOME_ID, otherId: OTHER_ID, take: { displayName: 'other', birthday: 'keep' } },
      { keepId: SOME_ID, otherId: OTHER_ID, take: {} },
      { keepId: SOME_ID, otherId: OTHER_ID, take: { howWeMet: 'other', photo: 'other', notes: 'keep', circle: 'other', cadenceDays: 'keep' } },
    ],
    invalid: [
      ['missing other', { keepId: SOME_ID }],
      ['missing keep', { otherId: OTHER_ID }],
      ['keep id not a UUID', { keepId: 'robert', otherId: OTHER_ID }],
      ['unknown field in take', { keepId: SOME_ID, otherId: SOME_ID, take: { shoeSize: 'other' } }],
      ['take value neither keep nor other', { keepId: SOME_ID, otherId: SOME_ID, take: { displayName: 'both' } }],
      ['take as a string', { keepId: SOME_ID, otherId: OTHER_ID, take: 'other' }],
      ['take as a list', { keepId: SOME_ID, otherId: OTHER_ID, take: ['displayName'] }],
      ['a column name in take', { keepId: SOME_ID, otherId: OTHER_ID, take: { display_name: 'other' } }],
    ],
  },
  'people:merge-undo': {
    valid: [{ mergeId: SOME_ID }],
    invalid: [
      ['missing merge id', {}],
      ['merge id not a UUID', { mergeId: 'x' }],
      ['numeric merge id', { mergeId: 7 }],
      ['empty merge id', { mergeId: '' }],
      ['merge id with SQL in it', { mergeId: `${SOME_ID}' OR 1=1 --` }],
      ['merge ids as a list', { mergeId: [SOME_ID] }],
    ],
  },
} satisfies Record<string, ChannelCases>;
