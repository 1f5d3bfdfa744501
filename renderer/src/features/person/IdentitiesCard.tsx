import { Plus, Star, Trash2, X } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { IDENTITY_KINDS } from '../../../../shared/vocabulary/identity';
import type { Identity, IdentityKind } from '../../../../shared/domain/identity';
import type { Person } from '../../../../shared/domain/person';
import { Field } from '../../components/Field';
import { IDENTITY_LABELS, IdentityIcon } from '../../components/IdentityIcon';
import { type ErrorInfo, toErrorInfo } from '../../lib/api';
import { conflictOwner, issuesOf, sentence } from '../../lib/fieldErrors';
import { previewIdentity } from '../../lib/identityGuess';
import { useAppStore } from '../../store';
import { FormCard, closeOnEscape } from './FormCard';

function IdentityRow({ person, identity }: { person: Person; identity: Identity }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const several = person.identities.filter((x) => x.kind === identity.kind).length > 1;

  async function remove() {
    try {
      await changePerson('identities:remove', { id: identity.id });
      pushToast({
        tone: 'info',
        message: `Removed ${identity.display}`,
        action: {
          label: 'Undo',
          run: async () => {
            // The display form normalises back to the same identity (the stored key does not, for LinkedIn).
            const { kind, display, label, xAccountId, primary } = identity;
            await changePerson('identities:add', { personId: person.id, identity: { kind, value: display, label, xAccountId, primary } });
          },
        },
      });
    } catch (error) {
      pushToast({ tone: 'error', message: `Could not remove ${identity.display}: ${toErrorInfo(error).message}` });
    }
  }

  async function makePrimary() {
    try {
      await changePerson('identities:update', { id: identity.id, patch: { primary: true } });
    } catch (error) {
      pushToast({ tone: 'error', message: toErrorInfo(error).message });
    }
  }

  return (
    <li className="identity">
      <IdentityIcon kind={identity.kind} />
      <span className="identity-kind">{identity.label ?? IDENTITY_LABELS[identity.kind]}</span>
      {/* Shown as text on purpose: opening links from contact data waits for an allowlisted opener. */}
      <span className="identity-value" title={identity.display}>
        {identity.display}
        {identity.primary && several && <span className="tag">primary</span>}
      </span>
      <span className="row-actions">
        {several && !identity.primary && (
          <button type="button" className="icon-button" aria-label={`Make ${identity.display} primary`} title="Make primary" onClick={() => void makePrimary()}>
            <Star size={14} aria-hidden />
          </button>
        )}
        <button type="button" className="icon-button" aria-label={`Remove ${identity.display}`} title="Remove" onClick={() => void remove()}>
          <Trash2 size={14} aria-hidden />
        </button>
      </span>
    </li>
  );
}

function AddIdentity({ person, onDone }: { person: Person; onDone(): void }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const [kind, setKind] = useState<IdentityKind | 'auto'>('auto');
  const [value, setValue] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const preview = previewIdentity(kind, value);
  const owner = error ? conflictOwner(error) : null;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!preview || saving) return;
    setSaving(true);
    try {
      await changePerson('identities:add', { personId: person.id, identity: { kind: preview.kind, value } });
      setValue('');
      setError(null);
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setSaving(false);
    }
  }

  const message = owner ? (
    <>
      {error!.message.split(' already belongs to ')[0]} already belongs to <Link href={`/people/${owner.personId}`}>{owner.name}</Link>.
    </>
  ) : error ? (
    sentence(issuesOf(error)[0]?.message ?? error.message)
  ) : preview && 'error' in preview ? (
    sentence(`“${value.trim()}” ${preview.error}`)
  ) : null;

  return (
    <form className="inline-form" onSubmit={onSubmit} onKeyDown={closeOnEscape(onDone)} aria-label="Add a way to reach">
      <div className="inline-form-row">
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as IdentityKind | 'auto')}>
          <option value="auto">Detect</option>
          {IDENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {IDENTITY_LABELS[k]}
            </option>
          ))}
        </select>
        <Field label="Handle, address or link" error={message}>
          {(a) => (
            <input
              {...a}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              placeholder="@name, x.com/name, linkedin URL, @user@instance…"
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <button type="submit" className="btn btn-primary" disabled={!preview || 'error' in preview || saving}>
          Add
        </button>
        <button type="button" className="icon-button inline-form-cancel" aria-label="Cancel" title="Cancel (Esc)" onClick={onDone}>
          <X size={16} aria-hidden />
        </button>
      </div>
      {preview && 'display' in preview && !message && (
        <p className="field-hint" aria-live="polite">
          Saved as {IDENTITY_LABELS[preview.kind]}: <strong>{preview.display}</strong>
        </p>
      )}
    </form>
  );
}

export function IdentitiesCard({ person }: { person: Person }) {
  return (
    <FormCard
      id="identities-title"
      title="Ways to reach"
      openLabel={
        <>
          <Plus size={14} aria-hidden /> Add
        </>
      }
    >
      {({ open, close }) => (
        <>
          {person.identities.length === 0 && !open && <p className="muted">No email, phone or handles yet. Paste any form — @name, an x.com or LinkedIn link, @user@instance.</p>}
          {person.identities.length > 0 && (
            <ul className="identity-list">
              {person.identities.map((i) => (
                <IdentityRow key={i.id} person={person} identity={i} />
              ))}
            </ul>
          )}
          {open && <AddIdentity person={person} onDone={close} />}
        </>
      )}
    </FormCard>
  );
}
