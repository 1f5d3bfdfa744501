import type { Channel } from '../../../shared/ipc/channels';
import { SOME_ID, type ChannelCases, badIds, byId, long } from './helpers';

const AT = '2026-11-23T18:30:00Z';

/** Request cases for reminders, the inbox, circles, reconnect, health, prune and Today. */
export const REMINDER_CASES = {
  'reminders:create': {
    valid: [
      { personId: SOME_ID, due: '2026-11-25' },
      { title: 'Send the deck', due: AT, note: 'the Q3 one' },
      { title: 'Weekly review', due: AT, rrule: 'FREQ=WEEKLY;BYDAY=MO' },
      { title: 'Wedding anniversary', anniversary: '--06-14', personId: SOME_ID },
      { personId: SOME_ID, eventId: SOME_ID, due: AT, rrule: 'RRULE:FREQ=MONTHLY' },
    ],
    invalid: [
      ['no title and no person', { due: AT }],
      ['no due date', { title: 'x' }],
      ['due that is not a date', { title: 'x', due: 'next tuesday' }],
      ['date-time without offset', { title: 'x', due: '2026-11-23T18:30:00' }],
      ['rrule without FREQ', { title: 'x', due: AT, rrule: 'BYDAY=MO' }],
      ['501-character rrule', { title: 'x', due: AT, rrule: `FREQ=DAILY;${long(500)}` }],
      ['anniversary and rrule together', { title: 'x', anniversary: '--06-14', rrule: 'FREQ=YEARLY' }],
      ['impossible anniversary', { title: 'x', anniversary: '--02-30' }],
      ['201-character title', { title: long(201), due: AT }],
      ['person id that is not a UUID', { personId: 'bob', due: AT }],
      ['numeric due', { title: 'x', due: 20261123 }],
    ],
  },
  'reminders:get': byId,
  'reminders:update': {
    valid: [
      { id: SOME_ID, patch: { title: 'New' } },
      { id: SOME_ID, patch: { due: '2026-12-01', rrule: null } },
    ],
    invalid: [...badIds({ patch: { title: 'x' } }), ['empty patch', { id: SOME_ID, patch: {} }], ['unknown field', { id: SOME_ID, patch: { status: 'done' } }]],
  },
  'reminders:list': {
    valid: [{}, { status: 'due', limit: 20 }, { status: 'all', personId: SOME_ID, cursor: 'abc' }],
    invalid: [
      ['unknown status', { status: 'late' }],
      ['limit 501', { limit: 501 }],
      ['person id that is not a UUID', { personId: 'x' }],
      ['fractional limit', { limit: 2.5 }],
      ['numeric cursor', { cursor: 5 }],
    ],
  },
  'reminders:complete': {
    valid: [{ id: SOME_ID }, { id: SOME_ID, log: { channel: 'call' } }, { id: SOME_ID, log: { channel: 'x_dm', initiatedBy: 'them', kind: 'thanks', note: 'hi', at: AT } }],
    invalid: [...badIds(), ['log without a channel', { id: SOME_ID, log: {} }], ['log with an unknown channel', { id: SOME_ID, log: { channel: 'pigeon' } }]],
  },
  'reminders:snooze': {
    valid: [{ id: SOME_ID, preset: 'tomorrow_morning' }, { id: SOME_ID, until: AT }],
    invalid: [
      ...badIds({ preset: 'next_week' }),
      ['neither preset nor until', { id: SOME_ID }],
      ['both preset and until', { id: SOME_ID, preset: 'next_week', until: AT }],
      ['unknown preset', { id: SOME_ID, preset: 'someday' }],
    ],
  },
  'reminders:dismiss': byId,
  'reminders:reopen': byId,
  'reminders:settings': { valid: [undefined, {}], invalid: [] },
  'reminders:update-settings': {
    valid: [{ timeZone: 'Europe/London' }, { digestHour: 8, morningHour: 7, eventFollowUpDays: 0, notifications: false }, { digestHour: null }],
    invalid: [
      ['unknown time zone', { timeZone: 'Mars/Olympus' }],
      ['hour 24', { morningHour: 24 }],
      ['negative follow-up days', { eventFollowUpDays: -1 }],
      ['notifications as a string', { notifications: 'yes' }],
      ['65-character time zone', { timeZone: long(65) }],
    ],
  },
  'inbox:list': {
    valid: [undefined, {}, { limit: 10 }],
    invalid: [['limit 201', { limit: 201 }], ['limit 0', { limit: 0 }], ['fractional limit', { limit: 1.5 }], ['limit as a string', { limit: '10' }], ['a cursor', { cursor: 'x' }]],
  },
  'inbox:mark-read': {
    valid: [{}, { ids: ['a', 'b'] }],
    invalid: [
      ['ids as a string', { ids: 'a' }],
      ['501 ids', { ids: Array(501).fill('a') }],
      ['numeric ids', { ids: [1, 2] }],
      ['65-character id', { ids: [long(65)] }],
      ['null ids', { ids: null }],
    ],
  },
  'circles:list': { valid: [undefined, {}], invalid: [] },
  'circles:update': {
    valid: [{ id: 'inner', cadenceDays: 10 }],
    invalid: [
      ['unknown circle', { id: 'besties', cadenceDays: 10 }],
      ['cadence 0', { id: 'inner', cadenceDays: 0 }],
      ['cadence over ten years', { id: 'inner', cadenceDays: 3651 }],
      ['fractional cadence', { id: 'inner', cadenceDays: 1.5 }],
      ['missing cadence', { id: 'inner' }],
    ],
  },
  'reconnect:list': {
    valid: [{}, { limit: 50 }],
    invalid: [['limit 51', { limit: 51 }], ['limit 0', { limit: 0 }], ['fractional limit', { limit: 2.5 }], ['limit as a string', { limit: '5' }], ['a cursor', { cursor: 'x' }]],
  },
  'reconnect:hide': {
    valid: [{ personId: SOME_ID, mode: 'not_now' }, { personId: SOME_ID, mode: 'snooze', until: AT }],
    invalid: [
      ['unknown mode', { personId: SOME_ID, mode: 'forever' }],
      ['missing person', { mode: 'snooze' }],
      ['missing mode', { personId: SOME_ID }],
      ['until that is not a date-time', { personId: SOME_ID, mode: 'snooze', until: 'next week' }],
      ['person id that is not a UUID', { personId: 'sam', mode: 'snooze' }],
    ],
  },
  'reconnect:unhide': {
    valid: [{ personId: SOME_ID }],
    invalid: [['missing person', {}], ['person id that is not a UUID', { personId: 'sam' }], ['numeric person', { personId: 1 }], ['empty person', { personId: '' }], ['null person', { personId: null }]],
  },
  'health:person': byId,
  'prune:list': {
    valid: [{}, { limit: 10 }],
    invalid: [['limit 501', { limit: 501 }], ['limit 0', { limit: 0 }], ['fractional limit', { limit: 2.5 }], ['numeric cursor', { cursor: 5 }], ['cursor over 2000 characters', { cursor: long(2001) }]],
  },
  'prune:keep': {
    valid: [{ personId: SOME_ID, keep: true }, { personId: SOME_ID, keep: false }],
    invalid: [
      ['missing keep', { personId: SOME_ID }],
      ['keep as a string', { personId: SOME_ID, keep: 'yes' }],
      ['missing person', { keep: true }],
      ['person id that is not a UUID', { personId: 'sam', keep: true }],
      ['null keep', { personId: SOME_ID, keep: null }],
    ],
  },
  'today:get': {
    valid: [undefined, {}, { reconnectLimit: 3 }],
    invalid: [
      ['reconnect limit 51', { reconnectLimit: 51 }],
      ['negative reconnect limit', { reconnectLimit: -1 }],
      ['fractional reconnect limit', { reconnectLimit: 1.5 }],
      ['reconnect limit as a string', { reconnectLimit: '5' }],
      ['unknown option', { limit: 5 }],
    ],
  },
} satisfies Partial<Record<Channel, ChannelCases>>;
