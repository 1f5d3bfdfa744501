import { formatBytes } from '../../lib/format';
import { useAppStore } from '../../store';
import { formatCount } from '../imports/importText';

function Bar({ label, done, total }: { label: string; done: number; total: number | null }) {
  const known = total !== null && total > 0;
  return (
    <div
      className={`progress-track${known ? '' : ' progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
    >
      <div className="progress-fill" style={known ? { width: `${((Math.min(1, done / total) || 0) * 100).toFixed(1)}%` } : undefined} />
    </div>
  );
}

/** The upload, preview or import of a contacts file that is running, and a way to stop it. */
export function ContactsProgress() {
  const run = useAppStore((s) => s.contactsRun);
  const cancelContacts = useAppStore((s) => s.cancelContacts);
  const cancel = (
    <button type="button" className="btn" disabled={run.cancelling} onClick={() => void cancelContacts()}>
      {run.cancelling ? 'Cancelling…' : 'Cancel'} <kbd>Esc</kbd>
    </button>
  );

  if (run.phase === 'uploading' && run.upload) {
    const { name, sent, total } = run.upload;
    return (
      <div className="import-progress" aria-label="Upload">
        <div className="import-progress-head">
          <span className="import-progress-title">Uploading {name} to Rapport</span>
          <span className="muted tabular">
            {formatBytes(sent)} of {formatBytes(total)}
          </span>
        </div>
        <Bar label={`Uploading ${name}`} done={sent} total={total} />
        <div className="import-progress-foot">
          <p className="muted">A copy stays on this computer, in Rapport’s data folder, until the import is done.</p>
          {cancel}
        </div>
      </div>
    );
  }

  const name = run.file?.name ?? 'the file';
  const verb = run.dryRun ? 'Reading' : 'Importing';
  const progress = run.progress;
  return (
    <div className="import-progress" aria-label={run.dryRun ? 'Contacts preview progress' : 'Contacts import progress'}>
      <div className="import-progress-head">
        <span className="import-progress-title">
          {verb} {name}
          {run.dryRun ? ' (preview, nothing is written)' : ''}
        </span>
        <span className="muted tabular" role="status">
          {progress ? (progress.total !== null ? `${formatCount(progress.done)} of ${formatCount(progress.total)}` : formatCount(progress.done)) : 'Starting…'}
        </span>
      </div>
      <Bar label={`${verb} ${name}`} done={progress?.done ?? 0} total={progress?.total ?? null} />
      <div className="import-progress-foot">
        <p className="muted mono import-progress-label" title={progress?.label}>
          {progress?.label || 'Opening the file…'}
        </p>
        {cancel}
      </div>
    </div>
  );
}
