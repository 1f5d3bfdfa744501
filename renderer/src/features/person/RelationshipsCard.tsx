import { Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Ref } from '../../../../shared/domain/common';
import { RELATIONSHIP_KINDS } from '../../../../shared/vocabulary/people';
import type { Person, Relationship, RelationshipKind } from '../../../../shared/domain/person';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { RefPicker } from '../../components/RefPicker';
import { toErrorInfo } from '../../lib/api';
import { RELATIONSHIP_LABELS } from '../../lib/labels';
import { searchPeople } from '../../lib/search';
import { useAppStore } from '../../store';
import { FormCard, closeOnEscape } from './FormCard';

function RelationshipRow({ person, rel }: { person: Person; rel: Relationship }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const label = RELATIONSHIP_LABELS[rel.kind][rel.direction];

  async function remove() {
    try {
      await changePerson('relationships:remove', { id: rel.id });
      const [a, b] = rel.direction === 'outgoing' ? [person.id, rel.other.id] : [rel.other.id, person.id];
      pushToast({
        tone: 'info',
        message: `Removed the link with ${rel.other.name}`,
        action: { label: 'Undo', run: () => void changePerson('relationships:add', { personId: a, otherPersonId: b, kind: rel.kind, note: rel.note }) },
      });
    } catch (err) {
      pushToast({ tone: 'error', message: toErrorInfo(err).message });
    }
  }

  return (
    <li className="relationship">
      <span className="relationship-kind">{label}</span>
      <span className="relationship-other">
        <Link href={`/people/${rel.other.id}`}>{rel.other.name}</Link>
        {rel.note && <span className="muted"> · {rel.note}</span>}
      </span>
      <button type="button" className="icon-button" aria-label={`Remove the link with ${rel.other.name}`} title="Remove" onClick={() => void remove()}>
        <Trash2 size={14} aria-hidden />
      </button>
    </li>
  );
}

function AddRelationship({ person, onDone }: { person: Person; onDone(): void }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const [kind, setKind] = useState<RelationshipKind>('colleague');
  const [other, setOther] = useState<Ref[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const target = other[0];
    if (!target) {
      setError('Pick the other person.');
      return;
    }
    try {
      await changePerson('relationships:add', { personId: person.id, otherPersonId: target.id, kind, note: note.trim() || null });
      onDone();
    } catch (err) {
      setError(toErrorInfo(err).message);
    }
  }

  return (
    <form className="form inline-form" onSubmit={onSubmit} aria-label="Link to someone" onKeyDown={closeOnEscape(onDone)}>
      <div className="form-grid">
        <Field label="Relationship">
          {(a) => (
            <select {...a} value={kind} onChange={(e) => setKind(e.target.value as RelationshipKind)}>
              {RELATIONSHIP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RELATIONSHIP_LABELS[k].outgoing}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Person" error={error}>
          {(a) => <RefPicker {...a} autoFocus label="Person" value={other} onChange={setOther} search={searchPeople} exclude={[person.id]} placeholder="Search people" />}
        </Field>
      </div>
      <Field label="Note">{(a) => <input {...a} autoComplete="off" placeholder="Optional" value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <FormFooter onCancel={onDone} submitLabel="Add link" />
    </form>
  );
}

export function RelationshipsCard({ person }: { person: Person }) {
  return (
    <FormCard
      id="relationships-title"
      title="Relationships"
      openLabel={
        <>
          <Plus size={14} aria-hidden /> Link
        </>
      }
    >
      {({ open, close }) => (
        <>
          {person.relationships.length === 0 && !open && <p className="muted">No links yet. Record who introduced you, colleagues, friends and family.</p>}
          {person.relationships.length > 0 && (
            <ul className="relationship-list">
              {person.relationships.map((r) => (
                <RelationshipRow key={r.id} person={person} rel={r} />
              ))}
            </ul>
          )}
          {open && <AddRelationship person={person} onDone={close} />}
        </>
      )}
    </FormCard>
  );
}
