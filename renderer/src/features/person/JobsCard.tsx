import { Building2, Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Person, Position } from '../../../../shared/domain/person';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { QuickDateInput } from '../../components/QuickDateInput';
import { SuggestInput } from '../../components/SuggestInput';
import { toErrorInfo } from '../../lib/api';
import { formatApproxDate, localDate } from '../../lib/dates';
import { type PlacedErrors, noErrors, placeErrors } from '../../lib/fieldErrors';
import { formatPeopleFilter, NO_FILTER } from '../../lib/peopleFilter';
import { searchLabels } from '../../lib/search';
import { useAppStore } from '../../store';
import { FormCard, closeOnEscape } from './FormCard';

export function jobLine(p: Pick<Position, 'title' | 'organisation'>): string {
  return p.title ? `${p.title} at ${p.organisation.name}` : p.organisation.name;
}

export function jobSpan(p: Position): string {
  const from = p.startOn ? formatApproxDate(p.startOn) : null;
  const to = p.endOn ? formatApproxDate(p.endOn) : null;
  if (p.current) return from ? `since ${from}` : 'current';
  return from ? `${from} – ${to}` : `until ${to}`;
}

function JobRow({ person, job }: { person: Person; job: Position }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const [ending, setEnding] = useState(false);
  const [endOn, setEndOn] = useState(localDate(new Date()));
  const [error, setError] = useState<string | null>(null);

  async function end(e: FormEvent) {
    e.preventDefault();
    try {
      await changePerson('positions:update', { id: job.id, patch: { endOn: endOn.trim() } });
      setEnding(false);
    } catch (err) {
      setError(placeErrors(toErrorInfo(err), () => 'endOn' as const).fields.endOn ?? toErrorInfo(err).message);
    }
  }

  async function remove() {
    try {
      await changePerson('positions:remove', { id: job.id });
      pushToast({
        tone: 'info',
        message: `Removed ${jobLine(job)}`,
        action: {
          label: 'Undo',
          run: () => void changePerson('positions:add', { personId: person.id, organisation: job.organisation.name, title: job.title, startOn: job.startOn, endOn: job.endOn }),
        },
      });
    } catch (err) {
      pushToast({ tone: 'error', message: toErrorInfo(err).message });
    }
  }

  const orgHref = `/people?${formatPeopleFilter({ ...NO_FILTER, organisation: job.organisation })}`;
  return (
    <li className={`job${job.current ? ' job-current' : ''}`}>
      <Building2 size={16} aria-hidden className="job-icon" />
      <div className="job-text">
        <span>
          {job.title && <>{job.title} at </>}
          <Link href={orgHref} title={`Everyone at ${job.organisation.name}`}>
            {job.organisation.name}
          </Link>
        </span>
        <span className="muted">{jobSpan(job)}</span>
        {ending && (
          <form className="inline-form" onSubmit={end} aria-label={`End ${jobLine(job)}`} onKeyDown={closeOnEscape(() => setEnding(false))}>
            <Field label="Ended" error={error}>
              {(a) => <QuickDateInput {...a} verb="Ended" value={endOn} onChange={setEndOn} />}
            </Field>
            <div className="form-actions">
              <button type="button" className="btn btn-small btn-ghost" onClick={() => setEnding(false)}>
                Cancel
              </button>
              <button type="submit" className="btn btn-small btn-primary">
                End job
              </button>
            </div>
          </form>
        )}
      </div>
      <span className="row-actions">
        {job.current && !ending && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setEnding(true)} aria-label={`End ${jobLine(job)}`}>
            End…
          </button>
        )}
        <button type="button" className="icon-button" aria-label={`Remove ${jobLine(job)}`} title="Remove" onClick={() => void remove()}>
          <Trash2 size={14} aria-hidden />
        </button>
      </span>
    </li>
  );
}

type JobField = 'organisation' | 'title' | 'startOn' | 'endOn';

function AddJob({ person, onDone }: { person: Person; onDone(): void }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const [organisation, setOrganisation] = useState('');
  const [title, setTitle] = useState('');
  const [startOn, setStartOn] = useState('');
  const [errors, setErrors] = useState<PlacedErrors<JobField>>(noErrors);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!organisation.trim()) {
      setErrors({ fields: { organisation: 'Name the organisation.' }, form: null });
      return;
    }
    try {
      await changePerson('positions:add', { personId: person.id, organisation, title: title.trim() || null, startOn: startOn.trim() || null });
      onDone();
    } catch (err) {
      setErrors(placeErrors(toErrorInfo(err), (path) => (['organisation', 'title', 'startOn', 'endOn'].includes(path) ? (path as JobField) : null)));
    }
  }

  return (
    <form className="form inline-form" noValidate onSubmit={onSubmit} aria-label="Add a job" onKeyDown={closeOnEscape(onDone)}>
      <div className="form-grid">
        <Field label="Organisation" required error={errors.fields.organisation}>
          {(a) => <SuggestInput {...a} autoFocus label="Organisation" value={organisation} onChange={setOrganisation} search={(q) => searchLabels('organisations', q)} />}
        </Field>
        <Field label="Title" error={errors.fields.title}>
          {(a) => <input {...a} autoComplete="off" placeholder="e.g. Head of Partnerships" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
      </div>
      <Field label="Started" error={errors.fields.startOn}>
        {(a) => <QuickDateInput {...a} verb="Started" value={startOn} onChange={setStartOn} />}
      </Field>
      <FormFooter error={errors.form} onCancel={onDone} submitLabel="Add job" />
    </form>
  );
}

export function JobsCard({ person }: { person: Person }) {
  return (
    <FormCard
      id="jobs-title"
      title="Work"
      openLabel={
        <>
          <Plus size={14} aria-hidden /> Add job
        </>
      }
    >
      {({ open, close }) => (
        <>
          {person.positions.length === 0 && !open && <p className="muted">No jobs yet. Add where they work now; when they move, end it and add the next, so you can follow them.</p>}
          {person.positions.length > 0 && (
            <ul className="job-list">
              {person.positions.map((job) => (
                <JobRow key={job.id} person={person} job={job} />
              ))}
            </ul>
          )}
          {open && <AddJob person={person} onDone={close} />}
        </>
      )}
    </FormCard>
  );
}
