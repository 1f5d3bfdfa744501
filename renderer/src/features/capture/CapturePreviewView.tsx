import type { ReactNode } from 'react';
import type { Res } from '../../../../shared/ipc/contract';
import { IDENTITY_LABELS, IdentityIcon } from '../../components/IdentityIcon';
import { formatApproxDate } from '../../lib/dates';

type Preview = Res<'capture:preview'>;

export type PersonChoice = string | null;
export type EventChoice = 'matched' | 'new' | 'none';

interface PreviewProps {
  preview: Preview;
  personChoice: PersonChoice;
  onPersonChoice(choice: PersonChoice): void;
  eventChoice: EventChoice;
  onEventChoice(choice: EventChoice): void;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the line will become, before anything is written; what could not be placed shows as the note. */
export function CapturePreviewView({ preview, personChoice, onPersonChoice, eventChoice, onEventChoice }: PreviewProps) {
  const p = preview.parsed;
  const eventName = preview.event?.name ?? p.event;
  return (
    <div className="capture-preview" aria-label="Preview" role="region">
      <dl className="facts">
        <Row label="Name">{p.displayName ?? <span className="muted">No name found — start the line with it</span>}</Row>
        {p.identities.length > 0 && (
          <Row label="Identities">
            {p.identities.map((i) => (
              <span key={`${i.kind}:${i.value}`} className="capture-identity">
                <IdentityIcon kind={i.kind} size={14} /> {IDENTITY_LABELS[i.kind]} <span className="mono">{i.kind === 'x' ? `@${i.value}` : i.value}</span>
              </span>
            ))}
          </Row>
        )}
        {eventName && (
          <Row label="Met at">
            <span>{eventName}</span>{' '}
            <span className={`tag ${preview.event ? 'tag-ok' : 'tag-new'}`}>{preview.event ? 'existing event' : 'new event'}</span>
            <label className="inline-check">
              <input type="checkbox" checked={eventChoice !== 'none'} onChange={(e) => onEventChoice(e.target.checked ? (preview.event ? 'matched' : 'new') : 'none')} /> link to this event
            </label>
          </Row>
        )}
        {preview.metOn && <Row label="Met on">{formatApproxDate(preview.metOn)}</Row>}
        {(preview.introducedBy || p.introducedBy) && <Row label="Introduced by">{preview.introducedBy?.name ?? `${p.introducedBy} (not found — goes into the note)`}</Row>}
        {(p.organisation || p.title) && <Row label="Work">{[p.title, p.organisation].filter(Boolean).join(' at ')}</Row>}
        {p.location && <Row label="Location">{p.location}</Row>}
        {p.interests.length > 0 && (
          <Row label="Interests">
            {p.interests.map((i) => (
              <span key={i} className="chip chip-static">
                {i}
              </span>
            ))}
          </Row>
        )}
        {p.tags.length > 0 && (
          <Row label="Tags">
            {p.tags.map((t) => (
              <span key={t} className="chip chip-static">
                #{t}
              </span>
            ))}
          </Row>
        )}
        {p.note && <Row label="Note">{p.note}</Row>}
      </dl>
      {preview.people.length > 0 && (
        <fieldset className="capture-merge">
          <legend>Maybe someone you already know</legend>
          <label className="inline-check">
            <input type="radio" name="capture-person" checked={personChoice === null} onChange={() => onPersonChoice(null)} /> Add as a new person
          </label>
          {preview.people.map((m) => (
            <label key={m.id} className="inline-check">
              <input type="radio" name="capture-person" checked={personChoice === m.id} onChange={() => onPersonChoice(m.id)} /> Add to <strong>{m.name}</strong>{' '}
              <span className="muted">({m.reason === 'identity' ? 'same handle' : 'same name'})</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
