import { AlarmClock, CircleCheck, Clock, Pencil } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { CircleId, Person } from '../../../../shared/domain/person';
import type { CadenceStatus } from '../../../../shared/domain/reconnect';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { toErrorInfo } from '../../lib/api';
import { type PlacedErrors, noErrors, placeErrors } from '../../lib/fieldErrors';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { FormCard, closeOnEscape } from './FormCard';

type CadenceField = 'circle' | 'cadenceDays';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const circleName = (id: CircleId | null) => CIRCLES.find((c) => c.id === id)?.name ?? null;

/** "Overdue by 12 days", "Due in 3 days", "On track": the words and the tone of a due state. */
export function dueWords(c: CadenceStatus): { text: string; tone: 'overdue' | 'due_soon' | 'ok' | 'none' } {
  const n = c.daysOverdue ?? 0;
  if (c.state === 'overdue') return { text: n <= 0 ? 'Due today' : `Overdue by ${days(n)}`, tone: 'overdue' };
  if (c.state === 'due_soon') return { text: n >= -1 ? 'Due tomorrow' : `Due in ${days(-n)}`, tone: 'due_soon' };
  if (c.state === 'ok') return { text: 'On track', tone: 'ok' };
  return { text: 'No rhythm set', tone: 'none' };
}

export function DueBadge({ cadence }: { cadence: CadenceStatus }) {
  const { text, tone } = dueWords(cadence);
  const Icon = tone === 'overdue' ? AlarmClock : tone === 'due_soon' ? Clock : CircleCheck;
  if (tone === 'none') return null;
  return (
    <span className={`due-badge due-${tone}`}>
      <Icon size={14} aria-hidden /> {text}
    </span>
  );
}

function Status({ person, cadence }: { person: Person; cadence: CadenceStatus | null }) {
  if (!cadence) return <p className="muted">Working out when you are next due…</p>;
  if (cadence.state === 'none') {
    return <p className="muted">No rhythm yet. Put {person.displayName} in a circle, or set how often you want to be in touch.</p>;
  }
  const from = cadence.source === 'person' ? 'their own cadence' : `from the ${circleName(person.circle) ?? ''} circle`;
  return (
    <div className="cadence-status">
      <DueBadge cadence={cadence} />
      <p>
        Every {days(cadence.cadenceDays ?? 0)}, {from}.
        {cadence.dueAt && <span className="muted"> Next touch due by {formatDate(cadence.dueAt)}; any touchpoint resets it.</span>}
      </p>
    </div>
  );
}

function CadenceForm({ person, onDone }: { person: Person; onDone(): void }) {
  const updatePerson = useAppStore((s) => s.updatePerson);
  const circles = useAppStore((s) => s.circles.items);
  const loadCircles = useAppStore((s) => s.loadCircles);
  const [circle, setCircle] = useState<CircleId | ''>(person.circle ?? '');
  const [own, setOwn] = useState(person.cadenceDays !== null);
  const [text, setText] = useState(person.cadenceDays === null ? '' : String(person.cadenceDays));
  const [errors, setErrors] = useState<PlacedErrors<CadenceField>>(noErrors);
  const [saving, setSaving] = useState(false);
  useEffect(() => void loadCircles(), [loadCircles]);
  const circleDays = circles.find((c) => c.id === circle)?.cadenceDays;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (own && !text.trim()) {
      setErrors({ fields: { cadenceDays: 'Enter how many days, e.g. 30.' }, form: null });
      return;
    }
    setSaving(true);
    try {
      await updatePerson(person.id, { circle: circle || null, cadenceDays: own ? Number(text) : null });
      onDone();
    } catch (error) {
      setErrors(placeErrors(toErrorInfo(error), (path) => (path === 'patch.circle' ? 'circle' : path === 'patch.cadenceDays' ? 'cadenceDays' : null)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate aria-label="Keeping in touch" onSubmit={onSubmit} onKeyDown={closeOnEscape(onDone)}>
      <Field label="Circle" error={errors.fields.circle}>
        {(a) => (
          <select {...a} autoFocus value={circle} onChange={(e) => setCircle(e.target.value as CircleId | '')}>
            <option value="">No circle</option>
            {CIRCLES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="field">
        <legend>How often</legend>
        <div className="segmented" role="radiogroup" aria-label="How often">
          <label className={`segment${own ? '' : ' active'}`}>
            <input type="radio" name="cadence-source" checked={!own} onChange={() => setOwn(false)} />
            {circle ? `Use the circle’s${circleDays ? ` (${days(circleDays)})` : ''}` : 'No rhythm'}
          </label>
          <label className={`segment${own ? ' active' : ''}`}>
            <input type="radio" name="cadence-source" checked={own} onChange={() => setOwn(true)} />
            Their own
          </label>
        </div>
      </fieldset>
      {own && (
        <Field label="Every how many days" hint="Any touchpoint, on any channel, resets the count." error={errors.fields.cadenceDays}>
          {(a) => <input {...a} type="number" inputMode="numeric" min={1} max={3650} className="input-days" value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      )}
      <FormFooter error={errors.form} onCancel={onDone} disabled={saving} submitLabel={saving ? 'Saving…' : 'Save'} />
    </form>
  );
}

/** Where the person stands against their rhythm (from `health:person`), and their circle and cadence. */
export function CadenceCard({ person }: { person: Person }) {
  const cadence = useAppStore((s) => (s.health.personId === person.id ? (s.health.health?.cadence ?? null) : null));
  return (
    <FormCard
      id="cadence-title"
      title="Keeping in touch"
      openAriaLabel="Edit circle and cadence"
      openLabel={
        <>
          <Pencil size={14} aria-hidden /> Edit
        </>
      }
    >
      {({ open, close }) => (open ? <CadenceForm person={person} onDone={close} /> : <Status person={person} cadence={cadence} />)}
    </FormCard>
  );
}
