import type { z } from 'zod';
import type { SearchQuery, SearchResults } from '../../../shared/domain/search';
import type { EventsRepository } from '../../db/repositories/eventsRepository';
import type { PeopleRepository } from '../../db/repositories/peopleRepository';
import type { TouchpointsRepository } from '../../db/repositories/touchpointsRepository';

type SearchQueryParsed = z.output<typeof SearchQuery>;

/** The command palette's one box, over the three things a user looks for. */
export function createSearchService(people: PeopleRepository, events: EventsRepository, touchpoints: TouchpointsRepository) {
  return {
    /**
     * Up to `limit` of each: live people through the people list's full-text index (every
     * word a prefix, by name), live events whose name contains every word (newest first),
     * and live touchpoints whose note matches (best FTS5 rank first). An empty query finds nothing.
     */
    all(query: SearchQueryParsed): z.infer<typeof SearchResults> {
      if (query.query.trim() === '') return { people: [], events: [], touchpoints: [] };
      return {
        people: people.list({ query: query.query, limit: query.limit, sort: 'name', includeArchived: false }).items,
        events: events.search(query.query, query.limit),
        touchpoints: touchpoints.searchNotes(query.query, query.limit),
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
