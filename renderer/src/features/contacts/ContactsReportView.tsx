import { CircleCheck, Undo2, Users } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ContactsReport } from '../../../../shared/domain/contacts';
import { useAppStore } from '../../store';
import { plural } from '../imports/importText';
import { ContactsStats } from './ContactsPreview';
import { ProblemList } from './ProblemList';

function UndoConfirm({ report, onCancel, onConfirm }: { report: ContactsReport; onCancel(): void; onConfirm(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const people = report.created ? `the ${plural(report.created, 'person', 'people')} it added, ` : '';
  return (
    <div
      className="import-undo-confirm"
      role="group"
      aria-label={`Undo the import of ${report.file}?`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <p>
        <strong>Undo this import?</strong> Everything it added is taken out again: {people}
        {report.format === 'ics' ? 'the events and attendances it created, ' : ''}and the details it added to people you already had. What you changed by hand
        since stays. To get it back, import the file again.
      </p>
      <button ref={keep} type="button" className="btn btn-ghost" onClick={onCancel}>
        Keep it
      </button>
      <button type="button" className="btn btn-danger" onClick={onConfirm}>
        Undo import
      </button>
    </div>
  );
}

/** What the import did, where to find the people it touched, and a way to take it back. */
export function ContactsReportView({ report }: { report: ContactsReport }) {
  const undo = useAppStore((s) => s.contactsRun.undo);
  const undoContactsImport = useAppStore((s) => s.undoContactsImport);
  const resetContacts = useAppStore((s) => s.resetContacts);
  const [confirming, setConfirming] = useState(false);
  // Undone here, or from the import history below.
  const undoneInHistory = useAppStore((s) => (report.importId ? s.importHistory.byId[report.importId]?.status === 'undone' : false));
  const undone = undo === 'undone' || undoneInHistory;
  const people = report.created + report.updated + report.attendancesCreated > 0;
  const showPeople = report.importId && !undone && people ? `/people?import=${report.importId}&importName=${encodeURIComponent(report.file)}` : null;
  return (
    <section className="import-report" aria-label="Contacts import report">
      <header className="import-report-header">
        <CircleCheck size={20} aria-hidden className={undone ? 'import-report-icon' : 'import-report-icon is-done'} />
        <h3>{undone ? `The import of ${report.file} was undone` : `Imported ${report.file}`}</h3>
        <div className="import-actions import-report-actions">
          {showPeople && (
            <Link href={showPeople} className="btn btn-primary">
              <Users size={16} aria-hidden /> Show these people
            </Link>
          )}
          {report.importId && !undone && !confirming && (
            <button type="button" className="btn" disabled={undo === 'undoing'} onClick={() => setConfirming(true)}>
              <Undo2 size={16} aria-hidden /> {undo === 'undoing' ? 'Undoing…' : 'Undo this import…'}
            </button>
          )}
          <button type="button" className="btn" onClick={resetContacts}>
            Import another file
          </button>
        </div>
      </header>
      {confirming && (
        <UndoConfirm
          report={report}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void undoContactsImport();
          }}
        />
      )}
      {undone && (
        <p className="import-notice" role="status">
          Nothing of it is left: the people it added are gone, and the people it updated are as they were.
        </p>
      )}
      <ContactsStats report={report} done />
      {report.skipped > 0 && (
        <section className="contacts-problem-block" aria-labelledby="contacts-skipped-title">
          <h4 id="contacts-skipped-title">{plural(report.skipped, 'invalid record')} skipped, as you chose</h4>
          <ProblemList problems={report.problems} label="Skipped records" />
        </section>
      )}
      {report.warnings.length > 0 && (
        <details className="contacts-warnings">
          <summary>{plural(report.warnings.length, 'value')} left out or kept as it was</summary>
          <ProblemList problems={report.warnings} label="Warnings" tone="warning" />
        </details>
      )}
    </section>
  );
}
