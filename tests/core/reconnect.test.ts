import { describe, expect, it } from 'vitest';
import { TOUCHPOINT_CHANNELS, type TouchpointKind } from '../../shared/domain/touchpoint';
import type { Req } from '../../shared/ipc/contract';
import { DAY, useClockedCore } from '../support/clock';

// Monday 1 June 2026, 10:00 UTC.
const env = useClockedCore('2026-06-01T10:00:00Z');

async function person(name: string, extra: Partial<Req<'people:create'>> = {}) {
  return env.call('people:create', { displayName: name, ...extra });
}

async function touch(personId: string, daysAgo: number, extra: Partial<Req<'touchpoints:create'>> = {}) {
  return env.call('touchpoints:create', { at: env.clock.ago(daysAgo), channel: 'call', initiatedBy: 'me', personIds: [personId], ...extra });
}

const reconnect = (limit = 10) => env.call('reconnect:list', { limit });
const codes = async (personId: string) => (await reconnect(50)).find((i) => i.personId === personId)?.reasons.map((r) => r.code) ?? [];

describe('overdue', () => {
  it('lists a person past their circle cadence with the days and the aim in a sentence', async () => {
    const sam = await person('Sam Rivera', { circle: 'inner' });
    await touch(sam.id, 30);
    const [item] = await reconnect();
    expect(item).toMatchObject({ personId: sam.id, name: 'Sam Rivera', score: 35, cadence: { state: 'overdue', cadenceDays: 14, source: 'circle', daysOverdue: 16 } });
    expect(item!.reasons).toEqual([{ code: 'overdue', points: 35, text: 'Last talked 30 days ago; you aim for every 14 (16 days overdue).' }]);
    expect(item!.opener).toBe("Hey Sam, it's been a while! What are you working on these days?");
  });

  it("uses the person's own cadence over the circle's, and the circle's new cadence when it is edited", async () => {
    const own = await person('Own Cadence', { circle: 'network', cadenceDays: 10 });
    const circle = await person('Circle Cadence', { circle: 'network' });
    await touch(own.id, 20);
    await touch(circle.id, 20);
    expect((await reconnect()).map((i) => i.name)).toEqual(['Own Cadence']);
    await env.call('circles:update', { id: 'network', cadenceDays: 15 });
    expect((await reconnect()).map((i) => [i.name, i.cadence.cadenceDays])).toEqual([
      ['Own Cadence', 10],
      ['Circle Cadence', 15],
    ]);
  });

  it('counts from when they were added if there is no touchpoint yet', async () => {
    const ada = await person('Ada', { circle: 'inner' });
    expect(await codes(ada.id)).toEqual([]);
    env.clock.advance(15 * DAY);
    expect((await reconnect())[0]!.reasons[0]!.text).toBe('No touchpoint yet; you aim for every 14 (1 day overdue).');
  });

  it.each(TOUCHPOINT_CHANNELS.flatMap((channel) => (['me', 'them'] as const).map((by) => [channel, by] as const)))(
    'is reset by a %s touchpoint started by %s',
    async (channel, initiatedBy) => {
      const sam = await person('Sam', { circle: 'close' });
      await touch(sam.id, 60);
      expect(await codes(sam.id)).toEqual(['overdue']);
      await touch(sam.id, 0, { channel, initiatedBy });
      expect(await codes(sam.id)).toEqual([]);
      expect((await env.call('health:person', { id: sam.id })).cadence.state).toBe('ok');
    },
  );

  it('moves back when the newest touchpoint is deleted, and away again when it is restored', async () => {
    const sam = await person('Sam', { circle: 'close' });
    await touch(sam.id, 60);
    const recent = await touch(sam.id, 1);
    expect(await codes(sam.id)).toEqual([]);
    await env.call('touchpoints:delete', { id: recent.id });
    expect(await codes(sam.id)).toEqual(['overdue']);
    await env.call('touchpoints:restore', { id: recent.id });
    expect(await codes(sam.id)).toEqual([]);
  });

  it('shows "due soon" within a fifth of the cadence (at most a week) before the date', async () => {
    const sam = await person('Sam', { circle: 'network' });
    await touch(sam.id, 80);
    expect((await env.call('health:person', { id: sam.id })).cadence).toMatchObject({ state: 'ok', daysOverdue: -10 });
    env.clock.advance(4 * DAY);
    expect((await env.call('health:person', { id: sam.id })).cadence).toMatchObject({ state: 'due_soon', daysOverdue: -6 });
  });
});

