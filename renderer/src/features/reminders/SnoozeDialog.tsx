import { AlarmClock } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { SnoozePreset } from '../../../../shared/domain/reminder';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { daysAgo, localDateTime } from '../../lib/dates';
import type { SnoozeTo } from '../../store/slices/remindersSlice';

export const SNOOZE_CHOICES: { preset: SnoozePreset; label: string; key: string }[] = [
  { preset: 'later_today', label: 'Later today', key: '1' },
  { preset: 'tomorrow_morning', label: 'Tomorrow morning', key: '2' },
  { preset: 'next_week', label: 'Next week', key: '3' },
];

/** Snooze presets (computed by the core in the user's time zone) or a date and time of one's own. */
export function SnoozeDialog({ title, onSnooze, onClose }: { title: string; onSnooze(to: SnoozeTo): Promise<boolean>; onClose(): void }) {
  const [custom, setCustom] = useState(() => localDateTime(daysAgo(-1)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function snooze(to: SnoozeTo) {
    if (busy) return;
    setBusy(true);
    const done = await onSnooze(to);
    setBusy(false);
    if (done) onClose();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const at = new Date(custom);
    if (!custom || Number.isNaN(at.getTime())) return setError('Enter a date and time.');
    if (at.getTime() <= Date.now()) return setError('Pick a time in the future.');
    void snooze({ until: at.toISOString() });
  }

  return (
    <Dialog title="Snooze" description={title} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(e) => {
          const choice = SNOOZE_CHOICES.find((c) => c.key === e.key);
          if (choice && !(e.target instanceof HTMLInputElement)) {
            e.preventDefault();
            void snooze({ preset: choice.preset });
          }
        }}
      >
        <div className="snooze-presets" role="group" aria-label="Snooze until">
          {SNOOZE_CHOICES.map((c, i) => (
            <button key={c.preset} type="button" className="btn snooze-preset" data-autofocus={i === 1 || undefined} disabled={busy} onClick={() => void snooze({ preset: c.preset })}>
              <AlarmClock size={15} aria-hidden /> {c.label} <kbd>{c.key}</kbd>
            </button>
          ))}
        </div>
        <Field label="Or until" error={error}>
          {(a) => <input {...a} type="datetime-local" value={custom} onChange={(e) => setCustom(e.target.value)} />}
        </Field>
        <FormFooter onCancel={onClose} disabled={busy} submitLabel="Snooze until then" />
      </form>
    </Dialog>
  );
}
