import { Archive, ArchiveRestore, ArrowLeft, Pencil, UserX } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Person } from '../../../../shared/domain/person';
import { Avatar } from '../../components/Avatar';
import { CircleBadge } from '../../components/CircleBadge';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { selectOpenPerson, selectOpenPersonError, selectOpenPersonStatus } from '../../store/selectors';
import { PersonDetails } from './PersonDetails';
import { PersonEditForm } from './PersonEditForm';

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

function PersonView({ person }: { person: Person }) {
  const archivePerson = useAppStore((s) => s.archivePerson);
  const [editing, setEditing] = useState(false);
  const headline = person.identities.find((i) => i.primary)?.display ?? person.location;

  return (
    <div className="screen screen-person">
      <Link href="/people" className="back-link">
        <ArrowLeft size={16} aria-hidden /> People
      </Link>
      <ArchivedBanner person={person} />
      <header className="person-header">
        <Avatar id={person.id} name={person.displayName} size="lg" />
        <div className="person-title">
          <h1>{person.displayName}</h1>
          <p className="screen-subtitle">
            {headline && <span>{headline}</span>}
            <CircleBadge circle={person.circle} />
          </p>
        </div>
        {!editing && (
          <div className="person-actions">
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            {!person.archivedAt && (
              <button type="button" className="btn" onClick={() => void archivePerson(person.id)}>
                <Archive size={16} aria-hidden /> Archive
              </button>
            )}
          </div>
        )}
      </header>
      {editing ? <PersonEditForm person={person} onDone={() => setEditing(false)} /> : <PersonDetails person={person} />}
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
