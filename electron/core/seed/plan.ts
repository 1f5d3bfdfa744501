import type { Req } from '../../../shared/ipc/contract';
import { foldText } from '../../../shared/util/text';
import { type Random, zipfPicker } from './random';
import { CULTURES, EVENT_TEMPLATES, INTERESTS, NOTE_TEMPLATES, PLACES, TAGS, TITLES, companyNames } from './vocabulary';

const YEAR_MS = 365.25 * 86_400_000;

const CHANNEL_WEIGHTS = [
  ['x_mention', 24],
  ['email', 20],
  ['in_person', 12],
  ['x_dm', 10],
  ['call', 8],
  ['video', 8],
  ['text', 8],
  ['linkedin', 6],
  ['other', 3],
  ['letter', 1],
] as const;

// Favours (help, intros, compliments, gifts) are the notable minority of what people log.
const KIND_WEIGHTS = [
  ['conversation', 62],
  ['question', 10],
  ['share', 6],
  ['thanks', 6],
  ['compliment', 6],
  ['help_given', 3],
  ['help_received', 3],
  ['intro_made', 2],
  ['intro_received', 1],
  ['gift', 1],
] as const;

const CIRCLE_WEIGHTS = [
  ['inner', 2],
  ['close', 6],
  ['network', 14],
  ['keep_warm', 8],
  ['dormant', 4],
] as const;

const REMINDER_TITLES = ['Send the article we talked about', 'Ask how the launch went', 'Introduce to a founder friend', 'Congratulate on the new role', 'Share the conference photos'];

/** Where people live: every place but 'Online'. */
const CITIES = PLACES.filter((p) => p !== 'Online');

/** Letters and digits only, for handles and address local parts. */
const slug = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

/**
 * Turns a seeded random stream into contract requests: the same seed gives the same data.
 * Values added in later versions (birthdays, reminders) draw from a second stream, `later`,
 * so adding them did not change the people, events and touchpoints a seed has always given.
 * Every value goes through the real request schemas when the seeder sends it.
 */
export function createPlanner(random: Random, now: number, later: Random = random) {
  const companies = companyNames(2000);
  const company = zipfPicker(companies, random, 0.9);
  const interest = zipfPicker(INTERESTS, random, 1.0);
  const tag = zipfPicker(TAGS, random, 1.2);

  /** A real month and day; a quarter without the year, as phones often store them. */
  function birthday(): string {
    const month = later.int(1, 12);
    const day = later.int(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
    const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return later.chance(0.25) ? `--${md}` : `${later.int(1950, 2002)}-${md}`;
  }

  return {
    /** A reminder about someone: mostly one-off within a month either side of now, some repeating. */
    reminder(personId: string): Req<'reminders:create'> {
      const due = new Date(now + (later.next() * 60 - 30) * 86_400_000).toISOString();
      if (later.chance(0.15)) return { personId, due, rrule: later.pick(['FREQ=WEEKLY', 'FREQ=MONTHLY', 'FREQ=MONTHLY;INTERVAL=3']) };
      return { personId, due, title: later.chance(0.5) ? later.pick(REMINDER_TITLES) : undefined };
    },

    person(i: number): Req<'people:create'> {
      const culture = random.pick(CULTURES);
      const given = random.pick(culture.given);
      const family = random.pick(culture.family);
      const suffix = i.toString(36);
      const identities: NonNullable<Req<'people:create'>['identities']> = [];
      if (random.chance(0.9)) {
        identities.push({ kind: 'email', value: `${slug(given)}.${slug(family)}.${suffix}@${random.pick(culture.domains)}` });
      }
      if (random.chance(0.6)) {
        const handle = `${slug(given).slice(0, 5)}${slug(family).slice(0, 4)}_${suffix}`.slice(0, 15);
        identities.push({ kind: 'x', value: `@${handle}`, xAccountId: String(1_000_000 + i * 7919) });
      }
      if (random.chance(0.4)) identities.push({ kind: 'linkedin', value: `https://www.linkedin.com/in/${slug(given)}-${slug(family)}-${suffix}/` });
      const startYear = random.int(2012, 2025);
      return {
        displayName: `${given} ${family}`,
        givenName: given,
        familyName: family,
        identities,
        interests: random.chance(0.7) ? interest.some(random.int(1, 5)) : [],
        tags: random.chance(0.3) ? tag.some(random.int(1, 2)) : [],
        circle: random.chance(0.35) ? random.weighted(CIRCLE_WEIGHTS) : null,
        birthday: later.chance(0.25) ? birthday() : null,
        location: random.chance(0.4) ? random.pick(CITIES) : null,
        position: random.chance(0.7) ? { organisation: company.one(), title: random.pick(TITLES), startOn: String(startYear) } : undefined,
      };
    },

    /** An earlier job, for people whose history shows a company change. */
    pastPosition(personId: string): Req<'positions:add'> {
      const end = random.int(2010, 2023);
      return { personId, organisation: company.one(), title: random.pick(TITLES), startOn: String(end - random.int(1, 6)), endOn: String(end) };
    },

    event(i: number): Req<'events:create'> {
      const [name, kind] = random.pick(EVENT_TEMPLATES);
      const at = new Date(now - random.next() * 10 * YEAR_MS);
      const day = at.toISOString().slice(0, 10);
      return {
        name: `${name} ${at.getUTCFullYear()}${i >= EVENT_TEMPLATES.length ? ` #${i}` : ''}`,
        kind,
        startsOn: day,
        place: kind === 'online' || kind === 'call' ? 'Online' : random.pick(PLACES),
      };
    },

    /** `n` moments over the last ten years, oldest first; recent years are denser, as the habit forms. */
    touchpointTimes(n: number): Float64Array {
      const times = new Float64Array(n);
      for (let i = 0; i < n; i++) times[i] = Math.round(now - Math.pow(random.next(), 2) * 10 * YEAR_MS);
      return times.sort();
    },

    touchpoint(personIds: string[], eventId: string | null, atMs: number): Req<'touchpoints:create'> {
      const at = new Date(atMs).toISOString();
      const note = random.chance(0.4)
        ? random.pick(NOTE_TEMPLATES).replace('{interest}', interest.one()).replace('{company}', company.one())
        : null;
      return {
        at,
        channel: eventId ? 'in_person' : random.weighted(CHANNEL_WEIGHTS),
        initiatedBy: random.chance(0.55) ? 'me' : 'them',
        kind: random.weighted(KIND_WEIGHTS),
        personIds,
        eventId,
        note,
      };
    },

    followUp(ageMs: number): 'pending' | 'done' | 'not_needed' {
      if (ageMs < 7 * 86_400_000) return random.chance(0.7) ? 'pending' : 'done';
      return random.weighted([
        ['done', 6],
        ['not_needed', 3],
        ['pending', 1],
      ] as const);
    },
  };
}
export type Planner = ReturnType<typeof createPlanner>;
