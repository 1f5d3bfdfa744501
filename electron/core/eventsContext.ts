import { type Db, atomically } from '../db/client';
import { type AttendanceRepository, createAttendanceRepository } from '../db/repositories/attendanceRepository';
import { type EventsRepository, createEventsRepository } from '../db/repositories/eventsRepository';
import type { IdentitiesRepository } from '../db/repositories/identitiesRepository';
import type { LabelsRepository } from '../db/repositories/labelsRepository';
import type { PeopleRepository } from '../db/repositories/peopleRepository';
import type { PositionsRepository } from '../db/repositories/positionsRepository';
import { type TimelineReader, createTimelineReader } from '../db/repositories/timelineReader';
import { type TouchpointsRepository, createTouchpointsRepository } from '../db/repositories/touchpointsRepository';
import { type CaptureService, createCaptureService } from './services/captureService';
import { type EventCaptureService, createEventCaptureService } from './services/eventCaptureService';
import { type SearchService, createSearchService } from './services/searchService';

/** The events side of the core context: events, attendance, touchpoints, timelines, capture and search. */
export interface EventsContext {
  events: EventsRepository;
  attendance: AttendanceRepository;
  touchpoints: TouchpointsRepository;
  timeline: TimelineReader;
  eventCapture: EventCaptureService;
  capture: CaptureService;
  search: SearchService;
}

/** Builds the events side over one open database, on top of the people aggregate. */
export function createEventsContext(
  db: Db,
  peopleSide: { people: PeopleRepository; identities: IdentitiesRepository; labels: LabelsRepository; positions: PositionsRepository },
): EventsContext {
  const events = createEventsRepository(db);
  const attendance = createAttendanceRepository(db);
  const touchpoints = createTouchpointsRepository(db);
  // Synchronous: better-sqlite3 cannot await inside a transaction; nested calls join the outer one.
  const transaction = <T>(fn: () => T): T => atomically(db, fn);
  const deps = { ...peopleSide, events, attendance, transaction };
  return {
    events,
    attendance,
    touchpoints,
    timeline: createTimelineReader(db, touchpoints),
    eventCapture: createEventCaptureService(deps),
    capture: createCaptureService(deps),
    search: createSearchService(peopleSide.people, events, touchpoints),
  };
}
