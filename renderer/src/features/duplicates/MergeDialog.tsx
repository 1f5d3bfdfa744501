import { ArrowLeftRight } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { MergeResult, PeopleMerge } from '../../../../shared/domain/contacts';
import type { Person } from '../../../../shared/domain/person';
import { Avatar } from '../../components/Avatar';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { LoadError, Loading } from '../../components/StatusViews';
import { invoke } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import type { MergeCounts } from '../../store/slices/duplicatesSlice';
import { plural } from '../imports/importText';
import { MERGE_FIELD_LABELS, MERGE_FIELD_ORDER, type MergeField, defaultPick, mergeValue, sameValue } from './mergeText';
import './duplicates.css';

/** The person's photo as a data URL, for the photo choice. */
function usePhoto(person: Person): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!person.hasPhoto) return;
    let live = true;
    invoke('people:photo', { id: person.id }).then(
      (photo) => live && photo && setUrl(`data:${photo.mime};base64,${photo.base64}`),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [person.id, person.hasPhoto]);
  return person.hasPhoto ? url : null;
}

function Value({ person, field }: { person: Person; field: MergeField }) {
  const photo = usePhoto(person);
  const value = mergeValue(person, field);
  if (value === null) return <span className="muted merge-none">(none)</span>;
  if (field === 'photo') return photo ? <img className="merge-photo" src={photo} alt={`Photo of ${person.displayName}`} /> : <span>Photo</span>;
  return (
    <span className={field === 'notes' ? 'merge-value merge-notes' : 'merge-value'} title={field === 'notes' ? value : undefined}>
      {value}
    </span>
  );
}

function Side({ person, keep }: { person: Person; keep: boolean }) {
  const job = person.positions.find((p) => p.current);
  return (
    <div className={`merge-side${keep ? ' is-keep' : ''}`}>
      <Avatar id={person.id} name={person.displayName} />
      <div className="merge-side-text">
        <span className="merge-side-name">{person.displayName}</span>
        <span className="muted">{job ? `${job.title ? `${job.title} at ` : ''}${job.organisation.name}` : `Added ${formatDate(person.createdAt)}`}</span>
      </div>
      <span className={`merge-role${keep ? ' is-keep' : ''}`}>{keep ? 'Stays' : 'Merged in'}</span>
    </div>
  );
}

const count = (n: number, more: boolean, one: string, many?: string) => (more ? `${n}+ ${many ?? `${one}s`}` : plural(n, one, many));

/** What the other person has that moves to the survivor. */
function Moves({ keep, other, counts }: { keep: Person; other: Person; counts: MergeCounts }) {
  const identities = other.identities.filter((i) => !keep.identities.some((k) => k.kind === i.kind && k.value === i.value));
  const jobs = other.positions.filter((p) => !keep.positions.some((k) => k.organisation.id === p.organisation.id && k.title === p.title));
  const labels = [...other.tags, ...other.interests].filter((l) => ![...keep.tags, ...keep.interests].some((k) => k.id === l.id));
  const lines = [
    identities.length > 0 && `${plural(identities.length, 'identity', 'identities')}: ${identities.slice(0, 4).map((i) => i.display).join(', ')}${identities.length > 4 ? '…' : ''}`,
    counts.touchpoints > 0 && count(counts.touchpoints, counts.more.touchpoints, 'touchpoint'),
    counts.events > 0 && count(counts.events, counts.more.events, 'event'),
    counts.reminders > 0 && count(counts.reminders, counts.more.reminders, 'open reminder'),
    jobs.length > 0 && plural(jobs.length, 'job'),
    labels.length > 0 && plural(labels.length, 'tag or interest', 'tags and interests'),
  ].filter((l): l is string => Boolean(l));
  return (
    <section className="merge-moves" aria-label="What moves">
      {lines.length > 0 ? (
        <div>
          <span className="merge-moves-lead">
            From {other.displayName} to {keep.displayName}:
          </span>{' '}
          <ul>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Nothing else moves: {other.displayName} has no identities, touchpoints, events or reminders of their own.</p>
      )}
      <p className="muted">
        {other.displayName} then leaves your lists. Undo (on the message that follows) brings them back as they were.
      </p>
    </section>
  );
}

