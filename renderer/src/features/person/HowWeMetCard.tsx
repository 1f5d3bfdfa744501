import { CalendarDays, Pencil, UserRound } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Ref } from '../../../../shared/domain/common';
import type { MetMode, Person } from '../../../../shared/domain/person';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { QuickDateInput } from '../../components/QuickDateInput';
import { RefPicker } from '../../components/RefPicker';
import { toErrorInfo } from '../../lib/api';
import { formatApproxDate } from '../../lib/dates';
import { type PlacedErrors, noErrors, placeErrors } from '../../lib/fieldErrors';
import { searchEvents, searchPeople } from '../../lib/search';
import { useAppStore } from '../../store';
import { FormCard } from './FormCard';

type MetField = 'on' | 'event' | 'introducedBy' | 'mode' | 'note';
const FIELD_OF: Record<string, MetField> = { on: 'on', eventId: 'event', introducedById: 'introducedBy', mode: 'mode', note: 'note' };

function Summary({ person }: { person: Person }) {
  const m = person.howWeMet;
  if (!m.on && !m.event && !m.introducedBy && !m.mode && !m.note) {
    return <p className="muted">Not recorded. When, where and through whom you met helps you pick up the thread later.</p>;
  }
  return (
    <div className="how-we-met">
      <p>
        {m.mode && <span className={`mode-label mode-${m.mode}`}>{m.mode === 'online' ? 'Online' : 'Offline'}</span>} Met
        {m.on && <> {m.on.length === 10 ? 'on' : 'in'} {formatApproxDate(m.on)}</>}
        {m.event && (
          <>
            {' '}at <Link href={`/events/${m.event.id}`}>{m.event.name}</Link>
          </>
        )}
        {m.introducedBy && (
          <>
            , introduced by <Link href={`/people/${m.introducedBy.id}`}>{m.introducedBy.name}</Link>
          </>
        )}
      </p>
      {m.note && <p className="notes">{m.note}</p>}
    </div>
  );
}

function MetForm({ person, onDone }: { person: Person; onDone(): void }) {
  const patchPerson = useAppStore((s) => s.patchPerson);
  const m = person.howWeMet;
  const [on, setOn] = useState(m.on ?? '');
  const [event, setEvent] = useState<Ref[]>(m.event ? [m.event] : []);
  const [via, setVia] = useState<Ref[]>(m.introducedBy ? [m.introducedBy] : []);
  const [mode, setMode] = useState<MetMode | null>(m.mode);
  const [note, setNote] = useState(m.note ?? '');
  const [errors, setErrors] = useState<PlacedErrors<MetField>>(noErrors);
  const [saving, setSaving] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    try {
      await patchPerson(person.id, {
        howWeMet: { on: on.trim() || null, eventId: event[0]?.id ?? null, introducedById: via[0]?.id ?? null, mode, note: note.trim() || null },
      });
      onDone();
    } catch (error) {
      setErrors(placeErrors(toErrorInfo(error), (path) => FIELD_OF[path.replace(/^patch\.howWeMet\./, '')] ?? null));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="form"
      noValidate
      aria-label="How we met"
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void onSubmit(e);
      }}
    >
      <Field label="When" hint="A year or a month is fine when you are not sure." error={errors.fields.on}>
        {(a) => <QuickDateInput {...a} autoFocus verb="Met" value={on} onChange={setOn} />}
      </Field>
      <div className="form-grid">
        <Field label="At event" error={errors.fields.event}>
          {(a) => <RefPicker {...a} label="At event" value={event} onChange={setEvent} search={searchEvents} placeholder="Search events" icon={<CalendarDays size={14} aria-hidden />} />}
        </Field>
        <Field label="Introduced by" error={errors.fields.introducedBy}>
          {(a) => <RefPicker {...a} label="Introduced by" value={via} onChange={setVia} search={searchPeople} exclude={[person.id]} placeholder="Search people" icon={<UserRound size={14} aria-hidden />} />}
        </Field>
      </div>
      <fieldset className="field">
        <legend>Where</legend>
        <div className="segmented" role="radiogroup" aria-label="Online or offline">
          {([['offline', 'Offline'], ['online', 'Online'], [null, 'Not sure']] as const).map(([value, text]) => (
            <label key={text} className={`segment${mode === value ? ' active' : ''}`}>
              <input type="radio" name="met-mode" checked={mode === value} onChange={() => setMode(value)} />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Note" error={errors.fields.note}>
        {(a) => <textarea {...a} rows={2} placeholder="What we talked about" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <FormFooter error={errors.form} onCancel={onDone} disabled={saving} submitLabel="Save" />
    </form>
  );
}

export function HowWeMetCard({ person }: { person: Person }) {
  return (
    <FormCard
      id="met-title"
      title="How we met"
      openAriaLabel="Edit how we met"
      openLabel={
        <>
          <Pencil size={14} aria-hidden /> Edit
        </>
      }
    >
      {({ open, close }) => (open ? <MetForm person={person} onDone={close} /> : <Summary person={person} />)}
    </FormCard>
  );
}
