import { CircleAlert, CircleSlash, FileText } from 'lucide-react';
import type { ContactFormat } from '../../../../shared/domain/contacts';
import { useAppStore } from '../../store';
import type { ContactsRunState } from '../../store/slices/contactsImportSlice';
import { ContactsChooser } from './ContactsChooser';
import { ContactsPreview } from './ContactsPreview';
import { ContactsProgress } from './ContactsProgress';
import { ContactsReportView } from './ContactsReportView';
import { CONTACT_FORMAT_LIST, FORMAT_LABELS, problemsOf } from './contactsText';
import { ProblemList } from './ProblemList';
import './contacts.css';

/** The chosen file, how it is read (recognised, or as the user says), and a way to choose another. */
function ChosenFile({ run, busy }: { run: ContactsRunState; busy: boolean }) {
  const resetContacts = useAppStore((s) => s.resetContacts);
  const setContactsFormat = useAppStore((s) => s.setContactsFormat);
  const file = run.file!;
  const recognised = run.preview?.format;
  return (
    <div className="chosen-archive" aria-label="Chosen contacts file">
      <FileText size={20} aria-hidden className="chosen-archive-icon" />
      <div className="chosen-archive-text">
        <span className="chosen-archive-name">{file.name}</span>
        <span className="muted mono chosen-archive-path" title={file.path}>
          {file.origin === 'upload' ? 'Uploaded copy, kept until the import is done' : file.path}
        </span>
      </div>
      <label className="compact-select">
        Read as
        <select value={run.format ?? 'auto'} disabled={busy && !run.dryRun} onChange={(e) => setContactsFormat(e.target.value === 'auto' ? null : (e.target.value as ContactFormat))}>
          <option value="auto">{recognised && !run.format ? `${FORMAT_LABELS[recognised]} — recognised` : 'Recognise it from the file'}</option>
          {CONTACT_FORMAT_LIST.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-ghost" disabled={busy} onClick={resetContacts}>
        Choose another file
      </button>
    </div>
  );
}

/** Why the upload, preview or import stopped, in the core's words; nothing was written. */
function Failure({ run }: { run: ContactsRunState }) {
  const previewContacts = useAppStore((s) => s.previewContacts);
  const importContacts = useAppStore((s) => s.importContacts);
  const resetContacts = useAppStore((s) => s.resetContacts);
  const error = run.error!;
  const title = { upload: 'The upload did not finish.', preview: 'The preview stopped.', import: 'The import stopped.' }[error.stage];
  const problems = problemsOf(error.details);
  return (
    <div className="import-failure" role="alert">
      <CircleAlert size={20} aria-hidden />
      <div className="import-failure-text">
        <p className="import-failure-title">{title} Nothing was imported.</p>
        <p className="import-failure-message mono selectable">{error.message}</p>
        {problems.length > 0 && !(problems.length === 1 && problems[0]!.message === error.message) && <ProblemList problems={problems} label="Problems in the file" />}
        {error.code === 'INVALID_INPUT' && error.stage !== 'upload' && (
          <p className="muted">
            Rapport reads vCard (.vcf), LinkedIn, Google and Outlook CSV exports, any CSV with a header row, and iCalendar (.ics). Check the file, or
            choose under “Read as” how to read it.
          </p>
        )}
      </div>
      <div className="import-failure-actions">
        {run.file && error.stage !== 'upload' && (
          <button type="button" className="btn" onClick={() => void (error.stage === 'import' ? importContacts() : previewContacts())}>
            Try again
          </button>
        )}
        <button type="button" className="btn" onClick={resetContacts}>
          Choose another file
        </button>
      </div>
    </div>
  );
}

/** Contacts from a file: choose it, see the preview (and fix the columns), import, read the report. */
export function ContactsCard() {
  const run = useAppStore((s) => s.contactsRun);
  const previewContacts = useAppStore((s) => s.previewContacts);
  const busy = run.phase === 'running' || run.phase === 'uploading';
  const importing = run.phase === 'running' && !run.dryRun;
  const preview = run.preview && run.phase !== 'done' && !importing ? run.preview : null;

  return (
    <section className="card archive-card contacts-card" aria-labelledby="contacts-title">
      <header className="archive-card-header">
        <h2 id="contacts-title">Contacts from a file</h2>
        <p>
          Your phone’s address book (vCard), LinkedIn connections, Google or Outlook contacts, any CSV with a header row, or a conference calendar
          (.ics). You see what would change before anything is written.
        </p>
        <p className="muted">
          People you already have are matched by email, phone, X handle or LinkedIn address and updated: new details are added, nothing you wrote is
          overwritten.
        </p>
      </header>

      {run.phase !== 'done' && (run.file ? <ChosenFile run={run} busy={busy} /> : run.phase !== 'uploading' && <ContactsChooser disabled={busy} />)}
      {busy && <ContactsProgress />}
      {run.phase === 'failed' && run.error && <Failure run={run} />}
      {run.phase === 'cancelled' && (
        <p className="import-notice" role="status">
          <CircleSlash size={18} aria-hidden /> {run.dryRun ? 'Preview' : 'Import'} cancelled. Nothing was imported.
          {run.file && (
            <button type="button" className="btn btn-small" onClick={() => void previewContacts()}>
              Preview again
            </button>
          )}
        </p>
      )}
      {preview && <ContactsPreview run={run} report={preview} />}
      {run.phase === 'done' && run.report && <ContactsReportView report={run.report} />}
    </section>
  );
}
