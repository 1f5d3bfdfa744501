import { describe, expect, it } from 'vitest';
import { Person } from '../../shared/domain/person';
import { RelationshipHealth, TodayView } from '../../shared/domain/reconnect';
import { Reminder, ReminderCompleteResult } from '../../shared/domain/reminder';
import { crmIn, stdoutJson } from '../support/processes';
import { tempDir } from '../support/tmp';

const NOW = '2026-06-01T10:00:00Z';

describe('crm reminders, cadence, circle, reconnect, health and today (all honour --now)', () => {
  it('walks a follow-up from adding a reminder to logging the touchpoint that clears the person from the list', async () => {
    // One spawn at a time: a second crm on the same file would (rightly) get BUSY.
    const crm = crmIn(tempDir());
    const sam = Person.parse(stdoutJson(await crm(NOW, 'people', 'add', '--name', 'Sam Rivera', '--interest', 'college football', '--json')));
    expect((await crm(NOW, 'circle', 'set', sam.id, 'Inner')).code).toBe(0);
    const logged = await crm(NOW, 'touchpoints', 'add', '--person', sam.id, '--channel', 'call', '--initiated-by', 'me', '--at', '2026-05-01T10:00:00Z', '--note', 'Bulldogs game on Saturday');
    expect(logged.code, logged.stderr).toBe(0);

    expect(stdoutJson(await crm(NOW, 'reconnect', '--json'))).toEqual([
      {
        personId: sam.id,
        name: 'Sam Rivera',
        score: 35,
        reasons: [
          { code: 'overdue', text: 'Last talked 31 days ago; you aim for every 14 (17 days overdue).', points: 35 },
          { code: 'shared_interest', text: 'Into college football; last time: “Bulldogs game on Saturday”.', points: 0 },
        ],
        opener: "Hey Sam, it's been a while! I was thinking about our last chat (“Bulldogs game on Saturday”) — how are things, and how's college football going?",
      },
    ]);
    // A later --now moves the same history further overdue.
    expect(stdoutJson(await crm('2026-06-11T10:00:00Z', 'reconnect', '--json', '--limit', '1'))).toMatchObject([{ score: 39 }]);
    const text = await crm(NOW, 'reconnect');
    expect(text.stdout).toContain('1. Sam Rivera  (score 35)');
    expect(text.stdout).toContain('opener: Hey Sam');

    const reminder = Reminder.parse(stdoutJson(await crm(NOW, 'reminders', 'add', '--person', sam.id, '--due', '2026-06-01T09:00:00Z', '--rrule', 'FREQ=WEEKLY', '--json')));
    expect(reminder).toMatchObject({ kind: 'recurring', title: 'Get in touch with Sam Rivera', timing: 'today' });
    expect(Reminder.array().parse(stdoutJson(await crm(NOW, 'reminders', 'list', '--status', 'due', '--json'))).map((r) => r.id)).toEqual([reminder.id]);
    const today = TodayView.parse(stdoutJson(await crm(NOW, 'today', '--json')));
    expect([today.dueToday.length, today.reconnect.map((r) => r.name)]).toEqual([1, ['Sam Rivera']]);

    const snoozed = Reminder.parse(stdoutJson(await crm(NOW, 'reminders', 'snooze', reminder.id, '--until', '2026-06-02T08:00:00Z', '--json')));
    expect(snoozed).toMatchObject({ status: 'snoozed', nextAt: '2026-06-02T08:00:00.000Z' });
    expect(stdoutJson(await crm(NOW, 'reminders', 'list', '--status', 'due', '--json'))).toEqual([]);

    const done = ReminderCompleteResult.parse(stdoutJson(await crm(NOW, 'reminders', 'done', reminder.id, '--log', 'call', '--json')));
    expect(done.touchpointId).not.toBeNull();
    expect(done.next).toMatchObject({ dueAt: '2026-06-08T09:00:00.000Z' });
    expect(stdoutJson(await crm(NOW, 'reconnect', '--json'))).toEqual([]);

    const health = RelationshipHealth.parse(stdoutJson(await crm(NOW, 'health', sam.id, '--json')));
    expect(health).toMatchObject({ touches90d: 2, recent: { byMe: 2, byThem: 0, text: 'You started 2 of the last 2.' }, cadence: { state: 'ok', cadenceDays: 14 } });
    expect((await crm(NOW, 'cadence', 'set', sam.id, '7')).stdout).toBe('Sam Rivera: every 7 days (own); ok, due 2026-06-08\n');
    expect((await crm(NOW, 'circle', 'cadence', 'inner', '10')).stdout).toBe('Inner: every 10 days (1 person)\n');
  });

  it('refuses bad input with a message and a non-zero exit, writing nothing', async () => {
    const crm = crmIn(tempDir());
    const cases: [string[], RegExp, number][] = [
      [['reminders', 'add', '--title', 'x', '--due', 'tomorrow'], /due must be YYYY-MM-DD or an ISO date-time/, 2],
      [['reminders', 'add', '--title', 'x', '--due', '2026-06-02', '--rrule', 'FREQ=SOMETIMES'], /rrule FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY/, 2],
      [['reminders', 'list', '--status', 'late'], /must be one of open, due/, 2],
      [['reminders', 'done', '01a209a4-1a60-7446-b578-4901cb4ce0a6'], /No reminder with id/, 3],
      [['circle', 'set', '01a209a4-1a60-7446-b578-4901cb4ce0a6', 'besties'], /must be one of inner/, 2],
      [['cadence', 'set', '01a209a4-1a60-7446-b578-4901cb4ce0a6', '0'], /whole number of days/, 2],
      [['health', 'nobody'], /must be an id/, 2],
    ];
    for (const [args, message, code] of cases) {
      const result = await crm(NOW, ...args);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.code, args.join(' ')).toBe(code);
    }
    expect(stdoutJson(await crm(NOW, 'reminders', 'list', '--status', 'all', '--json'))).toEqual([]);
  });
});
