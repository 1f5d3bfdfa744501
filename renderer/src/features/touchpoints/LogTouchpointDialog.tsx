import { CalendarDays, Trash2 } from 'lucide-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { INITIATORS, TOUCHPOINT_CHANNELS, TOUCHPOINT_KINDS, isOnline } from '../../../../shared/vocabulary/touchpoint';
import type { TouchpointKind } from '../../../../shared/domain/touchpoint';
import { ChannelIcon } from '../../components/ChannelIcon';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { RefPicker } from '../../components/RefPicker';
import { toErrorInfo } from '../../lib/api';
import { QUICK_DAYS, daysAgo, localDateTime } from '../../lib/dates';
import { type PlacedErrors, noErrors } from '../../lib/fieldErrors';
import { CHANNEL_LABELS, INITIATOR_LABELS, KIND_LABELS } from '../../lib/labels';
import { searchEvents, searchPeople } from '../../lib/search';
import { useAppStore } from '../../store';
import type { TouchpointDraft } from '../../store/slices/uiSlice';
import { type TouchpointField, type TouchpointValues, changedFields, initialValues, rememberChannel, toRequest, touchpointErrors } from './touchpointForm';

function TouchpointForm({ draft, onDone }: { draft: TouchpointDraft; onDone(): void }) {
  const createTouchpoint = useAppStore((s) => s.createTouchpoint);
  const updateTouchpoint = useAppStore((s) => s.updateTouchpoint);
  const deleteTouchpoint = useAppStore((s) => s.deleteTouchpoint);
  const pushToast = useAppStore((s) => s.pushToast);
  const [values, setValues] = useState<TouchpointValues>(() => initialValues(draft));
  const [errors, setErrors] = useState<PlacedErrors<TouchpointField>>(noErrors);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const editing = draft.editing;

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = <K extends keyof TouchpointValues>(key: K, value: TouchpointValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function save() {
    if (saving) return;
    const prepared = toRequest(values);
    if (!prepared.ok) {
      setErrors(prepared.errors);
      return;
    }
    setSaving(true);
    try {
      if (editing) {
        const patch = changedFields(editing, prepared.body);
        if (Object.keys(patch).length > 0) await updateTouchpoint(editing.id, patch);
        pushToast({ tone: 'success', message: 'Touchpoint saved' });
      } else {
        await createTouchpoint(prepared.body);
        rememberChannel(prepared.body.channel);
        pushToast({ tone: 'success', message: `Logged ${CHANNEL_LABELS[prepared.body.channel].toLowerCase()} with ${values.people.map((p) => p.name).join(', ')}` });
      }
      onDone();
    } catch (error) {
      setErrors(touchpointErrors(toErrorInfo(error)));
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.preventDefault(), void save())} aria-busy={saving}>
      <Field label="With" required error={errors.fields.people}>
        {(a) => <RefPicker {...a} autoFocus={values.people.length === 0} label="With" multiple value={values.people} onChange={(v) => set('people', v)} search={searchPeople} placeholder="Search people" />}
      </Field>
      <Field label="When" error={errors.fields.at}>
        {(a) => (
          <div className="quick-date">
            <input {...a} type="datetime-local" value={values.at} onChange={(e) => set('at', e.target.value)} />
            <div className="quick-buttons" role="group" aria-label="Quick times">
              {QUICK_DAYS.map((q) => (
                <button key={q.id} type="button" className="btn btn-small" onClick={() => set('at', localDateTime(daysAgo(q.days)))}>
                  {q.id === 'today' ? 'Now' : q.label}
                </button>
              ))}
            </div>
          </div>
        )}
      </Field>
      <fieldset className="field">
        <legend>Channel</legend>
        <div className="channel-grid" role="radiogroup" aria-label="Channel">
          {TOUCHPOINT_CHANNELS.map((c) => (
            <label key={c} className={`channel-option${values.channel === c ? ' active' : ''}${isOnline(c) ? ' online' : ''}`}>
              <input
                type="radio"
                name="channel"
                value={c}
                checked={values.channel === c}
                data-autofocus={values.channel === c && draft.people.length > 0 && !editing ? true : undefined}
                onChange={() => set('channel', c)}
              />
              <ChannelIcon channel={c} size={15} />
              <span>{CHANNEL_LABELS[c]}</span>
            </label>
          ))}
        </div>
        {errors.fields.channel && <p className="field-error">{errors.fields.channel}</p>}
      </fieldset>
      <div className="form-grid">
        <fieldset className="field">
          <legend>Who started it</legend>
          <div className="segmented" role="radiogroup" aria-label="Who started it">
            {INITIATORS.map((i) => (
              <label key={i} className={`segment${values.initiatedBy === i ? ' active' : ''}`}>
                <input type="radio" name="initiated" checked={values.initiatedBy === i} onChange={() => set('initiatedBy', i)} />
                {i === 'me' ? 'Me' : 'Them'}
              </label>
            ))}
          </div>
          <span className="visually-hidden">{INITIATOR_LABELS[values.initiatedBy]}</span>
        </fieldset>
        <Field label="Kind" error={errors.fields.kind}>
          {(a) => (
            <select {...a} value={values.kind} onChange={(e) => set('kind', e.target.value as TouchpointKind)}>
              {TOUCHPOINT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="At event" error={errors.fields.event}>
        {(a) => <RefPicker {...a} label="At event" value={values.event} onChange={(v) => set('event', v)} search={searchEvents} placeholder="Optional" icon={<CalendarDays size={14} aria-hidden />} />}
      </Field>
      <Field label="Note" error={errors.fields.note}>
        {(a) => <textarea {...a} rows={2} placeholder="What you talked about, what you promised" value={values.note} onChange={(e) => set('note', e.target.value)} />}
      </Field>
      <FormFooter
        error={errors.form}
        onCancel={onDone}
        disabled={saving}
        submitLabel={saving ? 'Saving…' : editing ? 'Save' : 'Log touchpoint'}
        start={
          editing && (
            <button
              type="button"
              className="btn btn-ghost btn-left"
              onClick={() => {
                onDone();
                void deleteTouchpoint(editing.id);
              }}
            >
              <Trash2 size={14} aria-hidden /> Delete
            </button>
          )
        }
      />
    </form>
  );
}

/** Mounted once by the shell: from a person page, the palette or Ctrl/Cmd+L. */
export function LogTouchpointDialog() {
  const draft = useAppStore((s) => s.touchpointDraft);
  const close = useAppStore((s) => s.closeOverlay);
  if (!draft) return null;
  return (
    <Dialog title={draft.editing ? 'Edit touchpoint' : 'Log touchpoint'} description={draft.editing ? undefined : 'A DM, a call, a lunch: log it while you remember. Ctrl+Enter saves.'} onClose={close} className="dialog-wide">
      <TouchpointForm draft={draft} onDone={close} />
    </Dialog>
  );
}