describe('event_followup', () => {
  async function meetAt(daysAgo: number, note?: string) {
    const event = await env.call('events:create', { name: "Gilda's Club lunch", startsOn: env.clock.ago(daysAgo).slice(0, 10) });
    const { person: met } = await env.call('events:capture', { eventId: event.id, displayName: 'Lena Ortiz', hook: note, identities: [], interests: [] });
    return { event, met };
  }

  it('appears 48 hours after the meeting with the event in the sentence', async () => {
    const { met } = await meetAt(1);
    expect(await codes(met.id)).toEqual([]);
    env.clock.advance(2 * DAY);
    const item = (await reconnect()).find((i) => i.personId === met.id)!;
    expect(item.reasons).toEqual([{ code: 'event_followup', points: 70, text: "Met at Gilda's Club lunch 3 days ago; not followed up yet." }]);
    expect(item.opener).toBe("Hi Lena, great meeting you at Gilda's Club lunch! Would love to keep the conversation going.");
  });

  it('shows the capture note in the reason, not in the opener (it is the user\'s note about them)', async () => {
    const { met } = await meetAt(3, 'wants an intro to Kofi');
    const item = (await reconnect()).find((i) => i.personId === met.id)!;
    expect(item.reasons[0]!.text).toBe("Met at Gilda's Club lunch 3 days ago (your note: “wants an intro to Kofi”); not followed up yet.");
    expect(item.opener).not.toContain('Kofi');
  });

  it('is settled by any later touchpoint: attendance done, the follow-up reminder done, gone from the list', async () => {
    const { event, met } = await meetAt(3);
    const [reminder] = (await env.call('reminders:list', { personId: met.id })).items;
    expect(reminder).toMatchObject({ kind: 'event_follow_up', title: "Follow up with Lena Ortiz (met at Gilda's Club lunch)" });
    await touch(met.id, 0, { channel: 'email' });
    expect(await codes(met.id)).toEqual([]);
    expect((await env.call('reminders:get', { id: reminder!.id })).status).toBe('done');
    expect((await env.call('events:attendees', { eventId: event.id })).items[0]!.followUp).toBe('done');
  });

  it('is not settled by a touchpoint logged at the event itself', async () => {
    const { event, met } = await meetAt(3);
    await touch(met.id, 3, { channel: 'in_person', eventId: event.id });
    expect(await codes(met.id)).toEqual(['event_followup']);
  });

  it('leaves events older than 60 days alone', async () => {
    const { met } = await meetAt(61);
    expect(await codes(met.id)).toEqual([]);
  });
});

describe('dormant_tie', () => {
  async function history(byMe: number, byThem: number, daysAgo: number) {
    const old = await person('Old Friend');
    for (let i = 0; i < byMe; i++) await touch(old.id, daysAgo + i);
    for (let i = 0; i < byThem; i++) await touch(old.id, daysAgo + i, { initiatedBy: 'them', channel: 'x_dm' });
    return old;
  }

  it('finds a two-way tie without a cadence that went quiet for half a year or more', async () => {
    const old = await history(3, 4, 400);
    const item = (await reconnect()).find((i) => i.personId === old.id)!;
    expect(item.reasons).toEqual([{ code: 'dormant_tie', points: 32, text: '7 touchpoints both ways (4 started by them), then quiet for 13 months.' }]);
  });

  it.each([
    ['one-way', 6, 0, 400],
    ['only two from them', 4, 2, 400],
    ['quiet for less than 180 days', 3, 3, 170],
  ])('ignores %s', async (_label, byMe, byThem, daysAgo) => {
    const old = await history(byMe, byThem, daysAgo);
    expect(await codes(old.id)).toEqual([]);
  });
});

describe('reciprocity_owed', () => {
  async function favour(personId: string, kind: TouchpointKind, initiatedBy: 'me' | 'them', daysAgo: number) {
    await touch(personId, daysAgo, { kind, initiatedBy });
  }

  it('lists someone who gave more favours than they got lately, and thanks them in the opener', async () => {
    const maya = await person('Maya Chen');
    await favour(maya.id, 'intro_received', 'them', 10);
    await favour(maya.id, 'help_received', 'them', 5);
    await favour(maya.id, 'compliment', 'me', 4);
    const item = (await reconnect()).find((i) => i.personId === maya.id)!;
    expect(item.reasons).toEqual([
      { code: 'reciprocity_owed', points: 30, text: 'Lately they gave 2 favours (help, intros, kind words, gifts) and got 1 back.' },
    ]);
    // The newest favour received (help, 5 days ago) is the one thanked for.
    expect(item.opener).toBe('Thanks again for your help, Maya. Is there anything I can do for you right now?');
  });

  it('ignores favours returned in full and favours older than 90 days', async () => {
    const even = await person('Even');
    await favour(even.id, 'help_received', 'them', 10);
    await favour(even.id, 'gift', 'me', 3);
    const old = await person('Old');
    await favour(old.id, 'help_received', 'them', 100);
    expect(await codes(even.id)).toEqual([]);
    expect(await codes(old.id)).toEqual([]);
  });
});

