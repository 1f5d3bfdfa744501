import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureResult } from '../../shared/domain/capture';
import { Attendance, Event } from '../../shared/domain/event';
import { SearchResults } from '../../shared/domain/search';
import { TimelineEntry, Touchpoint } from '../../shared/domain/touchpoint';
import { SOME_ID } from '../support/contractCases';
import { type Finished, runCli } from '../support/processes';
import { tempDir } from '../support/tmp';

const LINE = "Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect";

/** `crm --db <dir>/crm.db --now … ARGS`, with CRM_DB pointing into the temp dir too. */
function crm(dir: string, ...args: string[]): Promise<Finished> {
  const db = join(dir, 'crm.db');
  return runCli(['--db', db, '--now', '2026-11-23T18:00:00Z', ...args], { CRM_DB: db });
}

function json(result: Finished): unknown {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('crm events, capture, touchpoints, timeline and search', () => {
  it('captures at an existing event, logs a touchpoint, shows the timeline, the event and search results', async () => {
    // One spawn at a time: a second crm on the same file would (rightly) get BUSY.
    const dir = tempDir();
    const event = Event.parse(json(await crm(dir, '--json', 'events', 'add', '--name', "Gilda's Club lunch", '--kind', 'dinner', '--start', '2026-11-20', '--place', 'Detroit')));
    expect(event).toMatchObject({ kind: 'dinner', startsOn: '2026-11-20', place: 'Detroit' });

    const captured = CaptureResult.parse(json(await crm(dir, 'capture', LINE, '--json')));
    expect(captured).toMatchObject({ created: true, eventCreated: false, event: { id: event.id } });
    expect(captured.person.identities.map((i) => [i.kind, i.value])).toEqual([['x', 'theflaggagency']]);
    const chuck = captured.person.id;

    const added = await crm(dir, 'touchpoints', 'add', '--person', chuck, '--channel', 'x_dm', '--initiated-by', 'them', '--kind', 'thanks', '--at', '2026-11-22T09:30:00Z', '--event', event.id, '--note', 'thanks for the HBR article');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^[0-9a-f-]{36}\n$/);

    const timeline = TimelineEntry.array().parse(json(await crm(dir, 'timeline', chuck, '--json', '--limit', '10')));
    expect(timeline.map((e) => e.type)).toEqual(['added', 'touchpoint', 'met']);
    const touchpoint = timeline[1]!.type === 'touchpoint' ? timeline[1]!.touchpoint : null;
    expect(Touchpoint.parse(touchpoint)).toMatchObject({ channel: 'x_dm', initiatedBy: 'them', kind: 'thanks', event: { id: event.id }, note: 'thanks for the HBR article' });

    const shown = json(await crm(dir, '--json', 'events', 'show', event.id)) as { event: unknown; attendees: unknown };
    expect(Event.parse(shown.event)).toMatchObject({ attendees: 1, met: 1, pendingFollowUps: 1 });
    expect(Attendance.array().parse(shown.attendees).map((a) => a.personId)).toEqual([chuck]);

    const found = SearchResults.parse(json(await crm(dir, 'search', 'hbr', '--json')));
    expect(found.touchpoints.map((t) => t.id)).toEqual([touchpoint!.id]);
    const text = await crm(dir, 'search', 'aviation');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(`person      ${chuck}  Chuck Flagg  · @theflaggagency\n`);
  });

  it('reports bad input as one line with the right exit code', async () => {
    // Separate files, so the runs can go in parallel without meeting each other's lock.
    const [badChannel, unknownPerson, unknownTimeline, nobody, badStart] = await Promise.all([
      crm(tempDir(), 'touchpoints', 'add', '--person', SOME_ID, '--channel', 'fax', '--initiated-by', 'me', '--at', '2026-11-22T09:30:00Z'),
      crm(tempDir(), 'touchpoints', 'add', '--person', SOME_ID, '--channel', 'email', '--initiated-by', 'me', '--at', '2026-11-22T09:30:00Z'),
      crm(tempDir(), 'timeline', SOME_ID),
      crm(tempDir(), 'capture', 'likes jazz #music'),
      crm(tempDir(), 'events', 'add', '--name', 'Later', '--start', 'next tuesday'),
    ]);
    const oneLine = (r: Finished, code: number, pattern: RegExp) => {
      expect(r.code, r.stderr).toBe(code);
      expect(r.stdout).toBe('');
      // The first line is the error (a busy machine may add a "slow:" line from the dispatcher).
      expect(r.stderr.trimEnd().split('\n')[0]).toMatch(pattern);
    };
    oneLine(badChannel, 2, /^crm: invalid request: channel /);
    oneLine(unknownPerson, 3, new RegExp(`^crm: No person with id ${SOME_ID}`));
    oneLine(unknownTimeline, 3, new RegExp(`^crm: No person with id ${SOME_ID}`));
    oneLine(nobody, 2, /^crm: the line does not name anyone/);
    oneLine(badStart, 2, /^crm: invalid request: startsOn /);
  });
});
