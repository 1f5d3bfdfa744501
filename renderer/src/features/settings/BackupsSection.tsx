import { ArchiveRestore, DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BackupInfo } from '../../../../shared/domain/app';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';
import { selectBackups, selectBackupsBusy, selectBackupsError, selectBackupsStatus } from '../../store/selectors';

const REASONS: Record<string, string> = {
  manual: 'Backed up by you',
  start: 'Automatic, at start',
  scheduled: 'Automatic',
  'pre-migrate': 'Before an update',
  'pre-restore': 'Before a restore',
  'pre-import': 'Before an import',
};

function BackupRow({ backup, confirming, onConfirm, onCancel, onAsk }: {
  backup: BackupInfo;
  confirming: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const busy = useAppStore(selectBackupsBusy);
  return (
    <li className="backup-row">
      <div className="backup-text">
        <span className="backup-date">{formatDateTime(backup.createdAt)}</span>
        <span className="muted">
          {REASONS[backup.reason] ?? backup.reason} · {formatBytes(backup.bytes)}
        </span>
        <span className="backup-name mono" title={backup.path}>
          {backup.name}
        </span>
      </div>
      {confirming ? (
        <div className="backup-confirm" role="group" aria-label={`Restore ${backup.name}?`}>
          <p>Replace all current data with this backup? The current data is backed up first.</p>
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" disabled={busy !== null} onClick={onConfirm}>
            {busy === backup.name ? 'Restoring…' : 'Restore this backup'}
          </button>
        </div>
      ) : (
        <button type="button" className="btn" disabled={busy !== null} onClick={onAsk}>
          <ArchiveRestore size={16} aria-hidden /> Restore…
        </button>
      )}
    </li>
  );
}

export function BackupsSection() {
  const items = useAppStore(useShallow(selectBackups));
  const status = useAppStore(selectBackupsStatus);
  const error = useAppStore(selectBackupsError);
  const busy = useAppStore(selectBackupsBusy);
  const createBackup = useAppStore((s) => s.createBackup);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="backups-title">
      <header className="card-header">
        <div>
          <h2 id="backups-title">Backups</h2>
          <p className="muted">Rapport backs up on its own every few hours and before every update. Restoring keeps a copy of the data it replaces.</p>
        </div>
        <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void createBackup()}>
          <DatabaseBackup size={16} aria-hidden /> {busy === 'create' ? 'Backing up…' : 'Back up now'}
        </button>
      </header>
      {status === 'loading' && items.length === 0 && <Loading label="Loading backups…" />}
      {status === 'error' && <LoadError what="backups" error={error} onRetry={() => void loadBackups()} />}
      {status === 'ready' && items.length === 0 && <p className="muted">No backups yet. “Back up now” makes the first one.</p>}
      {items.length > 0 && (
        <ul className="backup-list" aria-label="Backups">
          {items.map((b) => (
            <BackupRow
              key={b.name}
              backup={b}
              confirming={confirming === b.name}
              onAsk={() => setConfirming(b.name)}
              onCancel={() => setConfirming(null)}
              onConfirm={() => {
                setConfirming(null);
                void restoreBackup(b.name);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
