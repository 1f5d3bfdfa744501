import { type FormEvent, useMemo, useState } from 'react';
import type { ReminderSettings } from '../../../../shared/domain/reminder';
import { Field } from '../../components/Field';
import { LoadError, Loading } from '../../components/StatusViews';
import { toErrorInfo } from '../../lib/api';
import { type PlacedErrors, noErrors, placeErrors } from '../../lib/fieldErrors';
import { useAppStore } from '../../store';

type SettingsField = 'timeZone' | 'morningHour' | 'eventFollowUpDays' | 'digestHour' | 'notifications';
const FIELDS: SettingsField[] = ['timeZone', 'morningHour', 'eventFollowUpDays', 'digestHour', 'notifications'];

interface Values {
  timeZone: string;
  morningHour: string;
  eventFollowUpDays: string;
  digestHour: string;
  notifications: boolean;
}

const valuesOf = (s: ReminderSettings): Values => ({
  timeZone: s.timeZone,
  morningHour: String(s.morningHour),
  eventFollowUpDays: String(s.eventFollowUpDays),
  digestHour: s.digestHour === null ? 'off' : String(s.digestHour),
  notifications: s.notifications,
});

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Every zone the browser knows, with the saved one and this computer's one always present. */
function zones(current: string): string[] {
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, current, here])].sort();
}

function SettingsForm({ settings }: { settings: ReminderSettings }) {
  const update = useAppStore((s) => s.updateReminderSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [values, setValues] = useState(() => valuesOf(settings));
  const [errors, setErrors] = useState<PlacedErrors<SettingsField>>(noErrors);
  const [saving, setSaving] = useState(false);
  const zoneList = useMemo(() => zones(settings.timeZone), [settings.timeZone]);
  const saved = valuesOf(settings);
  const changed = FIELDS.filter((f) => values[f] !== saved[f]);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (changed.length === 0) return;
    if (!values.eventFollowUpDays.trim()) {
      setErrors({ fields: { eventFollowUpDays: 'Enter a number of days; 0 turns them off.' }, form: null });
      return;
    }
    const patch = {
      timeZone: values.timeZone,
      morningHour: Number(values.morningHour),
      eventFollowUpDays: Number(values.eventFollowUpDays),
      digestHour: values.digestHour === 'off' ? null : Number(values.digestHour),
      notifications: values.notifications,
    };
    setSaving(true);
    try {
      const next = await update(Object.fromEntries(changed.map((f) => [f, patch[f]])));
      setValues(valuesOf(next));
      setErrors(noErrors());
      pushToast({ tone: 'success', message: 'Saved the reminder settings' });
    } catch (error) {
      setErrors(placeErrors(toErrorInfo(error), (path) => (FIELDS as string[]).includes(path) ? (path as SettingsField) : null));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate aria-label="Reminders and notifications" onSubmit={onSubmit}>
      <div className="form-grid">
        <Field label="Time zone" hint="All-day reminders, birthdays and snoozes follow this zone." error={errors.fields.timeZone}>
          {(a) => (
            <select {...a} value={values.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
              {zoneList.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Morning hour" hint="When all-day reminders and “tomorrow morning” fall due." error={errors.fields.morningHour}>
          {(a) => (
            <select {...a} value={values.morningHour} onChange={(e) => set('morningHour', e.target.value)}>
              {HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  {hourLabel(h)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Event follow-up after (days)" hint="For people met at an event; 0 turns these reminders off. Each event can differ." error={errors.fields.eventFollowUpDays}>
          {(a) => <input {...a} type="number" inputMode="numeric" min={0} max={60} className="input-days" value={values.eventFollowUpDays} onChange={(e) => set('eventFollowUpDays', e.target.value)} />}
        </Field>
        <Field label="Daily digest" hint="One notification a day with what is due." error={errors.fields.digestHour}>
          {(a) => (
            <select {...a} value={values.digestHour} onChange={(e) => set('digestHour', e.target.value)}>
              <option value="off">Off</option>
              {HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  At {hourLabel(h)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="check-row">
        <input type="checkbox" checked={values.notifications} onChange={(e) => set('notifications', e.target.checked)} />
        <span>
          Desktop notifications when a reminder falls due
          <span className="muted"> (the in-app inbox keeps them either way)</span>
        </span>
      </label>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" disabled={changed.length === 0 || saving} onClick={() => (setValues(saved), setErrors(noErrors()))}>
          Discard changes
        </button>
        <button type="submit" className="btn btn-primary" disabled={changed.length === 0 || saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}

/** Time zone, morning hour, event follow-ups, the daily digest and desktop notifications. */
export function ReminderSettingsSection() {
  const settings = useAppStore((s) => s.reminderSettings.settings);
  const status = useAppStore((s) => s.reminderSettings.status);
  const error = useAppStore((s) => s.reminderSettings.error);
  const load = useAppStore((s) => s.loadReminderSettings);
  return (
    <section className="card" aria-labelledby="reminder-settings-title">
      <header className="card-header">
        <div>
          <h2 id="reminder-settings-title">Reminders and notifications</h2>
          <p className="muted">When reminders fall due and how Rapport tells you.</p>
        </div>
      </header>
      {settings ? (
        <SettingsForm key={JSON.stringify(settings)} settings={settings} />
      ) : status === 'error' ? (
        <LoadError what="reminder settings" error={error} onRetry={() => void load()} />
      ) : (
        <Loading label="Loading reminder settings…" />
      )}
    </section>
  );
}
