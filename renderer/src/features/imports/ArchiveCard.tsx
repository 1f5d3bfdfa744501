import { CircleAlert, CircleSlash, FileArchive, FolderOpen } from 'lucide-react';
import { useAppStore } from '../../store';
import type { ImportRunState } from '../../store/slices/importsSlice';
import { ArchiveChooser } from './ArchiveChooser';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';

function ChosenArchive({ run, disabled }: { run: ImportRunState; disabled: boolean }) {
  const setArchive = useAppStore((s) => s.setArchive);
  const archive = run.archive!;
  const Icon = archive.name.toLowerCase().endsWith('.zip') ? FileArchive : FolderOpen;
  return (
    <div className="chosen-archive" aria-label="Chosen archive">
      <Icon size={20} aria-hidden className="chosen-archive-icon" />
      <div className="chosen-archive-text">
        <span className="chosen-archive-name">{archive.name}</span>
        <span className="muted mono chosen-archive-path" title={archive.path}>
          {archive.origin === 'upload' ? 'Uploaded copy, kept until the import is done' : archive.path}
        </span>
      </div>
      <button type="button" className="btn btn-ghost" disabled={disabled} onClick={() => setArchive(null)}>
        Change…
      </button>
    </div>
  );
}

function RunButtons({ disabled }: { disabled: boolean }) {
  const runImport = useAppStore((s) => s.runImport);
  return (
    <div className="import-actions">
      <button type="button" className="btn" disabled={disabled} onClick={() => void runImport(true)} title="Reads the archive and counts what is in it; writes nothing">
        Preview
      </button>
      <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => void runImport(false)}>
        Import
      </button>
    </div>
  );
}

/** Why the upload or the import stopped, in the core's words (they name the file and the place in it). */
function Failure({ run }: { run: ImportRunState }) {
  const runImport = useAppStore((s) => s.runImport);
  const setArchive = useAppStore((s) => s.setArchive);
  const error = run.error!;
  const upload = error.stage === 'upload';
  const title = upload ? 'The upload did not finish. Nothing was imported.' : `The ${run.dryRun ? 'preview' : 'import'} stopped. Nothing was imported.`;
  return (
    <div className="import-failure" role="alert">
      <CircleAlert size={20} aria-hidden />
      <div className="import-failure-text">
        <p className="import-failure-title">{title}</p>
        <p className="import-failure-message mono selectable">{error.message}</p>
        {error.code === 'INVALID_INPUT' && !upload && (
          <p className="muted">Check that this is the archive X sent you (a .zip, or the folder it unpacks to), downloaded completely.</p>
        )}
      </div>
      {!upload && run.archive && (
        <div className="import-failure-actions">
          <button type="button" className="btn" onClick={() => void runImport(run.dryRun)}>
            Try again
          </button>
          <button type="button" className="btn" onClick={() => setArchive(null)}>
            Choose another archive
          </button>
        </div>
      )}
    </div>
  );
}

/** Choose an archive, preview or import it, follow it, read the report. */
export function ArchiveCard() {
  const run = useAppStore((s) => s.importRun);
  const runImport = useAppStore((s) => s.runImport);
  const resetImport = useAppStore((s) => s.resetImport);
  const busy = run.phase === 'running' || run.phase === 'uploading';
  const imported = run.phase === 'done' && run.report && !run.report.dryRun;

  return (
    <section className="card archive-card" aria-labelledby="archive-title">
      <header className="archive-card-header">
        <h2 id="archive-title">Your X archive</h2>
        <p>
          Rapport reads the archive on this computer: nothing is uploaded anywhere and no network is used. Importing a newer archive later
          adds only what is new.
        </p>
        <p className="muted">
          Get it from X: Settings → Your account → <strong>Download an archive of your data</strong>. X sends a link when it is ready, often after a day.
        </p>
      </header>

      {!imported && (run.archive ? <ChosenArchive run={run} disabled={busy} /> : run.phase !== 'uploading' && <ArchiveChooser disabled={busy} />)}

      {busy && <ImportProgress />}
      {run.phase === 'failed' && run.error && <Failure run={run} />}
      {run.phase === 'cancelled' && (
        <p className="import-notice" role="status">
          <CircleSlash size={18} aria-hidden /> {run.dryRun ? 'Preview' : 'Import'} cancelled. Nothing was imported.
        </p>
      )}
      {run.phase === 'done' && run.report && <ImportReportView report={run.report} onImport={() => void runImport(false)} onReset={resetImport} />}
      {run.archive && ['idle', 'cancelled'].includes(run.phase) && <RunButtons disabled={busy} />}
    </section>
  );
}
