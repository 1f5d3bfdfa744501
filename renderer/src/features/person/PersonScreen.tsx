import { Archive, ArchiveRestore, ArrowLeft, GitMerge, MessageSquarePlus, Pencil, UserX } from 'lucide-react';
import { Suspense, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { MergeWithDialog } from '../../app/lazyScreens';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { CircleId, Person } from '../../../../shared/domain/person';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { toErrorInfo } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { LOG_TOUCHPOINT_SHORTCUT } from '../../lib/keys';
import { useAppStore } from '../../store';
import { selectOpenPerson, selectOpenPersonError, selectOpenPersonStatus } from '../../store/selectors';
import { CadenceCard } from './CadenceCard';
import { HealthCard } from './HealthCard';
import { HowWeMetCard } from './HowWeMetCard';
import { IdentitiesCard } from './IdentitiesCard';
import { JobsCard, jobLine, jobSpan } from './JobsCard';
import { JourneyCard } from './JourneyCard';
import { LabelsCard } from './LabelsCard';
import { PersonDetails } from './PersonDetails';
import { PersonEditForm } from './PersonEditForm';
import { PersonTimeline } from './PersonTimeline';
import { PhotoControl } from './PhotoControl';
import { RelationshipsCard } from './RelationshipsCard';
import { RemindersCard } from './RemindersCard';

function ArchivedBanner({ person }: { person: Person }) {
  const unarchivePerson = useAppStore((s) => s.unarchivePerson);
  if (!person.archivedAt) return null;
  return (
    <div className="banner banner-warning" role="status">
      <Archive size={18} aria-hidden />
      <p>
        Archived on {formatDate(person.archivedAt)}. {person.displayName} is hidden from lists and search; their history is kept.
      </p>
      <button type="button" className="btn" onClick={() => void unarchivePerson(person.id)}>
        <ArchiveRestore size={16} aria-hidden /> Restore
      </button>
    </div>
  );
}

function CirclePicker({ person }: { person: Person }) {
  const patchPerson = useAppStore((s) => s.patchPerson);
  const pushToast = useAppStore((s) => s.pushToast);
  async function change(value: string) {
    try {
      await patchPerson(person.id, { circle: value ? (value as CircleId) : null });
    } catch (error) {
      pushToast({ tone: 'error', message: `Could not change the circle: ${toErrorInfo(error).message}` });
    }
  }
  return (
    <select aria-label="Circle" className={`circle-select${person.circle ? ` circle-${person.circle}` : ''}`} value={person.circle ?? ''} onChange={(e) => void change(e.target.value)}>
      <option value="">No circle</option>
      {CIRCLES.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}

/** Manual merge: pick the other person, compare, merge; if this one is merged away, their survivor's page opens. */
function MergeWithButton({ person }: { person: Person }) {
  const [open, setOpen] = useState(false);
  const [, navigate] = useLocation();
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} title="This person is someone else in Rapport too">
        <GitMerge size={16} aria-hidden /> Merge with…
      </button>
      {open && (
        <Suspense fallback={null}>
          <MergeWithDialog
            person={{ id: person.id, name: person.displayName }}
            onClose={() => setOpen(false)}
            onMerged={(result) => {
              if (result.merged.id === person.id) navigate(`/people/${result.survivor.id}`);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

function PersonHeader({ person, editing, onEdit }: { person: Person; editing: boolean; onEdit(): void }) {
  const archivePerson = useAppStore((s) => s.archivePerson);
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const job = person.positions.find((p) => p.current);
  return (
    <header className="person-header">
      <PhotoControl person={person} />
      <div className="person-title">
        <h1>{person.displayName}</h1>
        {job && (
          <p className="person-job">
            {jobLine(job)} <span className="muted">· {jobSpan(job)}</span>
          </p>
        )}
        <p className="screen-subtitle">
          <CirclePicker person={person} />
          {person.location && <span>{person.location}</span>}
        </p>
      </div>
      {!editing && (
        <div className="person-actions">
          <button type="button" className="btn btn-primary" onClick={() => openLogTouchpoint({ people: [{ id: person.id, name: person.displayName }] })}>
            <MessageSquarePlus size={16} aria-hidden /> Log touchpoint <kbd>{LOG_TOUCHPOINT_SHORTCUT}</kbd>
          </button>
          <button type="button" className="btn" onClick={onEdit}>
            <Pencil size={16} aria-hidden /> Edit
          </button>
          {!person.archivedAt && (
            <button type="button" className="btn" onClick={() => void archivePerson(person.id)}>
              <Archive size={16} aria-hidden /> Archive
            </button>
          )}
          <MergeWithButton person={person} />
        </div>
      )}
    </header>
  );
}

function PersonView({ person }: { person: Person }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="screen screen-person">
      <Link href="/people" className="back-link">
        <ArrowLeft size={16} aria-hidden /> People
      </Link>
      <ArchivedBanner person={person} />
      <PersonHeader person={person} editing={editing} onEdit={() => setEditing(true)} />
      <div className="person-body">
        <div className="person-profile">
          {editing ? (
            <PersonEditForm person={person} onDone={() => setEditing(false)} />
          ) : (
            <>
              <HealthCard personId={person.id} />
              <CadenceCard person={person} />
              <RemindersCard person={person} />
              <HowWeMetCard person={person} />
              <JourneyCard person={person} />
              <IdentitiesCard person={person} />
              <JobsCard person={person} />
              <LabelsCard person={person} />
              <RelationshipsCard person={person} />
              <PersonDetails person={person} />
            </>
          )}
        </div>
        <PersonTimeline person={person} />
      </div>
    </div>
  );
}

export function PersonScreen({ id }: { id: string }) {
  const person = useAppStore(selectOpenPerson);
  const status = useAppStore(selectOpenPersonStatus);
  const error = useAppStore(selectOpenPersonError);
  const loadPerson = useAppStore((s) => s.loadPerson);
  const closePerson = useAppStore((s) => s.closePerson);

  useEffect(() => {
    void loadPerson(id);
    return () => closePerson();
  }, [id, loadPerson, closePerson]);

  if (person && person.id === id) return <PersonView key={id} person={person} />;
  if (status === 'error' && error?.code === 'NOT_FOUND') {
    return (
      <div className="screen">
        <EmptyState
          icon={UserX}
          title="This person is not here"
          actions={
            <Link href="/people" className="btn btn-primary">
              Back to People
            </Link>
          }
        >
          <p>The link may be old, or the person was removed in another window or restored from a backup.</p>
        </EmptyState>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="screen">
        <LoadError what="this person" error={error} onRetry={() => void loadPerson(id)} />
      </div>
    );
  }
  return (
    <div className="screen">
      <Loading />
    </div>
  );
}