/**
 * Two people side by side: who stays (swappable), whose value each differing field keeps, and
 * what moves. Merging shows a message with Undo.
 */
export function MergeDialog({ aId, bId, onClose, onMerged }: { aId: string; bId: string; onClose(): void; onMerged?(result: MergeResult): void }) {
  const sides = useAppStore((s) => s.mergeSides);
  const loadMergeSides = useAppStore((s) => s.loadMergeSides);
  const mergePeople = useAppStore((s) => s.mergePeople);
  const [keepId, setKeepId] = useState(aId);
  const [picks, setPicks] = useState<Partial<Record<MergeField, string>>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadMergeSides(aId, bId);
  }, [aId, bId, loadMergeSides]);

  const ready = sides.status === 'ready' && sides.ids?.[0] === aId && sides.ids?.[1] === bId;
  const keep = ready ? sides.people[keepId] : undefined;
  const other = ready ? sides.people[keepId === aId ? bId : aId] : undefined;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!keep || !other || busy) return;
    const take: NonNullable<PeopleMerge['take']> = {};
    for (const field of MERGE_FIELD_ORDER) {
      if (sameValue(keep, other, field)) continue;
      take[field] = (picks[field] ?? defaultPick(keep, other, field)) === keep.id ? 'keep' : 'other';
    }
    setBusy(true);
    const result = await mergePeople({ id: keep.id, name: keep.displayName }, { id: other.id, name: other.displayName }, take);
    setBusy(false);
    if (!result) return;
    onClose();
    onMerged?.(result);
  }

  const description = 'One of them stays and gets the other’s identities, touchpoints, events and reminders. Pick whose value each field keeps.';
  if (!keep || !other) {
    return (
      <Dialog title="Merge two people" description={description} onClose={onClose} className="dialog-wide merge-dialog">
        {sides.status === 'error' ? <LoadError what="these two people" error={sides.error} onRetry={() => void loadMergeSides(aId, bId)} /> : <Loading label="Reading both people…" />}
      </Dialog>
    );
  }

  const differing = MERGE_FIELD_ORDER.filter((f) => !sameValue(keep, other, f));
  const same = MERGE_FIELD_ORDER.filter((f) => sameValue(keep, other, f) && mergeValue(keep, f) !== null);
  return (
    <Dialog title="Merge two people" description={description} onClose={onClose} className="dialog-wide merge-dialog">
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="merge-sides">
          <Side person={keep} keep />
          <button type="button" className="btn btn-small merge-swap" onClick={() => setKeepId(other.id)} title="Swap who stays">
            <ArrowLeftRight size={14} aria-hidden /> Keep {other.displayName} instead
          </button>
          <Side person={other} keep={false} />
        </div>
        {differing.length > 0 ? (
          <div className="merge-fields">
            {differing.map((field) => {
              const chosen = picks[field] ?? defaultPick(keep, other, field);
              return (
                <div key={field} className="merge-field" role="radiogroup" aria-label={MERGE_FIELD_LABELS[field]}>
                  <span className="merge-field-label" aria-hidden>
                    {MERGE_FIELD_LABELS[field]}
                  </span>
                  {[keep, other].map((p) => (
                    <label key={p.id} className={`merge-choice${chosen === p.id ? ' is-chosen' : ''}`}>
                      <input type="radio" name={`merge-${field}`} checked={chosen === p.id} onChange={() => setPicks((x) => ({ ...x, [field]: p.id }))} />
                      <Value person={p} field={field} />
                      <span className="visually-hidden"> ({p.displayName})</span>
                    </label>
                  ))}
                </div>
              );
            })}
          </div>
        ) : (
          <p className="muted">Their details are the same; nothing to choose.</p>
        )}
        {same.length > 0 && <p className="muted merge-same">The same on both: {same.map((f) => MERGE_FIELD_LABELS[f]).join(', ')}.</p>}
        <Moves keep={keep} other={other} counts={sides.counts[other.id]!} />
        <FormFooter onCancel={onClose} disabled={busy} submitLabel={busy ? 'Merging…' : `Merge into ${keep.displayName}`} />
      </form>
    </Dialog>
  );
}
