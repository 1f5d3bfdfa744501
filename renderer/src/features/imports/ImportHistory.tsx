import { FileArchive, FileText, Undo2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ImportRecord } from '../../../../shared/domain/xArchive';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatDate, formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';
import { isContactsImportKind } from '../../store/slices/contactsImportSlice';
import { importHeadline, importKindLabel, importOwner, plural, touchpointsOf } from './importText';

const STATUS: Record<ImportRecord['status'], string> = { running: 'Running', done: 'Imported', failed: 'Failed', undone: 'Undone' };

function UndoConfirm({ record, busy, onCancel, onConfirm }: { record: ImportRecord; busy: boolean; onCancel(): void; onConfirm(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  const touchpoints = touchpointsOf(record);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="import-undo-confirm"
      role="group"
      aria-label={`Undo the import of ${record.sourceName}?`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      {isContactsImportKind(record.kind) ? (
        <p>
          <strong>Undo this import?</strong> Everything it added is taken out again: the people it added, the events it created and the details it
          added to people you already had. What you changed by hand since stays. To get it back, import the file again.
        </p>
      ) : (
        <p>
          <strong>Undo this import?</strong> Everything it added is taken out again:{' '}
          {touchpoints === 0 ? '' : `${touchpoints === null ? 'the touchpoints' : plural(touchpoints, 'touchpoint')} on people’s timelines, `}
          the messages and mentions it read, and the X accounts only it brought that you have not linked. Links you made yourself stay. To get it back,
          import the archive again.
        </p>
      )}
      <button ref={keep} type="button" className="btn btn-ghost" onClick={onCancel}>
        Keep it
      </button>
      <button type="button" className="btn btn-danger" disabled={busy} onClick={onConfirm}>
        {busy ? 'Undoing…' : 'Undo import'}
      </button>
    </div>
  );
}

function HistoryRow({ record, confirming, onAsk, onCancel }: { record: ImportRecord; confirming: boolean; onAsk(): void; onCancel(): void }) {
  const undoing = useAppStore((s) => s.undoingImport);
  const undoImport = useAppStore((s) => s.undoImport);
  const headline = importHeadline(record);
  const undone = record.status === 'undone';
  return (
    <li className={`import-row${undone ? ' is-undone' : ''}`}>
      {isContactsImportKind(record.kind) ? <FileText size={20} aria-hidden className="import-row-icon" /> : <FileArchive size={20} aria-hidden className="import-row-icon" />}
      <div className="import-row-text">
        <span className="import-row-title">
          {importKindLabel(record.kind)}
          {importOwner(record) ? ` of ${importOwner(record)}` : ''} · <span className="mono">{record.sourceName}</span>
        </span>
        <span className="muted">
          {formatDateTime(record.startedAt)}
          {headline ? ` · ${headline}` : ''}
        </span>
      </div>
      <span className={`import-status status-${record.status}`}>
        {STATUS[record.status]}
        {undone && record.undoneAt ? ` ${formatDate(record.undoneAt)}` : ''}
      </span>
      {record.status === 'done' && !confirming && (
        <button type="button" className="btn btn-small" disabled={undoing !== null} onClick={onAsk}>
          <Undo2 size={14} aria-hidden /> Undo this import…
        </button>
      )}
      {confirming && (
        <UndoConfirm
          record={record}
          busy={undoing === record.id}
          onCancel={onCancel}
          onConfirm={() => {
            onCancel();
            void undoImport(record.id);
          }}
        />
      )}
    </li>
  );
}

/** Every import, newest first; each finished one can be taken back. */
export function ImportHistory() {
  const history = useAppStore(useShallow((s) => ({ ids: s.importHistory.ids, status: s.importHistory.status, error: s.importHistory.error, cursor: s.importHistory.cursor, loadingMore: s.importHistory.loadingMore })));
  const byId = useAppStore((s) => s.importHistory.byId);
  const loadImports = useAppStore((s) => s.loadImports);
  const loadMoreImports = useAppStore((s) => s.loadMoreImports);
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="history-title">
      <header className="card-header">
        <div>
          <h2 id="history-title">Import history</h2>
          <p className="muted">Each import can be undone on its own: everything it added is taken out again.</p>
        </div>
      </header>
      {history.status === 'loading' && history.ids.length === 0 && <Loading label="Loading imports…" />}
      {history.status === 'error' && <LoadError what="the import history" error={history.error} onRetry={() => void loadImports()} />}
      {history.status === 'ready' && history.ids.length === 0 && <p className="muted">No imports yet. Each import you run is listed here.</p>}
      {history.ids.length > 0 && (
        <ul className="import-list" aria-label="Imports">
          {history.ids.map((id) => {
            const record = byId[id];
            return record ? (
              <HistoryRow key={id} record={record} confirming={confirming === id} onAsk={() => setConfirming(id)} onCancel={() => setConfirming(null)} />
            ) : null;
          })}
        </ul>
      )}
      {history.cursor && (
        <button type="button" className="btn btn-ghost import-more" disabled={history.loadingMore} onClick={() => void loadMoreImports()}>
          {history.loadingMore ? 'Loading…' : 'Show older imports'}
        </button>
      )}
    </section>
  );
}
