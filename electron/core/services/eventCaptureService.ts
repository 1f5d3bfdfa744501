import type { z } from 'zod';
import type { Attendance, EventCapture } from '../../../shared/domain/event';
import type { Person, PersonCreateParsed } from '../../../shared/domain/person';
import { type CaptureDeps, attend, eventDay, linkIdentities } from './captureParts';

type EventCaptureParsed = z.output<typeof EventCapture>;

/** Event capture mode: person after person met at one event, each linked in one step. */
export function createEventCaptureService(deps: CaptureDeps) {
  return {
    /**
     * In one transaction: the existing person (`personId`, given the new identities and
     * interests) or a new one whose how-we-met points at the event (its date, offline, the
     * hook as note); then their attendance, met, follow-up pending, the hook as its note. If
     * they are already at the event the note is updated instead. NOT_FOUND for an unknown
     * event or person; CONFLICT naming the owner when an identity belongs to someone else.
     */
    capture(req: EventCaptureParsed, now: number): { person: Person; attendance: Attendance; created: boolean } {
      const hook = req.hook?.trim() || null;
      return deps.transaction(() => {
        const event = deps.events.requireRow(req.eventId);
        let personId: string;
        let created: Person | null = null;
        if (req.personId !== undefined) {
          personId = deps.people.get(req.personId).id;
          linkIdentities(deps, personId, req.identities, now);
          if (req.interests.length > 0) deps.labels.attach('interest', personId, req.interests, now);
        } else {
          const input: PersonCreateParsed = {
            displayName: req.displayName!,
            identities: req.identities,
            interests: req.interests,
            howWeMet: { eventId: event.id, on: eventDay(event.startsOn), mode: 'offline', note: hook },
          };
          created = deps.people.create(input, now);
          personId = created.id;
        }
        const attendance = attend(deps, event.id, personId, hook, now);
        // A new person is returned as created (attendance is not part of Person); an existing one is read again.
        return { person: created ?? deps.people.get(personId), attendance, created: created !== null };
      });
    },
  };
}

export type EventCaptureService = ReturnType<typeof createEventCaptureService>;
