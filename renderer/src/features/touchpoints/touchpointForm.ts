import type { Ref } from '../../../../shared/domain/common';
import type { Initiator, Touchpoint, TouchpointChannel, TouchpointKind } from '../../../../shared/domain/touchpoint';
import type { ErrorInfo } from '../../lib/api';
import { localDateTime } from '../../lib/dates';
import { type PlacedErrors, placeErrors } from '../../lib/fieldErrors';
import type { TouchpointDraft } from '../../store/slices/uiSlice';

export type TouchpointField = 'at' | 'channel' | 'initiatedBy' | 'kind' | 'people' | 'event' | 'note';

export interface TouchpointValues {
  at: string;
  channel: TouchpointChannel;
  initiatedBy: Initiator;
  kind: TouchpointKind;
  people: Ref[];
  event: Ref[];
  note: string;
}

const LAST_CHANNEL_KEY = 'rapport.lastChannel';

/** The channel used last time: most people log several touchpoints of one kind in a row. */
export function lastChannel(): TouchpointChannel {
  try {
    return (window.localStorage.getItem(LAST_CHANNEL_KEY) as TouchpointChannel | null) ?? 'in_person';
  } catch {
    return 'in_person';
  }
}

export function rememberChannel(channel: TouchpointChannel): void {
  try {
    window.localStorage.setItem(LAST_CHANNEL_KEY, channel);
  } catch {
    // private mode: the default is fine
  }
}

export function initialValues(draft: TouchpointDraft, now = new Date()): TouchpointValues {
  const t = draft.editing;
  if (t) {
    return {
      at: localDateTime(new Date(t.at)),
      channel: t.channel,
      initiatedBy: t.initiatedBy,
      kind: t.kind,
      people: t.participants,
      event: t.event ? [t.event] : [],
      note: t.note ?? '',
    };
  }
  return { at: localDateTime(now), channel: lastChannel(), initiatedBy: 'me', kind: 'conversation', people: draft.people, event: draft.event ? [draft.event] : [], note: '' };
}

export interface TouchpointBody {
  at: string;
  channel: TouchpointChannel;
  initiatedBy: Initiator;
  kind: TouchpointKind;
  personIds: string[];
  eventId: string | null;
  note: string | null;
}

/** The request body, or the field that stops it from being sent. */
export function toRequest(values: TouchpointValues): { ok: true; body: TouchpointBody } | { ok: false; errors: PlacedErrors<TouchpointField> } {
  const at = new Date(values.at);
  if (!values.at || Number.isNaN(at.getTime())) return { ok: false, errors: { fields: { at: 'Enter a date and time.' }, form: null } };
  if (values.people.length === 0) return { ok: false, errors: { fields: { people: 'Add at least one person.' }, form: null } };
  return {
    ok: true,
    body: {
      at: at.toISOString(),
      channel: values.channel,
      initiatedBy: values.initiatedBy,
      kind: values.kind,
      personIds: values.people.map((p) => p.id),
      eventId: values.event[0]?.id ?? null,
      note: values.note.trim() || null,
    },
  };
}

const FIELDS: Record<string, TouchpointField> = { at: 'at', channel: 'channel', initiatedBy: 'initiatedBy', kind: 'kind', personIds: 'people', eventId: 'event', note: 'note' };

export function touchpointErrors(error: ErrorInfo): PlacedErrors<TouchpointField> {
  return placeErrors(error, (path) => FIELDS[path.replace(/^patch\./, '').split('.')[0]!] ?? null);
}

/** Only what changed, so an edit never overwrites what another window saved meanwhile. */
export function changedFields(before: Touchpoint, b: TouchpointBody): Partial<TouchpointBody> {
  const patch: Partial<TouchpointBody> = {};
  // Compared to the minute, as the form shows it: opening and saving must not move the time.
  if (localDateTime(new Date(b.at)) !== localDateTime(new Date(before.at))) patch.at = b.at;
  if (b.channel !== before.channel) patch.channel = b.channel;
  if (b.initiatedBy !== before.initiatedBy) patch.initiatedBy = b.initiatedBy;
  if (b.kind !== before.kind) patch.kind = b.kind;
  const ids = before.participants.map((p) => p.id);
  if (b.personIds.length !== ids.length || b.personIds.some((id, i) => id !== ids[i])) patch.personIds = b.personIds;
  if (b.eventId !== (before.event?.id ?? null)) patch.eventId = b.eventId;
  if (b.note !== (before.note ?? null)) patch.note = b.note;
  return patch;
}
