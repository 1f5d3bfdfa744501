import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Ref } from '../../../../shared/domain/common';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { RefPicker } from '../../components/RefPicker';
import { toErrorInfo } from '../../lib/api';
import { daysAgo, localDate } from '../../lib/dates';
import { type PlacedErrors, noErrors } from '../../lib/fieldErrors';
import { searchPeople } from '../../lib/search';
import { useAppStore } from '../../store';
import { QUICK_DUE, type ReminderField, type ReminderValues, type RepeatChoice, initialReminderValues, reminderErrors, repeatOptions, toReminderRequest } from './reminderForm';

/** The key that opens this dialog on Today, Reminders and a person's page. */
export const NEW_REMINDER_KEY = 'n';

/** A reminder about a person (or about nothing in particular): what, when, how often. */
export function NewReminderDialog({ person, onClose }: { person?: Ref | null; onClose(): void }) {
  const createReminder = useAppStore((s) => s.createReminder);
  const pushToast = useAppStore((s) => s.pushToast);
  const [values, setValues] = useState<ReminderValues>(() => initialReminderValues(person ?? null));
  const [errors, setErrors] = useState<PlacedErrors<ReminderField>>(noErrors);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = <K extends keyof ReminderValues>(key: K, value: ReminderValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function save() {
    if (saving) return;
    const prepared = toReminderRequest(values);
    if (!prepared.ok) return setErrors(prepared.errors);
    setSaving(true);
    try {
      const reminder = await createReminder(prepared.body);
      pushToast({ tone: 'success', message: `Reminder set: ${reminder.title}` });
      onClose();
    } catch (error) {
      setErrors(reminderErrors(toErrorInfo(error)));
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  const who = values.person[0];
  return (
    <Dialog title="New reminder" description="What to do, about whom, and when. Ctrl+Enter saves." onClose={onClose} className="dialog-wide">
      <form ref={form} className="form" noValidate onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.preventDefault(), void save())} aria-busy={saving}>
        <Field label="About" hint="Optional: the person this is about." error={errors.fields.person}>
          {(a) => <RefPicker {...a} autoFocus={!person} label="About" value={values.person} onChange={(v) => set('person', v)} search={searchPeople} placeholder="Search people" />}
        </Field>
        <Field label="Title" required={!who} error={errors.fields.title}>
          {(a) => <input {...a} data-autofocus={person ? true : undefined} value={values.title} placeholder={who ? `Get in touch with ${who.name}` : 'Send Sam the HBR article'} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field label="Due" hint="Leave the time empty for all day (it comes up in the morning)." error={errors.fields.due}>
          {(a) => (
            <div className="quick-date">
              <div className="due-inputs">
                <input {...a} type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />
                <input type="time" aria-label="Time (optional)" value={values.time} onChange={(e) => set('time', e.target.value)} />
              </div>
              <div className="quick-buttons" role="group" aria-label="Quick days">
                {QUICK_DUE.map((q) => {
                  const day = localDate(daysAgo(-q.days));
                  return (
                    <button key={q.label} type="button" className={`btn btn-small${values.date === day ? ' btn-pressed' : ''}`} aria-pressed={values.date === day} onClick={() => set('date', day)}>
                      {q.label}
                    </button>
                  );
                })}
              </div>
            </div>
          )}
        </Field>
        <Field label="Repeat" error={values.repeat === 'custom' ? undefined : errors.fields.rrule}>
          {(a) => (
            <select {...a} value={values.repeat} onChange={(e) => set('repeat', e.target.value as RepeatChoice)}>
              {repeatOptions(values).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.repeat === 'custom' && (
          <Field label="Rule" hint="An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=1MO (first Monday)." error={errors.fields.rrule}>
            {(a) => <input {...a} className="mono" spellCheck={false} value={values.rrule} placeholder="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR" onChange={(e) => set('rrule', e.target.value)} />}
          </Field>
        )}
        <Field label="Note" error={errors.fields.note}>
          {(a) => <textarea {...a} rows={2} placeholder="What you promised, what to mention" value={values.note} onChange={(e) => set('note', e.target.value)} />}
        </Field>
        <FormFooter error={errors.form} onCancel={onClose} disabled={saving} submitLabel={saving ? 'Saving…' : 'Set reminder'} />
      </form>
    </Dialog>
  );
}

/** The New reminder dialog opened from anywhere (the command palette). */
export function AppNewReminderDialog() {
  const open = useAppStore((s) => s.overlay === 'new-reminder');
  const person = useAppStore((s) => s.reminderPerson);
  const close = useAppStore((s) => s.closeOverlay);
  return open ? <NewReminderDialog person={person} onClose={close} /> : null;
}
