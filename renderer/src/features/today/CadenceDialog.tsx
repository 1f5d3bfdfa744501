import { type FormEvent, useState } from 'react';
import type { ReconnectItem } from '../../../../shared/domain/reconnect';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { CircleId } from '../../../../shared/domain/person';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { toErrorInfo } from '../../lib/api';
import { type PlacedErrors, noErrors, placeErrors } from '../../lib/fieldErrors';
import { useAppStore } from '../../store';

type CadenceField = 'circle' | 'cadenceDays';

/** The rhythm for one person: their circle, and their own cadence when the circle's does not fit. */
export function CadenceDialog({ item, onClose }: { item: ReconnectItem; onClose(): void }) {
  const patchPerson = useAppStore((s) => s.patchPerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const own = item.cadence.source === 'person' ? item.cadence.cadenceDays : null;
  const [circle, setCircle] = useState<CircleId | ''>(item.circle ?? '');
  const [days, setDays] = useState(own ? String(own) : '');
  const [errors, setErrors] = useState<PlacedErrors<CadenceField>>(noErrors);
  const [busy, setBusy] = useState(false);
  const circleDays = CIRCLES.find((c) => c.id === circle)?.cadenceDays;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const cadenceDays = days.trim() === '' ? null : Number(days);
    if (cadenceDays !== null && !(Number.isInteger(cadenceDays) && cadenceDays >= 1 && cadenceDays <= 3650)) {
      setErrors({ fields: { cadenceDays: 'A whole number of days from 1 to 3650, or empty to follow the circle.' }, form: null });
      return;
    }
    setBusy(true);
    try {
      await patchPerson(item.personId, { circle: circle || null, cadenceDays });
      pushToast({ tone: 'success', message: `Saved the rhythm for ${item.name}` });
      onClose();
    } catch (error) {
      setErrors(placeErrors(toErrorInfo(error), (path) => (path.endsWith('circle') ? 'circle' : path.endsWith('cadenceDays') ? 'cadenceDays' : null)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Cadence and circle" description={`How often to be in touch with ${item.name}.`} onClose={onClose}>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field label="Circle" error={errors.fields.circle}>
          {(a) => (
            <select {...a} data-autofocus value={circle} onChange={(e) => setCircle(e.target.value as CircleId | '')}>
              <option value="">No circle</option>
              {CIRCLES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · every {c.cadenceDays} days
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Own cadence (days)" hint={circleDays ? `Empty follows the circle: every ${circleDays} days.` : 'Empty: no rhythm of their own.'} error={errors.fields.cadenceDays}>
          {(a) => <input {...a} inputMode="numeric" value={days} placeholder={circleDays ? String(circleDays) : ''} onChange={(e) => setDays(e.target.value)} />}
        </Field>
        <FormFooter error={errors.form} onCancel={onClose} disabled={busy} submitLabel="Save" />
      </form>
    </Dialog>
  );
}
