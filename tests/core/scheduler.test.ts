import { describe, expect, it } from 'vitest';
import { AWAKE_GAP_MS, type DueReminder, type SchedulerState, planNotifications } from '../../electron/core/reminders/scheduler';
import type { NotificationEntry } from '../../shared/domain/reminder';
import { DAY, useClockedCore } from '../support/clock';

const MIN = 60_000;
const T0 = Date.parse('2026-03-28T08:00:00Z');
const due = (id: string, at: number, person: string | null = null): DueReminder => ({ id, title: `Reminder ${id}`, personId: person, personName: person ? 'Sam' : null, nextAt: at });
const options = { timeZone: 'Europe/London', digestHour: null };

describe('planNotifications (pure, fake clock)', () => {
  it('notifies each reminder that falls due while the app is watching', () => {
    const state: SchedulerState = { lastCheckAt: T0 - 30_000, lastDigestDay: null };
    const plan = planNotifications([due('a', T0 - 10_000, 'p1')], T0, state, options);
    expect(plan.notifications).toEqual([{ kind: 'due', title: 'Reminder a', body: 'About Sam', reminderIds: ['a'], personId: 'p1' }]);
    expect(plan.notified).toEqual(['a']);
    expect(plan.state.lastCheckAt).toBe(T0);
  });

  it('ignores reminders not yet due', () => {
    const plan = planNotifications([due('a', T0 + MIN)], T0, { lastCheckAt: T0 - 30_000, lastDigestDay: null }, options);
    expect(plan.notifications).toEqual([]);
    expect(plan.notified).toEqual([]);
  });

  it('turns more than three at once into one summary', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id, i) => due(id, T0 - i * 1000));
    const plan = planNotifications(many, T0, { lastCheckAt: T0 - 30_000, lastDigestDay: null }, options);
    expect(plan.notifications).toHaveLength(1);
    expect(plan.notifications[0]).toMatchObject({ kind: 'due', title: '5 reminders due now', reminderIds: ['e', 'd', 'c', 'b', 'a'] });
    expect(plan.notifications[0]!.body).toBe('Reminder e · Reminder d · Reminder c · and 2 more');
  });

  it('after a long sleep, everything that fell due in the gap arrives as one summary, not a burst', () => {
    const asleep = Array.from({ length: 12 }, (_, i) => due(`r${i}`, T0 + i * 30 * MIN));
    const wake = T0 + 9 * 3_600_000;
    const plan = planNotifications(asleep, wake, { lastCheckAt: T0, lastDigestDay: null }, options);
    expect(plan.notifications).toHaveLength(1);
    expect(plan.notifications[0]).toMatchObject({ kind: 'missed', title: '12 reminders came due while Rapport was away' });
    expect(plan.notified).toHaveLength(12);
  });

  it('the first check ever (app just installed or opened) summarises what is already due', () => {
    const plan = planNotifications([due('a', T0 - DAY, 'p')], T0, { lastCheckAt: null, lastDigestDay: null }, options);
    expect(plan.notifications).toEqual([{ kind: 'missed', title: '1 reminder came due while Rapport was away', body: 'Reminder a', reminderIds: ['a'], personId: 'p' }]);
  });

  it('a check that runs late but within the awake gap still notifies one by one', () => {
    const plan = planNotifications([due('a', T0 - 2 * MIN)], T0, { lastCheckAt: T0 - AWAKE_GAP_MS, lastDigestDay: null }, options);
    expect(plan.notifications.map((n) => n.kind)).toEqual(['due']);
  });

  it('sends the digest once a day at the chosen local hour, across the spring-forward night', () => {
    const opts = { timeZone: 'Europe/London', digestHour: 8 };
    // 29 March 2026: clocks go forward at 01:00 GMT; 08:00 BST is 07:00Z.
    let state: SchedulerState = { lastCheckAt: null, lastDigestDay: '2026-03-28' };
    const at = (iso: string) => {
      const plan = planNotifications([], Date.parse(iso), state, opts);
      state = plan.state;
      return plan.notifications.map((n) => n.kind);
    };
    expect(at('2026-03-29T06:59:00Z')).toEqual([]);
    expect(at('2026-03-29T07:00:00Z')).toEqual(['digest']);
    expect(at('2026-03-29T07:00:30Z')).toEqual([]);
    expect(at('2026-03-29T22:00:00Z')).toEqual([]);
    expect(at('2026-03-30T07:00:00Z')).toEqual(['digest']);
    expect(state.lastDigestDay).toBe('2026-03-30');
  });

  it('the same input always gives the same plan', () => {
    const input = [due('b', T0 - 1000), due('a', T0 - 1000), due('c', T0 - 5000)];
    const state = { lastCheckAt: T0 - 30_000, lastDigestDay: null };
    expect(planNotifications(input, T0, state, options)).toEqual(planNotifications([...input].reverse(), T0, state, options));
  });
});

