import type { ProgressEvent } from '../../../../shared/ipc/events';
import { formatBytes } from '../../lib/format';
import { useAppStore } from '../../store';
import { formatCount } from './importText';

function Bar({ label, done, total }: { label: string; done: number; total: number | null }) {
  const known = total !== null && total > 0;
  const share = known ? Math.min(1, done / total) : 0;
  return (
    <div
      className={`progress-track${known ? '' : ' progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
    >
      <div className="progress-fill" style={known ? { width: `${(share * 100).toFixed(1)}%` } : undefined} />
    </div>
  );
}

function CancelButton({ cancelling, onCancel }: { cancelling: boolean; onCancel(): void }) {
  return (
    <button type="button" className="btn" disabled={cancelling} onClick={onCancel}>
      {cancelling ? 'Cancelling…' : 'Cancel'} <kbd>Esc</kbd>
    </button>
  );
}

/** A browser upload to the server on this machine, before its preview. */
export function UploadProgress({ upload: { name, sent, total }, cancelling, onCancel }: { upload: { name: string; sent: number; total: number }; cancelling: boolean; onCancel(): void }) {
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
        <CancelButton cancelling={cancelling} onCancel={onCancel} />
      </div>
    </div>
  );
}

/** A preview or import job of the core: what it reads, how far it is (its progress events), and Cancel. */
export function JobProgress(props: {
  ariaLabel: string;
  subject: string;
  dryRun: boolean;
  progress: Omit<ProgressEvent, 'job'> | null;
  /** Appended to the counts ("items"), or nothing. */
  unit: string;
  opening: string;
  cancelling: boolean;
  onCancel(): void;
}) {
  const { progress, unit } = props;
  const verb = props.dryRun ? 'Reading' : 'Importing';
  const counted = progress ? (progress.total !== null ? `${formatCount(progress.done)} of ${formatCount(progress.total)}${unit}` : `${formatCount(progress.done)}${unit}`) : 'Starting…';
  return (
    <div className="import-progress" aria-label={props.ariaLabel}>
      <div className="import-progress-head">
        <span className="import-progress-title">
          {verb} {props.subject}
          {props.dryRun ? ' (preview, nothing is written)' : ''}
        </span>
        <span className="muted tabular" role="status">
          {counted}
        </span>
      </div>
      <Bar label={`${verb} ${props.subject}`} done={progress?.done ?? 0} total={progress?.total ?? null} />
      <div className="import-progress-foot">
        <p className="muted mono import-progress-label" title={progress?.label}>
          {progress?.label || props.opening}
        </p>
        <CancelButton cancelling={props.cancelling} onCancel={props.onCancel} />
      </div>
    </div>
  );
}

/** The upload or the import that is running: what it is on, how far, and a way to stop it. */
export function ImportProgress() {
  const run = useAppStore((s) => s.importRun);
  const cancelImport = useAppStore((s) => s.cancelImport);
  const cancel = () => void cancelImport();
  if (run.phase === 'uploading' && run.upload) return <UploadProgress upload={run.upload} cancelling={false} onCancel={cancel} />;
  return (
    <JobProgress
      ariaLabel={run.dryRun ? 'Preview' : 'Import'}
      subject={run.archive?.name ?? 'the archive'}
      dryRun={run.dryRun}
      progress={run.progress}
      unit=" items"
      opening="Opening the archive…"
      cancelling={run.cancelling}
      onCancel={cancel}
    />
  );
}
