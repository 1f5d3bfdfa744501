import { describe, expect, it } from 'vitest';
import type { Req } from '../../shared/ipc/contract';
import { DAY, useClockedCore } from '../support/clock';
import { dbDigest } from '../support/core';

// Saturday 24 October 2026, 20:00 in London (BST, UTC+1); the clocks go back at 02:00 on Sunday 25th.
const env = useClockedCore('2026-10-24T19:00:00Z', 'Europe/London');

const create = (req: Req<'reminders:create'>) => env.call('reminders:create', req);

describe('creating reminders', () => {
  it('a one-off on a date is all day, at the morning hour in the user zone', async () => {
    const r = await create({ title: 'Send the deck', due: '2026-10-26' });
    expect(r).toMatchObject({ kind: 'one_off', allDay: true, dueAt: '2026-10-26T09:00:00.000Z', status: 'open', timing: 'upcoming' });
  });

  it('about a person defaults the title, and NOT_FOUND names an unknown person', async () => {
    const sam = await env.call('people:create', { displayName: 'Sam Rivera' });
    expect((await create({ personId: sam.id, due: '2026-10-25T12:00:00Z' })).title).toBe('Get in touch with Sam Rivera');
    expect(await env.core.dispatch('reminders:create', { personId: '01a209a4-1a60-7446-b578-4901cb4ce0a6', due: '2026-10-25' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('names the field in the details, as schema problems do', async () => {
    expect(await env.core.dispatch('reminders:create', { title: 'x', due: '2026-10-25', rrule: 'FREQ=FORTNIGHTLY' })).toMatchObject({
      ok: false,
      error: { details: [{ path: 'rrule', message: 'FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY' }] },
    });
  });

  it.each([
    ['an RRULE ical.js refuses', { title: 'x', due: '2026-10-25', rrule: 'FREQ=FORTNIGHTLY' }, /^rrule FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY$/],
    ['a minutely RRULE', { title: 'x', due: '2026-10-25', rrule: 'FREQ=MINUTELY' }, /^rrule repeats too often/],
    ['a date that does not exist', { title: 'x', due: '2026-02-30' }, /due must be YYYY-MM-DD/],
  ])('refuses %s with INVALID_INPUT and writes nothing', async (_label, req, message) => {
    const before = dbDigest(env.sqlite);
    expect(await env.core.dispatch('reminders:create', req)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    expect(dbDigest(env.sqlite)).toBe(before);
  });
});

describe('recurring reminders across a daylight-saving change', () => {
  it('a weekly 9:00 stays at 9:00 local when the clocks go back', async () => {
    const r = await create({ title: 'Weekly review', due: '2026-10-18T09:00:00+01:00', rrule: 'FREQ=WEEKLY' });
    env.clock.set('2026-10-18T10:00:00Z');
    const { reminder, next } = await env.call('reminders:complete', { id: r.id });
    expect(reminder.status).toBe('done');
    // 09:00 BST on 18 Oct is 08:00Z; 09:00 GMT on 25 Oct is 09:00Z.
    expect(next).toMatchObject({ kind: 'recurring', dueAt: '2026-10-25T09:00:00.000Z', rrule: 'FREQ=WEEKLY', status: 'open' });
  });

  it('a daily reminder completed late skips to the next occurrence after now, not one in the past', async () => {
    const r = await create({ title: 'Stretch', due: '2026-10-20T07:30:00+01:00', rrule: 'FREQ=DAILY' });
    const { next } = await env.call('reminders:complete', { id: r.id });
    expect(next!.dueAt).toBe('2026-10-25T07:30:00.000Z');
  });

  it('in New York the same rule follows the US change a week later', async () => {
    await env.call('reminders:update-settings', { timeZone: 'America/New_York' });
    const r = await create({ title: 'Standup', due: '2026-10-30T09:00:00-04:00', rrule: 'FREQ=DAILY;COUNT=5' });
    env.clock.set('2026-11-01T02:00:00Z');
    const { next } = await env.call('reminders:complete', { id: r.id });
    expect(next!.dueAt).toBe('2026-11-01T14:00:00.000Z'); // 09:00 EST, the day the clocks changed
  });

  it('a rule that has ended has no next occurrence', async () => {
    const r = await create({ title: 'Twice', due: '2026-10-20T09:00:00Z', rrule: 'FREQ=DAILY;COUNT=2' });
    expect((await env.call('reminders:complete', { id: r.id })).next).toBeNull();
  });

  it('reopening a completed occurrence removes the next one it created', async () => {
    const r = await create({ title: 'Weekly', due: '2026-10-24T09:00:00Z', rrule: 'FREQ=WEEKLY' });
    const { next } = await env.call('reminders:complete', { id: r.id });
    expect((await env.call('reminders:reopen', { id: r.id })).status).toBe('open');
    expect(await env.core.dispatch('reminders:get', { id: next!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await env.call('reminders:list', {})).items.map((i) => i.id)).toEqual([r.id]);
  });
});

describe('snoozing', () => {
  it('tomorrow morning across the change is 09:00 GMT; the reminder leaves "due" until then', async () => {
    const r = await create({ title: 'Call back', due: '2026-10-24T18:00:00Z' });
    expect((await env.call('reminders:list', { status: 'due' })).items.map((i) => i.id)).toEqual([r.id]);
    const snoozed = await env.call('reminders:snooze', { id: r.id, preset: 'tomorrow_morning' });
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-10-25T09:00:00.000Z', nextAt: '2026-10-25T09:00:00.000Z' });
    expect((await env.call('reminders:list', { status: 'due' })).items).toEqual([]);
    expect((await env.call('reminders:list', { status: 'snoozed' })).items.map((i) => i.id)).toEqual([r.id]);
    env.clock.set('2026-10-25T09:00:00Z');
    expect((await env.call('reminders:list', { status: 'due' })).items.map((i) => i.id)).toEqual([r.id]);
  });

  it.each([
    ['later_today', '2026-10-24T22:00:00.000Z'],
    ['next_week', '2026-10-26T09:00:00.000Z'],
  ] as const)('%s ends at %s', async (preset, until) => {
    const r = await create({ title: 'x', due: '2026-10-24T18:00:00Z' });
    expect((await env.call('reminders:snooze', { id: r.id, preset })).snoozedUntil).toBe(until);
  });

  it('refuses a time in the past, and snoozing a done reminder (CONFLICT)', async () => {
    const r = await create({ title: 'x', due: '2026-10-24T18:00:00Z' });
    expect(await env.core.dispatch('reminders:snooze', { id: r.id, until: '2026-10-01T00:00:00Z' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await env.call('reminders:complete', { id: r.id });
    expect(await env.core.dispatch('reminders:snooze', { id: r.id, preset: 'next_week' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('completing', () => {
  it('done and logged in one step: the touchpoint is on their timeline and their cadence restarts', async () => {
    const sam = await env.call('people:create', { displayName: 'Sam', circle: 'inner' });
    env.clock.advance(20 * DAY);
    expect((await env.call('reconnect:list', {})).map((i) => i.personId)).toEqual([sam.id]);
    const r = await create({ personId: sam.id, due: '2026-11-13' });
    const { touchpointId } = await env.call('reminders:complete', { id: r.id, log: { channel: 'call', note: 'caught up' } });
    const timeline = await env.call('timeline:person', { personId: sam.id });
    expect(timeline.items.map((e) => e.type)).toContain('touchpoint');
    expect(timeline.items.find((e) => e.type === 'touchpoint')!.id).toBe(touchpointId);
    expect(timeline.items.find((e) => e.type === 'reminder_done')).toMatchObject({ title: 'Get in touch with Sam' });
    expect(await env.call('reconnect:list', {})).toEqual([]);
  });

  it('logging needs a person on the reminder', async () => {
    const r = await create({ title: 'Buy stamps', due: '2026-10-25' });
    const before = dbDigest(env.sqlite);
    expect(await env.core.dispatch('reminders:complete', { id: r.id, log: { channel: 'call' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dbDigest(env.sqlite)).toBe(before);
  });

  it('dismiss and reopen', async () => {
    const r = await create({ title: 'x', due: '2026-10-25' });
    expect((await env.call('reminders:dismiss', { id: r.id })).status).toBe('dismissed');
    expect((await env.call('reminders:list', { status: 'dismissed' })).items).toHaveLength(1);
    expect((await env.call('reminders:reopen', { id: r.id })).status).toBe('open');
  });
});

describe('anniversaries and birthdays', () => {
  it('an anniversary comes back every year', async () => {
    const r = await create({ title: 'Wedding anniversary', anniversary: '2019-06-14' });
    expect(r).toMatchObject({ kind: 'anniversary', dueAt: '2027-06-14T08:00:00.000Z', date: '2019-06-14' });
    env.clock.set('2027-06-14T12:00:00Z');
    expect((await env.call('reminders:complete', { id: r.id })).next!.dueAt).toBe('2028-06-14T08:00:00.000Z');
  });

  it('birthday reminders appear two weeks ahead, once, and follow a changed birthday', async () => {
    const ada = await env.call('people:create', { displayName: 'Ada', birthday: '1990-11-05' });
    await env.call('people:create', { displayName: 'Later', birthday: '--12-25' });
    const list = async () => (await env.call('reminders:list', {})).items.map((r) => [r.kind, r.title, r.dueAt]);
    expect(await list()).toEqual([['birthday', "Ada's birthday (turns 36)", '2026-11-05T09:00:00.000Z']]);
    expect(await list()).toHaveLength(1);
    await env.call('people:update', { id: ada.id, patch: { birthday: '--11-06' } });
    expect(await list()).toEqual([['birthday', "Ada's birthday", '2026-11-06T09:00:00.000Z']]);
  });

  it('29 February falls on the 28th in other years', async () => {
    await env.call('people:create', { displayName: 'Leap', birthday: '2000-02-29' });
    env.clock.set('2027-02-20T12:00:00Z');
    expect((await env.call('today:get', {})).birthdays).toEqual([]);
    env.clock.set('2027-02-23T12:00:00Z');
    expect((await env.call('today:get', {})).birthdays).toMatchObject([{ on: '2027-02-28', inDays: 5, turns: 27 }]);
  });
});

describe('event follow-ups', () => {
  it('meeting someone at an event creates a follow-up due two days later, unless the event turns them off', async () => {
    const event = await env.call('events:create', { name: 'Web Summit', startsOn: '2026-10-24' });
    const quiet = await env.call('events:create', { name: 'Funeral', startsOn: '2026-10-24', followUpDays: 0 });
    const { person } = await env.call('events:capture', { eventId: event.id, displayName: 'Lena', identities: [], interests: [] });
    await env.call('events:capture', { eventId: quiet.id, displayName: 'Cousin', identities: [], interests: [] });
    const items = (await env.call('reminders:list', {})).items;
    expect(items.map((r) => [r.kind, r.person?.id, r.dueAt])).toEqual([['event_follow_up', person.id, '2026-10-26T19:00:00.000Z']]);
  });

  it('the setting changes the delay, and 0 turns follow-ups off everywhere', async () => {
    await env.call('reminders:update-settings', { eventFollowUpDays: 5 });
    const event = await env.call('events:create', { name: 'Dinner' });
    const sam = await env.call('people:create', { displayName: 'Sam' });
    await env.call('attendance:add', { eventId: event.id, personId: sam.id });
    expect((await env.call('reminders:list', {})).items.map((r) => r.dueAt)).toEqual(['2026-10-29T19:00:00.000Z']);
    await env.call('reminders:update-settings', { eventFollowUpDays: 0 });
    const other = await env.call('people:create', { displayName: 'Other' });
    await env.call('attendance:add', { eventId: event.id, personId: other.id });
    expect((await env.call('reminders:list', {})).items).toHaveLength(1);
  });

  it('quick capture at an event where the follow-up was already done sets no new reminder', async () => {
    const event = await env.call('events:create', { name: 'Meetup', startsOn: '2026-10-20' });
    const { person, attendance } = await env.call('events:capture', { eventId: event.id, displayName: 'Lena', identities: [], interests: [] });
    await env.call('attendance:update', { id: attendance.id, patch: { followUp: 'done' } });
    const [first] = (await env.call('reminders:list', { personId: person.id })).items;
    await env.call('reminders:dismiss', { id: first!.id });
    await env.call('capture:commit', { line: 'Lena met at Meetup', personId: person.id, eventId: event.id });
    expect((await env.call('reminders:list', { personId: person.id })).items).toEqual([]);
  });

  it('marking the follow-up done settles the attendance', async () => {
    const event = await env.call('events:create', { name: 'Meetup', startsOn: '2026-10-20' });
    const { person } = await env.call('events:capture', { eventId: event.id, displayName: 'Lena', identities: [], interests: [] });
    const [reminder] = (await env.call('reminders:list', { personId: person.id })).items;
    await env.call('reminders:complete', { id: reminder!.id });
    expect((await env.call('events:attendees', { eventId: event.id })).items[0]!.followUp).toBe('done');
    expect((await env.call('today:get', {})).followUps).toEqual([]);
  });
});

describe('Today', () => {
  it('gathers overdue and due-today reminders, the reconnect top, events awaiting follow-up and birthdays', async () => {
    const overdue = await create({ title: 'Overdue', due: '2026-10-22' });
    const today = await create({ title: 'Today', due: '2026-10-24T21:00:00Z' });
    await create({ title: 'Tomorrow', due: '2026-10-25' });
    const event = await env.call('events:create', { name: 'Web Summit', startsOn: '2026-10-20' });
    await env.call('events:capture', { eventId: event.id, displayName: 'Lena', identities: [], interests: [] });
    await env.call('people:create', { displayName: 'Bday', birthday: '--10-27' });
    const view = await env.call('today:get', {});
    expect(view.overdue.map((r) => r.id)).toContain(overdue.id);
    expect(view.dueToday.map((r) => r.id)).toEqual([today.id]);
    expect(view.followUps).toMatchObject([{ event: { name: 'Web Summit' }, pending: 1, people: [{ name: 'Lena' }] }]);
    expect(view.birthdays).toMatchObject([{ person: { name: 'Bday' }, on: '2026-10-27', inDays: 3, turns: null }]);
    expect(view.reconnect.map((i) => i.name)).toEqual(['Lena', 'Bday']);
  });
});

describe('settings', () => {
  it('a new zone or morning hour keeps all-day reminders on their calendar day, at the new hour', async () => {
    const allDay = await create({ title: 'All day', due: '2026-10-30' });
    const timed = await create({ title: 'Timed', due: '2026-10-30T15:00:00Z' });
    await env.call('reminders:update-settings', { timeZone: 'Asia/Tokyo', morningHour: 8 });
    expect((await env.call('reminders:get', { id: allDay.id })).dueAt).toBe('2026-10-29T23:00:00.000Z'); // 08:00 on the 30th in Tokyo
    expect((await env.call('reminders:get', { id: timed.id })).dueAt).toBe('2026-10-30T15:00:00.000Z');
  });

  it('says what is wrong in words a person can read', async () => {
    expect(await env.core.dispatch('reminders:update-settings', { morningHour: 24 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'invalid request: morningHour must be an hour (0–23)' },
    });
    expect(await env.core.dispatch('circles:update', { id: 'inner', cadenceDays: 0 })).toMatchObject({
      ok: false,
      error: { message: 'invalid request: cadenceDays must be at least 1 day' },
    });
  });
});
