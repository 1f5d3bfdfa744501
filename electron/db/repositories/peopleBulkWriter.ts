import { uuidv7 } from 'uuidv7';
import { sortKeyForName } from '../../../shared/util/text';
import type { IdentityKind } from '../../../shared/vocabulary/identity';
import { type TouchpointChannel, isOnline } from '../../../shared/vocabulary/touchpoint';
import type { Db } from '../client';
import type { LabelsRepository } from './labelsRepository';

/** A new person as a bulk job writes them: values already checked and normalised. */
export interface BulkPerson {
  displayName: string;
  givenName?: string | null | undefined;
  familyName?: string | null | undefined;
  nickname?: string | null | undefined;
  location?: string | null | undefined;
  birthday?: string | null | undefined;
  notes?: string | null;
  identities: { kind: IdentityKind; value: string; display: string; label: string | null }[];
  tags: string[];
  positions: { organisation: string; title: string | null }[];
  photo: { mime: string; bytes: Buffer } | null;
  /** Their first touchpoint (LinkedIn's "connected"), written with them so their figures start right; its external id is the prefix and their id. */
  touchpoint?: { at: number; channel: TouchpointChannel; kind: string; initiatedBy: 'me' | 'them'; note: string | null; externalIdPrefix: string | null } | undefined;
}

/**
 * The write path for many new people at once (contacts imports): plain prepared statements,
 * the first identity of each kind primary (a new person has none yet), organisations and
 * tags resolved once per name. The caller has made sure every identity is free (the unique
 * indexes still refuse one that is not, and the caller's transaction rolls back). Call inside
 * a transaction; the same triggers as every other write keep search and cadences right, and a
 * first touchpoint is written with its person's figures (last touch, counts) already counted.
 */
export function createPeopleBulkWriter(db: Db, labels: LabelsRepository) {
  const sqlite = db.$client;
  const q = {
    person: sqlite.prepare(`INSERT INTO people (id, display_name, sort_name, given_name, family_name, nickname, location, notes, birthday, photo, photo_mime,
        last_touch_at, online_touches, offline_touches, touches_by_them, import_id, created_at, updated_at)
      VALUES (@id, @displayName, @sortName, @givenName, @familyName, @nickname, @location, @notes, @birthday, @photo, @photoMime,
        @lastTouchAt, @online, @offline, @byThem, @importId, @now, @now)`),
    touchpoint: sqlite.prepare(`INSERT INTO touchpoints (id, at, channel, initiated_by, kind, note, external_id, import_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    participant: sqlite.prepare(`INSERT INTO touchpoint_participants (touchpoint_id, person_id, at) VALUES (?, ?, ?)`),
    identity: sqlite.prepare(`INSERT INTO identities (id, person_id, kind, value, display, label, is_primary, import_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    position: sqlite.prepare(`INSERT INTO positions (id, person_id, organisation_id, title, import_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    tag: sqlite.prepare(`INSERT OR IGNORE INTO person_tags (person_id, tag_id, created_at) VALUES (?, ?, ?)`),
  };

  return {
    /** Writes the people in order and returns their new ids. */
    insert(people: BulkPerson[], importId: string, now: number): string[] {
      const organisations = new Map<string, string>();
      const tags = new Map<string, string>();
      const ids: string[] = [];
      for (const p of people) {
        const id = uuidv7();
        const t = p.touchpoint;
        const online = t ? (isOnline(t.channel) ? 1 : 0) : 0;
        q.person.run({
          id,
          displayName: p.displayName,
          sortName: sortKeyForName(p.displayName),
          givenName: p.givenName ?? null,
          familyName: p.familyName ?? null,
          nickname: p.nickname ?? null,
          location: p.location ?? null,
          notes: p.notes ?? null,
          birthday: p.birthday ?? null,
          photo: p.photo?.bytes ?? null,
          photoMime: p.photo?.mime ?? null,
          lastTouchAt: t?.at ?? null,
          online,
          offline: t ? 1 - online : 0,
          byThem: t?.initiatedBy === 'them' ? 1 : 0,
          importId,
          now,
        });
        if (t) {
          const touchpointId = uuidv7();
          q.touchpoint.run(touchpointId, t.at, t.channel, t.initiatedBy, t.kind, t.note, t.externalIdPrefix === null ? null : `${t.externalIdPrefix}${id}`, importId, now, now);
          q.participant.run(touchpointId, id, t.at);
        }
        const primaryKinds = new Set<string>();
        for (const i of p.identities) {
          q.identity.run(uuidv7(), id, i.kind, i.value, i.display, i.label, primaryKinds.has(i.kind) ? 0 : 1, importId, now, now);
          primaryKinds.add(i.kind);
        }
        for (const position of p.positions) {
          const key = sortKeyForName(position.organisation);
          let organisationId = organisations.get(key);
          if (!organisationId) organisations.set(key, (organisationId = labels.resolveOrganisation(position.organisation, now)));
          q.position.run(uuidv7(), id, organisationId, position.title, importId, now, now);
        }
        for (const tag of p.tags) {
          const key = sortKeyForName(tag);
          if (key === '') continue;
          let tagId = tags.get(key);
          if (!tagId) tags.set(key, (tagId = labels.resolve('tag', [tag], now)[0]!));
          q.tag.run(id, tagId, now);
        }
        ids.push(id);
      }
      return ids;
    },
  };
}

export type PeopleBulkWriter = ReturnType<typeof createPeopleBulkWriter>;
