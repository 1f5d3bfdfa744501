import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { EVENT_KINDS } from '../../../../shared/vocabulary/touchpoint';
import type { Event, EventKind } from '../../../../shared/domain/event';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { toErrorInfo } from '../../lib/api';
import { type PlacedErrors, noErrors } from '../../lib/fieldErrors';
import { EVENT_KIND_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';
import { FollowUpField } from './FollowUpField';
import { EMPTY_EVENT, type EventField, type EventValues, checkEvent, eventErrors, toEventRequest, valuesOf } from './eventForm';

export function EventForm({ event, onDone }: { event: Event | null; onDone(saved: Event | null): void }) {
  const createEvent = useAppStore((s) => s.createEvent);
  const updateEvent = useAppStore((s) => s.updateEvent);
  const [values, setValues] = useState<EventValues>(() => (event ? valuesOf(event) : EMPTY_EVENT));
  const [errors, setErrors] = useState<PlacedErrors<EventField>>(noErrors);
  const [saving, setSaving] = useState(false);

  const bind = (field: Exclude<EventField, 'kind'>) => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const local = checkEvent(values);
    if (local) {
      setErrors(local);
      return;
    }
    setSaving(true);
    try {
      const request = toEventRequest(values);
      const saved = event ? await updateEvent(event.id, request) : await createEvent(request);
      onDone(saved);
    } catch (error) {
      setErrors(eventErrors(toErrorInfo(error)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={event ? `Edit ${event.name}` : 'New event'} onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && void onSubmit(e)}>
      <div className="form-grid form-grid-name">
        <Field label="Name" required error={errors.fields.name}>
          {(a) => <input {...a} data-autofocus autoComplete="off" placeholder="Gilda's Club benefit lunch" {...bind('name')} />}
        </Field>
        <Field label="Kind" error={errors.fields.kind}>
          {(a) => (
            <select {...a} value={values.kind} onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as EventKind }))}>
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EVENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-grid form-grid-4">
        <Field label="Starts" error={errors.fields.startDate}>
          {(a) => <input {...a} type="date" {...bind('startDate')} />}
        </Field>
        <Field label="Start time" hint="Optional" error={errors.fields.startTime}>
          {(a) => <input {...a} type="time" {...bind('startTime')} />}
        </Field>
        <Field label="Ends" error={errors.fields.endDate}>
          {(a) => <input {...a} type="date" {...bind('endDate')} />}
        </Field>
        <Field label="End time" hint="Optional" error={errors.fields.endTime}>
          {(a) => <input {...a} type="time" {...bind('endTime')} />}
        </Field>
      </div>
      <div className="form-grid">
        <Field label="Place" error={errors.fields.place}>
          {(a) => <input {...a} autoComplete="off" placeholder="City, venue or “online”" {...bind('place')} />}
        </Field>
        <Field label="Link" error={errors.fields.link}>
          {(a) => <input {...a} type="url" autoComplete="off" placeholder="https://…" {...bind('link')} />}
        </Field>
      </div>
      <Field label="Notes" error={errors.fields.notes}>
        {(a) => <textarea {...a} rows={3} {...bind('notes')} />}
      </Field>
      <FollowUpField value={values.followUp} onChange={(followUp) => setValues((v) => ({ ...v, followUp }))} error={errors.fields.followUp} />
      <FormFooter error={errors.form} onCancel={() => onDone(null)} disabled={saving} submitLabel={saving ? 'Saving…' : event ? 'Save' : 'Create event'} />
    </form>
  );
}

/** Mounted once by the shell (Events screen button, command palette). */
export function NewEventDialog() {
  const open = useAppStore((s) => s.overlay === 'new-event');
  const close = useAppStore((s) => s.closeOverlay);
  const pushToast = useAppStore((s) => s.pushToast);
  const [, navigate] = useLocation();
  if (!open) return null;
  return (
    <Dialog title="New event" description="A conference, a dinner, a meetup or a call where you meet people." onClose={close} className="dialog-wide">
      <EventForm
        event={null}
        onDone={(saved) => {
          close();
          if (!saved) return;
          pushToast({ tone: 'success', message: `Created ${saved.name}` });
          navigate(`/events/${saved.id}`);
        }}
      />
    </Dialog>
  );
}