describe('birthday', () => {
  it('lists birthdays in the next 7 days, more points the sooner, with the age when the year is known', async () => {
    const soon = await person('Soon', { birthday: '1986-06-04' });
    const today = await person('Today', { birthday: '--06-01' });
    const later = await person('Later', { birthday: '--06-09' });
    const items = await reconnect();
    expect(items.map((i) => [i.name, i.reasons[0]!.text, i.score])).toEqual([
      ['Today', 'Birthday today.', 60],
      ['Soon', 'Birthday in 3 days (turns 40).', 45],
    ]);
    expect(items[0]!.opener).toBe('Happy birthday, Today! Hope the year ahead is a great one.');
    expect(items.map((i) => i.personId)).toEqual([today.id, soon.id]);
    expect(await codes(later.id)).toEqual([]);
  });
});

describe('shared_interest', () => {
  it('adds no points but shapes the opener from the last note, else an interest', async () => {
    const withNote = await person('Noted', { circle: 'inner', interests: ['college football'] });
    await touch(withNote.id, 30, { note: 'Bulldogs game on Saturday' });
    const interestOnly = await person('Fan', { circle: 'inner', interests: ['sailing'] });
    await touch(interestOnly.id, 30);
    const items = await reconnect();
    const noted = items.find((i) => i.personId === withNote.id)!;
    expect(noted.reasons.map((r) => [r.code, r.points])).toEqual([
      ['overdue', 35],
      ['shared_interest', 0],
    ]);
    expect(noted.reasons[1]!.text).toBe('Into college football; last time: “Bulldogs game on Saturday”.');
    expect(noted.opener).toBe("Hey Noted, it's been a while! I was thinking about our last chat (“Bulldogs game on Saturday”) — how are things, and how's college football going?");
    expect(items.find((i) => i.personId === interestOnly.id)!.opener).toBe("Hey Fan, it's been a while! How's sailing going these days?");
  });
});

describe('ranking', () => {
  it('sums the points of all reasons and breaks ties by days overdue, then silence, then id — the same every time', async () => {
    const a = await person('A', { circle: 'inner' });
    const b = await person('B', { circle: 'inner' });
    const c = await person('C', { circle: 'inner', birthday: '--06-03' });
    for (const p of [a, b, c]) await touch(p.id, 20);
    const first = await reconnect();
    expect(first.map((i) => i.name)).toEqual(['C', ...[a, b].sort((x, y) => x.id.localeCompare(y.id)).map((p) => p.displayName)]);
    expect(first[0]!.score).toBe(first[0]!.reasons.reduce((s, r) => s + r.points, 0));
    expect(first[0]!.score).toBe(32 + 50);
    expect(await reconnect()).toEqual(first);
  });

  it('finds a high scorer deep down the overdue index (exact top N, not the first N read)', async () => {
    for (let i = 0; i < 12; i++) await touch((await person(`Overdue ${i}`, { circle: 'inner' })).id, 60 + i);
    const birthday = await person('Birthday Person', { circle: 'inner', birthday: '--06-01' });
    await touch(birthday.id, 15);
    const top = await reconnect(3);
    expect(top.map((i) => i.name)).toEqual(['Birthday Person', 'Overdue 11', 'Overdue 10']);
  });
});

describe('hiding suggestions', () => {
  it('snooze hides for a week, not now for 30 days, unhide brings them back', async () => {
    const sam = await person('Sam', { circle: 'inner' });
    await touch(sam.id, 30);
    expect((await env.call('reconnect:hide', { personId: sam.id, mode: 'snooze' })).hiddenUntil).toBe('2026-06-08T10:00:00.000Z');
    expect(await codes(sam.id)).toEqual([]);
    env.clock.advance(7 * DAY);
    expect(await codes(sam.id)).toEqual(['overdue']);
    await env.call('reconnect:hide', { personId: sam.id, mode: 'not_now' });
    env.clock.advance(29 * DAY);
    expect(await codes(sam.id)).toEqual([]);
    await env.call('reconnect:unhide', { personId: sam.id });
    expect(await codes(sam.id)).toEqual(['overdue']);
  });

  it('refuses an unknown person and a time in the past', async () => {
    expect(await env.core.dispatch('reconnect:hide', { personId: '01a209a4-1a60-7446-b578-4901cb4ce0a6', mode: 'snooze' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const sam = await person('Sam');
    expect(await env.core.dispatch('reconnect:hide', { personId: sam.id, mode: 'snooze', until: '2020-01-01T00:00:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('until') },
    });
  });

  it('leaves archived people out', async () => {
    const sam = await person('Sam', { circle: 'inner' });
    await touch(sam.id, 30);
    await env.call('people:archive', { id: sam.id });
    expect(await reconnect()).toEqual([]);
  });
});
