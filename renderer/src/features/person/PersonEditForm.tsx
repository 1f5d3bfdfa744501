import { type FormEvent, useState } from 'react';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { Person } from '../../../../shared/domain/person';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { toErrorInfo } from '../../lib/api';
import { noErrors } from '../../lib/fieldErrors';
import { useAppStore } from '../../store';
import { type EditErrors, type EditField, type EditValues, editErrorsFrom, patchFrom, valuesOf } from './personEdit';

export function PersonEditForm({ person, onDone }: { person: Person; onDone(): void }) {
  const updatePerson = useAppStore((s) => s.updatePerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const [values, setValues] = useState<EditValues>(() => valuesOf(person));
  const [errors, setErrors] = useState<EditErrors>(noErrors);
  const [saving, setSaving] = useState(false);

  const bind = (field: EditField) => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!values.displayName.trim()) {
      setErrors({ fields: { displayName: 'A person needs a name.' }, form: null });
      return;
    }
    const patch = patchFrom(person, values);
    if (Object.keys(patch).length === 0) {
      onDone();
      return;
    }
    setSaving(true);
    try {
      await updatePerson(person.id, patch);
      pushToast({ tone: 'success', message: 'Saved' });
      onDone();
    } catch (error) {
      setErrors(editErrorsFrom(toErrorInfo(error)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="form person-edit"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
      aria-label={`Edit ${person.displayName}`}
    >
      <Field label="Name" required error={errors.fields.displayName}>
        {(a) => <input {...a} autoFocus {...bind('displayName')} />}
      </Field>
      <div className="form-grid">
        <Field label="Given name" error={errors.fields.givenName}>
          {(a) => <input {...a} {...bind('givenName')} />}
        </Field>
        <Field label="Family name" error={errors.fields.familyName}>
          {(a) => <input {...a} {...bind('familyName')} />}
        </Field>
        <Field label="Nickname" error={errors.fields.nickname}>
          {(a) => <input {...a} {...bind('nickname')} />}
        </Field>
        <Field label="Location" error={errors.fields.location}>
          {(a) => <input {...a} placeholder="City, country" {...bind('location')} />}
        </Field>
      </div>
      <Field label="Circle" hint="How often you want to be in touch." error={errors.fields.circle}>
        {(a) => (
          <select {...a} {...bind('circle')}>
            <option value="">No circle</option>
            {CIRCLES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} — every {c.cadenceDays} days
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Notes" error={errors.fields.notes}>
        {(a) => <textarea {...a} rows={6} {...bind('notes')} />}
      </Field>
      <FormFooter error={errors.form} onCancel={onDone} disabled={saving} submitLabel={saving ? 'Saving…' : 'Save'} />
    </form>
  );
}
