import { useEffect } from 'react';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';

const CHOICES = [1, 2, 3, 5, 7, 14];
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * "Follow-up reminder" for people met at an event: the setting's default, a number of days
 * after, or off. The value is the form's string ('default', 'off' or the days).
 */
export function FollowUpField({ value, onChange, error }: { value: string; onChange(value: string): void; error?: string }) {
  const defaultDays = useAppStore((s) => s.reminderSettings.settings?.eventFollowUpDays);
  const loadReminderSettings = useAppStore((s) => s.loadReminderSettings);
  useEffect(() => {
    if (useAppStore.getState().reminderSettings.status === 'idle') void loadReminderSettings();
  }, [loadReminderSettings]);
  const choices = value !== 'default' && value !== 'off' && !CHOICES.includes(Number(value)) ? [...CHOICES, Number(value)].sort((a, b) => a - b) : CHOICES;
  const byDefault = defaultDays === undefined ? 'Use the default' : defaultDays === 0 ? 'Use the default (off)' : `Use the default (${days(defaultDays)})`;
  return (
    <div className="follow-up-field">
      <Field label="Follow-up reminder" hint="For everyone you meet here: a reminder to follow up this long after the event." error={error}>
        {(a) => (
          <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="default">{byDefault}</option>
            {choices.map((n) => (
              <option key={n} value={String(n)}>
                After {days(n)}
              </option>
            ))}
            <option value="off">Off for this event</option>
          </select>
        )}
      </Field>
    </div>
  );
}
