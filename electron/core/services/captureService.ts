import type { z } from 'zod';
import { type Capture, parseQuickCapture } from '../../../shared/capture/quickCapture';
import type { CaptureCommit, CapturePreview, CaptureResult } from '../../../shared/domain/capture';
import type { Ref } from '../../../shared/domain/common';
import { EventCreate } from '../../../shared/domain/event';
import { MAX_NOTES, type Person, PersonCreate, type PersonCreateParsed, type PersonUpdateParsed } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';
import { sortKeyForName } from '../../../shared/util/text';
import { type CaptureDeps, attend, eventDay, linkIdentities, localDay, parseAssembled, resolveWhen } from './captureParts';

type CaptureCommitParsed = z.output<typeof CaptureCommit>;
type Candidate = z.infer<typeof CapturePreview>['people'][number];

const MAX_CANDIDATES = 5;

/**
 * Quick capture: one typed line, parsed by the pure shared parser, resolved against what
 * the database knows (people, events, the introducer) and, on commit, written in one go.
 */
export function createCaptureService(deps: CaptureDeps) {
  /** Live people whose search document matches `name`, exact (folded) names first. */
  function byName(name: string, limit: number): Ref[] {
    const found = deps.people.list({ query: name, limit, sort: 'name', includeArchived: false }).items;
    const key = sortKeyForName(name);
    const exact = found.filter((p) => sortKeyForName(p.displayName) === key);
    return [...exact, ...found.filter((p) => !exact.includes(p))].map((p) => ({ id: p.id, name: p.displayName }));
  }

  /** Who the line may be about: owners of its identities first (archived too: they hold them), then name matches. */
  function candidates(parsed: Capture): Candidate[] {
    const out: Candidate[] = [];
    const add = (ref: Ref, reason: Candidate['reason']) => {
      if (out.length < MAX_CANDIDATES && !out.some((c) => c.id === ref.id)) out.push({ ...ref, reason });
    };
    for (const identity of parsed.identities) {
      const owner = deps.identities.ownerOf(identity.kind, identity.value);
      if (owner) add({ id: owner.personId, name: owner.name }, 'identity');
    }
    if (parsed.displayName !== null) for (const ref of byName(parsed.displayName, MAX_CANDIDATES)) add(ref, 'name');
    return out;
  }

  /** The introducer: the one person with exactly that name, else the only search match; null when unsure. */
  function introducer(name: string | null): Ref | null {
    if (name === null) return null;
    const found = byName(name, MAX_CANDIDATES);
    const key = sortKeyForName(name);
    const exact = found.filter((p) => sortKeyForName(p.name) === key);
    if (exact.length === 1) return exact[0]!;
    return found.length === 1 ? found[0]! : null;
  }

  function appendNote(existing: string | null, extra: string[]): string | null {
    const text = [existing, ...extra].filter((s): s is string => !!s).join('\n');
    return text === '' ? null : text.slice(0, MAX_NOTES);
  }

  /**
   * Adds what the line says to someone already known: identities (CONFLICT if another
   * person's), interests and tags (kept with theirs), the location if they have none, the
   * organisation as a job unless it is already a current one, the introducer if none is
   * recorded; everything else is appended to their notes.
   */
  function addToPerson(id: string, fields: PersonCreateParsed, note: string | null, via: Ref | null, leftovers: string[], now: number): string {
    const person = deps.people.get(id);
    linkIdentities(deps, id, fields.identities, now);
    if (fields.interests?.length) deps.labels.attach('interest', id, fields.interests, now);
    if (fields.tags?.length) deps.labels.attach('tag', id, fields.tags, now);
    const position = fields.position;
    if (position && !person.positions.some((p) => p.current && sortKeyForName(p.organisation.name) === sortKeyForName(position.organisation))) {
      deps.positions.add(id, position, now);
    }
    const patch: PersonUpdateParsed['patch'] = {};
    const extra = [note, ...leftovers];
    if (fields.location) {
      if (person.location === null) patch.location = fields.location;
      else if (sortKeyForName(person.location) !== sortKeyForName(fields.location)) extra.push(`based in ${fields.location}`);
    }
    if (via && via.id !== id && person.howWeMet.introducedBy === null) patch.howWeMet = { introducedById: via.id };
    else if (via && person.howWeMet.introducedBy?.id !== via.id) extra.push(`introduced by ${via.name}`);
    const lines = extra.filter((s): s is string => !!s);
    if (lines.length > 0) patch.notes = appendNote(person.notes, lines);
    if (Object.keys(patch).length > 0) deps.people.update({ id, patch }, now);
    return id;
  }

  return {
    /** What the line would do: the parse, people it may be, the event it matches and the "met on" date. Writes nothing. */
    preview(line: string, now: number): z.infer<typeof CapturePreview> {
      const parsed = parseQuickCapture(line);
      const event = parsed.event === null ? null : deps.events.findByName(parsed.event);
      return {
        parsed,
        people: candidates(parsed),
        event: event && { id: event.id, name: event.name },
        introducedBy: introducer(parsed.introducedBy),
        metOn: resolveWhen(parsed.when, now),
      };
    },

    /**
     * Re-parses the line and, in one transaction: the event (given, none, or matched by
     * name else created as kind "other" on the met-on date or today), the person (new, or `personId`
     * given the line's identities, interests, tags and note), and their attendance, met.
     * Text that found no field (an unknown introducer, a title without organisation) is
     * kept in the person's notes.
     */
    commit(req: CaptureCommitParsed, now: number): z.infer<typeof CaptureResult> {
      const parsed = parseQuickCapture(req.line);
      const existingId = req.personId ?? null;
      if (existingId === null && parsed.displayName === null) {
        throw new AppError('INVALID_INPUT', 'the line does not name anyone: start it with a name, a handle or an email address', { line: req.line });
      }
      const metOn = resolveWhen(parsed.when, now);
      const via = introducer(parsed.introducedBy);
      const leftovers: string[] = [];
      if (parsed.introducedBy !== null && via === null) leftovers.push(`introduced by ${parsed.introducedBy}`);
      if (parsed.title !== null && parsed.organisation === null) leftovers.push(parsed.title);
      // Validated up front for both paths: a part the schema refuses (an 81-character interest) is INVALID_INPUT.
      const fields = parseAssembled(
        PersonCreate,
        {
          displayName: parsed.displayName ?? 'someone',
          identities: parsed.identities,
          interests: parsed.interests,
          tags: parsed.tags,
          location: parsed.location,
          position: parsed.organisation === null ? undefined : { organisation: parsed.organisation, title: parsed.title },
        },
        'this line',
      );

      return deps.transaction(() => {
        let event: Ref | null = null;
        let eventStartsOn: string | null = null;
        let eventCreated = false;
        if (req.eventId !== undefined && req.eventId !== null) {
          const row = deps.events.requireRow(req.eventId);
          [event, eventStartsOn] = [{ id: row.id, name: row.name }, row.startsOn];
        } else if (req.eventId === undefined && parsed.event !== null) {
          const found = deps.events.findByName(parsed.event);
          if (found) [event, eventStartsOn] = [{ id: found.id, name: found.name }, found.startsOn];
          else {
            const startsOn = metOn ?? localDay(now);
            const created = deps.events.create(parseAssembled(EventCreate, { name: parsed.event, kind: 'other', startsOn }, 'the event'), now);
            [event, eventStartsOn, eventCreated] = [{ id: created.id, name: created.name }, created.startsOn, true];
          }
        }

        let personId: string;
        let newPerson: Person | null = null;
        if (existingId !== null) {
          personId = addToPerson(existingId, fields, parsed.note, via, leftovers, now);
        } else {
          const input: PersonCreateParsed = {
            ...fields,
            notes: appendNote(null, leftovers),
            howWeMet: {
              on: metOn ?? eventDay(eventStartsOn),
              eventId: event?.id ?? null,
              introducedById: via?.id ?? null,
              mode: event ? 'offline' : null,
              note: parsed.note,
            },
          };
          newPerson = deps.people.create(input, now);
          personId = newPerson.id;
        }
        if (event) attend(deps, event.id, personId, parsed.note, now);
        // A new person is returned as created (attendance is not part of Person); an existing one is read again.
        return { person: newPerson ?? deps.people.get(personId), created: newPerson !== null, event, eventCreated };
      });
    },
  };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
