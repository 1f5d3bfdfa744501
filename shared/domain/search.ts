import { z } from 'zod';
import { Event } from './event';
import { PersonSummary } from './person';
import { Touchpoint } from './touchpoint';

/** The command palette's one box: people, events and touchpoint notes at once. */
export const SearchQuery = z.strictObject({
  query: z.string().max(200),
  limit: z.number().int().min(1).max(50).default(10),
});
export const SearchResults = z.object({
  people: z.array(PersonSummary),
  events: z.array(Event),
  touchpoints: z.array(Touchpoint),
});
