import { type FormEvent, useId, useState } from 'react';
import type { Circle } from '../../../../shared/domain/person';
import { LoadError, Loading } from '../../components/StatusViews';
import { toErrorInfo } from '../../lib/api';
import { placeErrors } from '../../lib/fieldErrors';
import { useAppStore } from '../../store';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function CircleRow({ circle }: { circle: Circle }) {
  const updateCircle = useAppStore((s) => s.updateCircle);
  const pushToast = useAppStore((s) => s.pushToast);
  const [text, setText] = useState(String(circle.cadenceDays));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  // A change made elsewhere shows here unless the user is in the middle of editing this row.
  const [seen, setSeen] = useState(circle.cadenceDays);
  if (seen !== circle.cadenceDays) {
    setSeen(circle.cadenceDays);
    setText(String(circle.cadenceDays));
  }
  const dirty = text.trim() !== String(circle.cadenceDays);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!dirty) return;
    if (!text.trim()) {
      setError('Enter a number of days, e.g. 30.');
      return;
    }
    setSaving(true);
    try {
      const saved = await updateCircle(circle.id, Number(text));
      setError(null);
      pushToast({ tone: 'success', message: `${saved.name}: every ${saved.cadenceDays} days` });
    } catch (err) {
      const placed = placeErrors(toErrorInfo(err), (path) => (path === 'cadenceDays' ? 'days' : null));
      setError(placed.fields.days ?? placed.form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <li>
      <form className={`circle-row${error ? ' field-invalid' : ''}`} noValidate onSubmit={onSubmit} aria-label={`${circle.name} circle`}>
        <span className={`circle-badge circle-${circle.id}`}>{circle.name}</span>
        <span className="muted circle-row-people">{people(circle.people)}</span>
        <label className="circle-row-days" htmlFor={id}>
          <span>Every</span>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            className="input-days"
            aria-label={`${circle.name}: days between touches`}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape' || !dirty) return;
              e.stopPropagation();
              setText(String(circle.cadenceDays));
              setError(null);
            }}
          />
          <span>days</span>
        </label>
        <button type="submit" className="btn btn-small" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {error && (
          <p id={`${id}-error`} className="field-error circle-row-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </li>
  );
}

/** The five circles and how often to be in touch with the people in each. */
export function CirclesSection() {
  const items = useAppStore((s) => s.circles.items);
  const status = useAppStore((s) => s.circles.status);
  const error = useAppStore((s) => s.circles.error);
  const loadCircles = useAppStore((s) => s.loadCircles);

  return (
    <section className="card" aria-labelledby="circles-title">
      <header className="card-header">
        <div>
          <h2 id="circles-title">Circles and cadences</h2>
          <p className="muted">How often you want to be in touch with the people in each circle. Someone with their own cadence keeps it; any touchpoint resets the count.</p>
        </div>
      </header>
      {items.length === 0 && status === 'error' && <LoadError what="circles" error={error} onRetry={() => void loadCircles()} />}
      {items.length === 0 && status !== 'error' && <Loading label="Loading circles…" />}
      {items.length > 0 && (
        <ul className="circle-list" aria-label="Circles">
          {items.map((c) => (
            <CircleRow key={c.id} circle={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
