import { Eye } from 'lucide-react';
import type { ContactsReport } from '../../../../shared/domain/contacts';
import { useAppStore } from '../../store';
import type { ContactsRunState } from '../../store/slices/contactsImportSlice';
import { formatCount, plural } from '../imports/importText';
import { AttendeesChoice } from './AttendeesChoice';
import { ColumnMapping } from './ColumnMapping';
import { ContactRowsTable } from './ContactRowsTable';
import { FORMAT_NAMES, readsColumns } from './contactsText';
import { ProblemList } from './ProblemList';

export function Stat({ value, label, detail }: { value: number; label: string; detail?: string }) {
  return (
    <div className="import-stat">
      <dt>{label}</dt>
      <dd>
        <span className="import-stat-value tabular">{formatCount(value)}</span>
        {detail && <span className="muted">{detail}</span>}
      </dd>
    </div>
  );
}

/** New / updated / duplicate / invalid, or for a calendar its events and attendees. */
export function ContactsStats({ report, done }: { report: ContactsReport; done: boolean }) {
  if (report.format === 'ics') {
    return (
      <dl className="import-stats">
        <Stat value={report.eventsCreated} label={done ? 'Events created' : 'New events'} />
        <Stat value={report.eventsUpdated} label={done ? 'Events updated' : 'Events to update'} detail="already in Rapport" />
        <Stat value={report.attendancesCreated} label="Attendees matched" detail="people you already have" />
        {done ? <Stat value={report.created} label="New people" detail="from the attendees you ticked" /> : <Stat value={report.attendeesOffered.length} label="Attendees not in Rapport" detail="yours to add below" />}
      </dl>
    );
  }
  return (
    <dl className="import-stats">
      <Stat value={report.created} label={done ? 'People added' : 'New people'} />
      <Stat value={report.updated} label={done ? 'People updated' : 'Updates'} detail="new details on people you have" />
      <Stat value={report.duplicates} label="Duplicates" detail="already here, nothing new" />
      {done ? <Stat value={report.skipped} label="Skipped" detail="could not be read" /> : <Stat value={report.problems.length} label="Invalid" detail="cannot be read" />}
    </dl>
  );
}

function nothingToImport(report: ContactsReport, attendees: number): boolean {
  return report.created + report.updated + report.eventsCreated + report.eventsUpdated + report.attendancesCreated + report.touchpointsCreated + attendees === 0;
}

/** The bottom of the preview: the "skip invalid" choice the import needs, and the Import button. */
function ImportBar({ run, report }: { run: ContactsRunState; report: ContactsReport }) {
  const importContacts = useAppStore((s) => s.importContacts);
  const setSkipInvalid = useAppStore((s) => s.setSkipInvalid);
  const ready = run.phase === 'ready';
  const invalid = report.problems.length;
  const blocked = invalid > 0 && !run.skipInvalid;
  const empty = nothingToImport(report, run.attendees.length);
  return (
    <div className="contacts-import-bar">
      {invalid > 0 && (
        <div className="contacts-skip">
          <label className="inline-check">
            <input type="checkbox" checked={run.skipInvalid} disabled={!ready} onChange={(e) => setSkipInvalid(e.target.checked)} />
            Skip {plural(invalid, 'invalid record')}
          </label>
          <p className="muted">
            {blocked
              ? 'Nothing is imported while some records cannot be read. Fix the file, or leave them out: the import report keeps them.'
              : 'They are left out; the import report lists them by line.'}
          </p>
        </div>
      )}
      {empty && invalid === 0 && <p className="muted contacts-nothing">Everything in this file is already in Rapport: importing it would change nothing.</p>}
      <div className="import-actions">
        <button type="button" className="btn btn-primary" disabled={!ready || blocked || empty} onClick={() => void importContacts()}>
          {report.format === 'ics' ? 'Import events' : 'Import contacts'}
        </button>
      </div>
    </div>
  );
}

/** What importing the file would do; nothing has been written. */
export function ContactsPreview({ run, report }: { run: ContactsRunState; report: ContactsReport }) {
  const updating = run.phase === 'running' && run.dryRun;
  const editable = run.phase !== 'running';
  const mapping = run.mapping ?? report.mapping ?? {};
  return (
    <section className="import-report contacts-preview" aria-label="Contacts preview" aria-busy={updating || undefined}>
      <header className="import-report-header">
        <Eye size={20} aria-hidden className="import-report-icon" />
        <h3>Preview of {report.file}: nothing has been written yet</h3>
      </header>
      <p className="muted contacts-read-as">
        Read as {FORMAT_NAMES[report.format]}
        {run.format ? '' : ', recognised from the file'} · {plural(report.records, report.format === 'ics' ? 'event' : 'record')}
        {updating && <span role="status"> · Updating the preview…</span>}
      </p>
      <ContactsStats report={report} done={false} />
      {readsColumns(report.format, report.header) && <ColumnMapping header={report.header} mapping={mapping} disabled={!editable} />}
      {report.format === 'ics' && <AttendeesChoice offered={report.attendeesOffered} disabled={!editable} />}
      {report.problems.length > 0 && (
        <section className="contacts-problem-block" aria-labelledby="contacts-problems-title">
          <h4 id="contacts-problems-title">{plural(report.problems.length, 'record')} cannot be read</h4>
          <ProblemList problems={report.problems} label="Problems" />
        </section>
      )}
      {report.warnings.length > 0 && (
        <details className="contacts-warnings">
          <summary>{plural(report.warnings.length, 'value')} will be left out or kept as it is</summary>
          <ProblemList problems={report.warnings} label="Warnings" tone="warning" />
        </details>
      )}
      <ContactRowsTable key={`${report.format}:${report.records}`} rows={report.rows} records={report.records} noun={report.format === 'ics' ? 'Event' : 'Name'} />
      <ImportBar run={run} report={report} />
    </section>
  );
}
