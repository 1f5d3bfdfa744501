import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { crmIn, stdoutJson } from '../support/processes';
import { tempDir } from '../support/tmp';

describe('crm export ics', () => {
  test('open reminders as events a calendar reads back: dates, instants, rules, escaping, stable ids', async () => {
    const dir = tempDir();
    const crm = crmIn(dir);
    const now = '2026-11-30T12:00:00Z';
    const json = async <T>(...args: string[]) => stdoutJson(await crm(now, '--json', ...args)) as T;
    const ada = await json<{ id: string }>('people', 'add', '--name', 'Ada, the Countess; Lovelace');
    const allDay = await json<{ id: string }>('reminders', 'add', '--person', ada.id, '--due', '2026-12-03');
    const weekly = await json<{ id: string }>('reminders', 'add', '--title', 'Weekly review, notes; plans', '--due', '2026-12-01T09:00:00Z', '--rrule', 'FREQ=WEEKLY;BYDAY=TU');
    const yearly = await json<{ id: string }>('reminders', 'add', '--anniversary', '--06-14', '--title', 'Wedding');
    const done = await json<{ id: string }>('reminders', 'add', '--title', 'Already done', '--due', '2026-12-02');
    await json('reminders', 'done', done.id);

    const out = join(dir, 'reminders.ics');
    expect(await json('export', 'ics', out)).toEqual({ path: out, reminders: 3 });
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([allDay.id, weekly.id, yearly.id].map((id) => `${id}@rapport`).sort());

    const day = byUid.get(`${allDay.id}@rapport`)!;
    expect([day.summary, day.startDate.isDate, day.startDate.toString(), day.description]).toEqual([
      'Get in touch with Ada, the Countess; Lovelace',
      true,
      '2026-12-03',
      'About Ada, the Countess; Lovelace',
    ]);
    const week = byUid.get(`${weekly.id}@rapport`)!;
    expect([week.summary, week.startDate.toJSDate().toISOString(), week.isRecurring()]).toEqual(['Weekly review, notes; plans', '2026-12-01T09:00:00.000Z', true]);
    expect(week.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=TU');
    const anniversary = byUid.get(`${yearly.id}@rapport`)!;
    expect([anniversary.startDate.toString(), anniversary.component.getFirstPropertyValue('rrule')?.toString()]).toEqual(['2027-06-14', 'FREQ=YEARLY']);

    // OUT is refused when it exists, unless --force.
    expect((await crm(now, 'export', 'ics', out)).code).not.toBe(0);
    expect((await crm(now, 'export', 'ics', out, '--force')).code).toBe(0);
  });
});