describe('the notifier against the database', () => {
  const env = useClockedCore('2026-03-28T08:00:00Z', 'Europe/London');

  function listen(): NotificationEntry[] {
    const seen: NotificationEntry[] = [];
    env.core.on((event, payload) => event === 'reminder-due' && seen.push(payload as NotificationEntry));
    return seen;
  }

  it('notifies once per falling due, again after a snooze ends, and keeps every entry in the inbox', async () => {
    const seen = listen();
    const sam = await env.call('people:create', { displayName: 'Sam' });
    const r = await env.call('reminders:create', { personId: sam.id, due: '2026-03-28T08:10:00Z' });
    // The app checks every half minute while it runs.
    const runFor = (ms: number) => {
      for (const end = env.clock.now() + ms; env.clock.now() < end; env.clock.advance(30_000)) env.core.context().notifier.check(env.clock.now());
    };
    runFor(15 * MIN);
    expect(seen.map((n) => [n.kind, n.title, n.personId])).toEqual([['due', 'Get in touch with Sam', sam.id]]);
    await env.call('reminders:snooze', { id: r.id, preset: 'later_today' });
    runFor(3 * 3_600_000 + MIN);
    expect(seen.map((n) => n.kind)).toEqual(['due', 'due']);
    expect((await env.call('inbox:list', {})).map((n) => n.read)).toEqual([false, false]);
    expect(await env.call('inbox:mark-read', {})).toEqual({ unread: 0 });
  });

  it('a machine asleep over the daylight-saving change wakes to one summary of everything missed', async () => {
    const seen = listen();
    const check = () => env.core.context().notifier.check(env.clock.now());
    check();
    for (let h = 1; h <= 6; h++) await env.call('reminders:create', { title: `Hour ${h}`, due: new Date(env.clock.now() + h * 3_600_000 * 4).toISOString() });
    env.clock.set('2026-03-29T12:00:00Z');
    check();
    expect(seen.map((n) => [n.kind, n.reminderIds.length])).toEqual([['missed', 6]]);
    env.clock.advance(30_000);
    check();
    expect(seen).toHaveLength(1);
  });

  it('turned-off notifications still fill the inbox, without events', async () => {
    const seen = listen();
    await env.call('reminders:update-settings', { notifications: false });
    await env.call('reminders:create', { title: 'Quiet', due: '2026-03-28T07:00:00Z' });
    env.core.context().notifier.check(env.clock.now());
    expect(seen).toEqual([]);
    expect((await env.call('inbox:list', {})).map((n) => n.kind)).toEqual(['missed']);
  });

  it('the daily digest says what today holds', async () => {
    const seen = listen();
    await env.call('reminders:update-settings', { digestHour: 8 });
    const sam = await env.call('people:create', { displayName: 'Sam', circle: 'inner' });
    await env.call('touchpoints:create', { at: '2026-02-01T10:00:00Z', channel: 'call', initiatedBy: 'me', personIds: [sam.id] });
    await env.call('reminders:create', { title: 'Later', due: '2026-03-28T20:00:00Z' });
    env.core.context().notifier.check(env.clock.now());
    expect(seen.find((n) => n.kind === 'digest')).toMatchObject({ title: 'Your day in Rapport', body: '1 reminder due. Reconnect with Sam.' });
  });
});
