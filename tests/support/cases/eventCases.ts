import type { Channel } from '../../../shared/ipc/channels';
import { SOME_ID, type ChannelCases, badIds, byId, long } from './helpers';

const AT = '2026-11-23T18:30:00Z';
const touchpoint = { at: AT, channel: 'x_dm', initiatedBy: 'them', personIds: [SOME_ID] };
const pageCases: [string, unknown][] = [
  ['limit 0', { limit: 0 }],
  ['limit 501', { limit: 501 }],
  ['fractional limit', { limit: 2.5 }],
  ['limit as a string', { limit: '10' }],
  ['cursor over 2000 characters', { cursor: long(2001) }],
  ['numeric cursor', { cursor: 5 }],
];

/** Request cases for the event, attendance, touchpoint, timeline, capture and search channels. */
export const EVENT_CASES = {
  'events:create': {
    valid: [
      { name: "Gilda's Club lunch" },
      { name: 'Web Summit', kind: 'conference', startsOn: '2026-11-10', endsOn: '2026-11-13', place: 'Lisbon', link: 'https://websummit.com', notes: 'booth 4' },
      { name: 'Call', kind: 'call', startsOn: '2026-11-23T18:30:00+01:00', endsOn: null, place: '', link: null },
    ],
    invalid: [
      ['missing name', {}],
      ['blank name', { name: '  ' }],
      ['201-character name', { name: long(201) }],
      ['unknown kind', { name: 'X', kind: 'rave' }],
      ['start that is not a date', { name: 'X', startsOn: 'next tuesday' }],
      ['impossible date', { name: 'X', startsOn: '2026-02-30' }],
      ['date-time without offset', { name: 'X', startsOn: '2026-11-23T18:30:00' }],
      ['link that is not http', { name: 'X', link: 'javascript:alert(1)' }],
      ['notes over 20,000 characters', { name: 'X', notes: long(20_001) }],
      ['server-owned field attendees', { name: 'X', attendees: 3 }],
    ],
  },
  'events:get': byId,
  'events:archive': byId,
  'events:unarchive': byId,
  'events:update': {
    valid: [
      { id: SOME_ID, patch: { name: 'Renamed' } },
      { id: SOME_ID, patch: { startsOn: null, endsOn: null, place: null, link: null, notes: null } },
    ],
    invalid: [
      ...badIds({ patch: { name: 'X' } }),
      ['missing patch', { id: SOME_ID }],
      ['empty patch', { id: SOME_ID, patch: {} }],
      ['null name', { id: SOME_ID, patch: { name: null } }],
      ['unknown kind', { id: SOME_ID, patch: { kind: 'rave' } }],
      ['patch with an unknown key', { id: SOME_ID, patch: { startAt: 5 } }],
    ],
  },
  'events:list': {
    valid: [{}, { limit: 1 }, { limit: 500, cursor: 'abc', query: 'summit', includeArchived: true }],
    invalid: [...pageCases, ['query over 200 characters', { query: long(201) }], ['includeArchived as a string', { includeArchived: 'yes' }]],
  },
  'events:attendees': {
    valid: [{ eventId: SOME_ID }, { eventId: SOME_ID, followUp: 'pending', limit: 10, cursor: 'abc' }],
    invalid: [
      ['missing eventId', {}],
      ['eventId that is not a UUID', { eventId: 'x' }],
      ['unknown follow-up state', { eventId: SOME_ID, followUp: 'later' }],
      ['limit 0', { eventId: SOME_ID, limit: 0 }],
      ['limit 501', { eventId: SOME_ID, limit: 501 }],
    ],
  },
  'events:capture': {
    valid: [
      { eventId: SOME_ID, displayName: 'Chuck Flagg' },
      { eventId: SOME_ID, displayName: 'Chuck Flagg', identities: [{ kind: 'x', value: '@theflaggagency' }], interests: ['aviation art'], hook: 'send the HBR article' },
      { eventId: SOME_ID, personId: SOME_ID, hook: '' },
    ],
    invalid: [
      ['neither personId nor displayName', { eventId: SOME_ID }],
      ['both personId and displayName', { eventId: SOME_ID, personId: SOME_ID, displayName: 'Chuck' }],
      ['missing eventId', { displayName: 'Chuck' }],
      ['blank displayName', { eventId: SOME_ID, displayName: ' ' }],
      ['hook over 2000 characters', { eventId: SOME_ID, displayName: 'Chuck', hook: long(2001) }],
      ['81-character interest', { eventId: SOME_ID, displayName: 'Chuck', interests: [long(81)] }],
      ['bad X handle', { eventId: SOME_ID, displayName: 'Chuck', identities: [{ kind: 'x', value: long(16) }] }],
      ['11 identities', { eventId: SOME_ID, displayName: 'Chuck', identities: Array.from({ length: 11 }, (_, i) => ({ kind: 'x', value: `h${i}` })) }],
    ],
  },

  'attendance:add': {
    valid: [{ eventId: SOME_ID, personId: SOME_ID }, { eventId: SOME_ID, personId: SOME_ID, met: false, note: 'saw him across the room' }],
    invalid: [
      ['missing personId', { eventId: SOME_ID }],
      ['missing eventId', { personId: SOME_ID }],
      ['met as a string', { eventId: SOME_ID, personId: SOME_ID, met: 'yes' }],
      ['note over 2000 characters', { eventId: SOME_ID, personId: SOME_ID, note: long(2001) }],
      ['followUp not a state', { eventId: SOME_ID, personId: SOME_ID, followUp: 'later' }],
    ],
  },
  'attendance:update': {
    valid: [{ id: SOME_ID, patch: { followUp: 'done' } }, { id: SOME_ID, patch: { met: false, note: null } }],
    invalid: [
      ...badIds({ patch: { met: true } }),
      ['empty patch', { id: SOME_ID, patch: {} }],
      ['unknown follow-up state', { id: SOME_ID, patch: { followUp: 'later' } }],
      ['patch moving it to another event', { id: SOME_ID, patch: { eventId: SOME_ID } }],
    ],
  },
  'attendance:remove': byId,

  'touchpoints:create': {
    valid: [
      touchpoint,
      { at: '2026-11-23T18:30:00.123+01:00', channel: 'in_person', initiatedBy: 'me', kind: 'intro_made', personIds: [SOME_ID, SOME_ID], eventId: SOME_ID, note: 'lunch' },
      { ...touchpoint, eventId: null, note: null },
    ],
    invalid: [
      ['no people', { ...touchpoint, personIds: [] }],
      ['51 people', { ...touchpoint, personIds: Array.from({ length: 51 }, () => SOME_ID) }],
      ['unknown channel', { ...touchpoint, channel: 'twitter' }],
      ['channel spelled with a hyphen', { ...touchpoint, channel: 'x-dm' }],
      ['unknown initiator', { ...touchpoint, initiatedBy: 'us' }],
      ['unknown kind', { ...touchpoint, kind: 'gossip' }],
      ['time that is not ISO', { ...touchpoint, at: 'yesterday' }],
      ['missing time', { channel: 'x_dm', initiatedBy: 'me', personIds: [SOME_ID] }],
      ['person id that is not a UUID', { ...touchpoint, personIds: ['ada'] }],
      ['note over 20,000 characters', { ...touchpoint, note: long(20_001) }],
    ],
  },
  'touchpoints:get': byId,
  'touchpoints:delete': byId,
  'touchpoints:restore': byId,
  'touchpoints:update': {
    valid: [{ id: SOME_ID, patch: { note: 'edited' } }, { id: SOME_ID, patch: { at: AT, channel: 'email', personIds: [SOME_ID], eventId: null } }],
    invalid: [
      ...badIds({ patch: { note: 'x' } }),
      ['empty patch', { id: SOME_ID, patch: {} }],
      ['no people', { id: SOME_ID, patch: { personIds: [] } }],
      ['unknown channel', { id: SOME_ID, patch: { channel: 'fax' } }],
      ['patch with deletedAt', { id: SOME_ID, patch: { deletedAt: null } }],
    ],
  },
  'touchpoints:recent': {
    valid: [{}, { channels: ['x_dm', 'x_mention'], mode: 'online', limit: 100, cursor: 'abc' }, { mode: 'offline' }],
    invalid: [...pageCases, ['unknown channel', { channels: ['fax'] }], ['channels not a list', { channels: 'x_dm' }], ['unknown mode', { mode: 'both' }]],
  },
  'timeline:person': {
    valid: [{ personId: SOME_ID }, { personId: SOME_ID, limit: 100, cursor: 'abc' }],
    invalid: [
      ['missing personId', {}],
      ['personId that is not a UUID', { personId: 'ada' }],
      ['limit 0', { personId: SOME_ID, limit: 0 }],
      ['limit 501', { personId: SOME_ID, limit: 501 }],
      ['cursor over 2000 characters', { personId: SOME_ID, cursor: long(2001) }],
    ],
  },

  'capture:preview': {
    valid: [{ line: "Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect" }, { line: '@jack' }],
    invalid: [
      ['missing line', {}],
      ['empty line', { line: '' }],
      ['blank line', { line: '   ' }],
      ['line over 2000 characters', { line: long(2001) }],
      ['numeric line', { line: 42 }],
    ],
  },
  'capture:commit': {
    valid: [{ line: 'Chuck Flagg @theflaggagency' }, { line: 'Chuck', personId: SOME_ID, eventId: null }, { line: 'Chuck', personId: null, eventId: SOME_ID }],
    invalid: [
      ['missing line', { personId: SOME_ID }],
      ['blank line', { line: ' ' }],
      ['line over 2000 characters', { line: long(2001) }],
      ['personId that is not a UUID', { line: 'Chuck', personId: 'chuck' }],
      ['eventId that is not a UUID', { line: 'Chuck', eventId: 'lunch' }],
    ],
  },
  'search:all': {
    valid: [{ query: 'ada' }, { query: '', limit: 50 }],
    invalid: [
      ['missing query', {}],
      ['query over 200 characters', { query: long(201) }],
      ['limit 0', { query: 'a', limit: 0 }],
      ['limit 51', { query: 'a', limit: 51 }],
      ['numeric query', { query: 7 }],
    ],
  },
} satisfies Partial<Record<Channel, ChannelCases>>;
