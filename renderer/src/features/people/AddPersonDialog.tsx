import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { toErrorInfo } from '../../lib/api';
import { useAppStore } from '../../store';
import { selectAddPersonOpen } from '../../store/selectors';
import {
  type AddPersonErrors,
  type AddPersonField,
  type AddPersonValues,
  EMPTY_VALUES,
  IDENTITY_FIELDS,
  NO_ERRORS,
  checkLocally,
  errorsFrom,
  toSubmission,
} from './addPersonForm';

function ConflictMessage({ errors, onOpen }: { errors: AddPersonErrors; onOpen(): void }) {
  const c = errors.conflict;
  if (!c) return null;
  if (!c.personId || !c.ownerName) return <>{c.message}</>;
  return (
    <>
      {c.lead}{' '}
      <Link href={`/people/${c.personId}`} onClick={onOpen}>
        {c.ownerName}
      </Link>
      . Open their page to add to it instead.
    </>
  );
}

function AddPersonForm({ onDone }: { onDone(): void }) {
  const createPerson = useAppStore((s) => s.createPerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const [, navigate] = useLocation();
  const [values, setValues] = useState<AddPersonValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<AddPersonErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);

  // After a refused save, put the cursor where the problem is (the disabled button had dropped
  // focus to <body>); not while the user edits, which also changes `errors`.
  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const errorFor = (field: AddPersonField) =>
    errors.conflict?.field === field ? <ConflictMessage errors={errors} onOpen={onDone} /> : errors.fields[field];

  const update = (field: AddPersonField) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    if (errors.fields[field] || errors.conflict?.field === field) {
      setErrors((prev) => ({ ...prev, fields: { ...prev.fields, [field]: undefined }, conflict: prev.conflict?.field === field ? null : prev.conflict }));
    }
  };

  async function save(another: boolean) {
    if (saving) return;
    const local = checkLocally(values);
    if (local) {
      focusError.current = true;
      setErrors(local);
      return;
    }
    const { request, identityFields } = toSubmission(values);
    setSaving(true);
    try {
      const person = await createPerson(request);
      pushToast({
        tone: 'success',
        message: `Added ${person.displayName}`,
        action: { label: 'Open', run: () => navigate(`/people/${person.id}`) },
      });
      if (another) {
        setValues(EMPTY_VALUES);
        setErrors(NO_ERRORS);
        nameInput.current?.focus();
      } else onDone();
    } catch (error) {
      focusError.current = true;
      setErrors(errorsFrom(toErrorInfo(error), identityFields));
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save(false);
  }

  // Ctrl/Cmd+Enter saves from the multi-line note too, where Enter makes a new line.
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save(false);
    }
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={saving}>
      <Field label="Name" required error={errors.fields.name}>
        {(a) => (
          <input {...a} ref={nameInput} data-autofocus autoComplete="off" value={values.name} onChange={update('name')} />
        )}
      </Field>
      <div className="form-grid">
        {IDENTITY_FIELDS.map((f) => (
          <Field key={f.field} label={f.label} error={errorFor(f.field)}>
            {(a) => (
              <input
                {...a}
                autoComplete="off"
                inputMode={f.inputMode}
                placeholder={f.placeholder}
                value={values[f.field]}
                onChange={update(f.field)}
              />
            )}
          </Field>
        ))}
      </div>
      <Field label="Note" hint="Where you met, what you talked about, what you promised." error={errors.fields.note}>
        {(a) => <textarea {...a} rows={3} value={values.note} onChange={update('note')} />}
      </Field>
      <FormFooter error={errors.form} onCancel={onDone} disabled={saving} submitLabel={saving ? 'Saving…' : 'Add person'}>
        <button type="button" className="btn" disabled={saving} onClick={() => void save(true)}>
          Save and add another
        </button>
      </FormFooter>
    </form>
  );
}

/** Mounted once by the shell so Ctrl/Cmd+N works from every screen. */
export function AddPersonDialog() {
  const open = useAppStore(selectAddPersonOpen);
  const close = useAppStore((s) => s.closeAddPerson);
  if (!open) return null;
  return (
    <Dialog title="Add person" description="Log someone you met while it is fresh. Only the name is required." onClose={close}>
      <AddPersonForm onDone={close} />
    </Dialog>
  );
}
