import type { Channel } from '../../../shared/ipc/channels';
import { type ParsedReq, type Req, type Res, contract } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { flushPersonSearch, flushTouchpointSearch } from '../../db/searchIndex';
import type { Core } from '../core';
import { handlers } from '../handlers';
import { createPlanner } from './plan';
import { createRandom, weightedSampler } from './random';

export interface SeedOptions {
  people: number;
  touchpoints: number;
  /** Default: one event per 100 people, at least 10. */
  events?: number;
  seed?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface SeedSummary {
  people: number;
  events: number;
  attendances: number;
  touchpoints: number;
  ms: number;
}

/**
 * Rows per transaction. Each commit writes every page it dirtied, and touchpoints land on
 * random pages of the per-person timeline index (tens of thousands of pages at 50,000
 * people), so a bigger batch writes each of those pages fewer times: at a million
 * touchpoints, 250,000 per commit seeds in 45 s where 25,000 takes 56 s.
 */
const PEOPLE_BATCH = 25_000;
const TOUCHPOINT_BATCH = 250_000;
/** Touchpoints handed to the repository at once (each participant's figures move once per chunk). */
const TOUCHPOINT_CHUNK = 25_000;
/** Meetings younger than this get follow-up reminders as the app would set them. */
const RECENT_EVENT_MS = 14 * 86_400_000;
/** People with a reminder of their own (about 500 in 50,000). */
const REMINDER_SHARE = 0.01;

/** Progress is reported this often within a batch (touchpoints: every chunk). */
const REPORT_EVERY = 5_000;

/**
 * Fills the open database with realistic, deterministic data through the same handlers and
 * request schemas real use goes through (so triggers, counters and the search index are
 * maintained exactly as in the app); only the commits are batched.
 */
export function seedDatabase(core: Core, options: SeedOptions): SeedSummary {
  const started = performance.now();
  const ctx = core.context();
  const sqlite = core.session().sqlite;
  const random = createRandom(options.seed ?? 1);
  const later = createRandom((options.seed ?? 1) + 7919);
  const plan = createPlanner(random, ctx.now(), later);
  const report = options.onProgress ?? (() => undefined);

  function send<C extends Channel>(channel: C, payload: Req<C>): Res<C> {
    const request = contract[channel].request.parse(payload);
    const result = (handlers[channel] as (req: unknown, c: typeof ctx) => unknown)(request, ctx);
    if (result instanceof Promise) throw new AppError('INTERNAL', `${channel} is asynchronous and cannot be seeded in a batch`);
    return result as Res<C>;
  }

  /** `step` for every index, `batch` to a transaction; `flush` writes what steps queued, before each progress report. */
  function inBatches(phase: string, total: number, step: (i: number) => void, flush = () => {}, batch = PEOPLE_BATCH, every = REPORT_EVERY): void {
    for (let from = 0; from < total; from += batch) {
      sqlite.transaction(() => {
        for (let i = from; i < Math.min(total, from + batch); i++) {
          step(i);
          if ((i + 1) % every === 0 && i + 1 < total) {
            flush();
            report(phase, i + 1, total);
          }
        }
        flush();
      })();
      report(phase, Math.min(total, from + batch), total);
    }
  }

  // A bulk job may use more memory than the app's steady state: a large page cache keeps the
  // indexes that random inserts touch in memory, and rarer checkpoints write each page once.
  const cacheSize = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -1048576');
  sqlite.pragma('wal_autocheckpoint = 50000');
  try {
    return seedAll();
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
    sqlite.pragma('wal_autocheckpoint = 1000');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }

  function seedAll(): SeedSummary {
    const personIds: string[] = [];
    inBatches('people', options.people, (i) => {
      // Bulk rows take the repositories' write paths (the ones imports use): the same
      // validation, triggers and counters as the handlers, without reading every row back.
      const personId = ctx.people.insert(contract['people:create'].request.parse(plan.person(i)), ctx.now());
      personIds.push(personId);
      if (random.chance(0.3)) {
        const { personId: _, ...past } = contract['positions:add'].request.parse(plan.pastPosition(personId));
        ctx.positions.add(personId, past, ctx.now());
      }
      // Introduction chains: some people were introduced by someone met earlier.
      if (later.chance(REMINDER_SHARE)) {
        const reminder = ctx.reminders.create(contract['reminders:create'].request.parse(plan.reminder(personId)), ctx.now());
        if (Date.parse(reminder.dueAt) < ctx.now() && later.chance(0.6)) ctx.reminders.complete({ id: reminder.id }, ctx.now());
      }
      if (personIds.length > 10 && random.chance(0.05)) {
        const introduction = { personId, otherPersonId: random.pick(personIds.slice(0, -1)), kind: 'introduced_by' } as const;
        ctx.relationships.add(contract['relationships:add'].request.parse(introduction), ctx.now());
      }
    });
    flushPersonSearch(sqlite);

    const eventCount = options.events ?? Math.max(10, Math.round(options.people / 100));
    const eventIds: string[] = [];
    const attendeesOf = new Map<string, string[]>();
    let attendances = 0;
    inBatches('events', eventCount, (i) => {
      const event = send('events:create', plan.event(i));
      eventIds.push(event.id);
      const size = Math.min(personIds.length, Math.round(random.pareto(1.3) * 5));
      const attendees = new Set<string>();
      while (attendees.size < size) attendees.add(random.pick(personIds));
      const age = ctx.now() - Date.parse(`${event.startsOn ?? '2020-01-01'}T00:00:00Z`);
      for (const personId of attendees) {
        const attendance = { eventId: event.id, personId, met: random.chance(0.8), followUp: plan.followUp(age) };
        // Recent meetings go through the handler, which also sets the follow-up reminder;
        // for older ones those reminders would long since have been dealt with.
        if (age < RECENT_EVENT_MS) send('attendance:add', attendance);
        else ctx.attendance.add(contract['attendance:add'].request.parse(attendance), ctx.now());
        attendances++;
      }
      attendeesOf.set(event.id, [...attendees]);
    });

    // Heavy tail: a third of people never get a touchpoint; the rest follow a Pareto law, so a
    // few have thousands and most a handful.
    const weights = personIds.map(() => (random.chance(0.33) ? 0 : random.pareto(1.16)));
    const pickPerson = weightedSampler(weights, random);
    // Logged in time order, as a user (or an import) adds them: the timeline indexes then grow
    // at their ends instead of taking every insert at a random page.
    const times = plan.touchpointTimes(options.touchpoints);
    // Handed to the repository a few thousand at a time, as an import does.
    let pending: ParsedReq<'touchpoints:create'>[] = [];
    const flushTouchpoints = () => {
      if (pending.length > 0) ctx.touchpoints.insertMany(pending, ctx.now());
      pending = [];
    };
    inBatches('touchpoints', options.touchpoints, (i) => {
      const first = personIds[pickPerson()]!;
      const participants = new Set([first]);
      if (random.chance(0.08)) for (let k = random.int(1, 3); k > 0; k--) participants.add(personIds[pickPerson()]!);
      let eventId: string | null = null;
      if (eventIds.length > 0 && random.chance(0.03)) {
        eventId = random.pick(eventIds);
        const there = attendeesOf.get(eventId);
        if (there?.length) participants.add(random.pick(there));
      }
      pending.push(contract['touchpoints:create'].request.parse(plan.touchpoint([...participants], eventId, times[i]!)));
    }, flushTouchpoints, TOUCHPOINT_BATCH, TOUCHPOINT_CHUNK);
    flushPersonSearch(sqlite);
    flushTouchpointSearch(sqlite);
    sqlite.pragma('optimize');

    return {
      people: personIds.length,
      events: eventIds.length,
      attendances,
      touchpoints: options.touchpoints,
      ms: Math.round(performance.now() - started),
    };
  }
}
