import { GitMerge } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { DuplicateSuggestion } from '../../../../shared/domain/contacts';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { subscribe } from '../../lib/events';
import { type KeyHelp, useListKeys } from '../../lib/useListKeys';
import { useAppStore } from '../../store';
import { KeysLegend } from '../x/AccountBits';
import { DuplicateRow } from './DuplicateRow';
import { MergeDialog } from './MergeDialog';
import './duplicates.css';

export const DUPLICATE_KEYS: KeyHelp[] = [
  { keys: ['j', '↓'], label: 'Next pair' },
  { keys: ['k', '↑'], label: 'Previous pair' },
  { keys: ['m', 'Enter'], label: 'Compare and merge them' },
  { keys: ['n'], label: 'Not the same person (never suggested again)' },
  { keys: ['?'], label: 'Show or hide these keys' },
];

const SHORT_KEYS = (
  <>
    <kbd>j</kbd>
    <kbd>k</kbd> move · <kbd>m</kbd> merge… · <kbd>n</kbd> not the same person
  </>
);

const keyOf = (p: DuplicateSuggestion) => `${p.a.id}|${p.b.id}`;

/** A person added, changed or merged elsewhere may make or end a pair: re-read once per burst. */
function useFollowChanges(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = subscribe('changed', (event) => {
      if (timer || !['person', 'event', 'all'].includes(event.entity)) return;
      timer = setTimeout(() => {
        timer = null;
        void useAppStore.getState().refreshDuplicates();
      }, 100);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, []);
}

function DuplicateList({ items }: { items: DuplicateSuggestion[] }) {
  const rejectDuplicate = useAppStore((s) => s.rejectDuplicate);
  const [busy, setBusy] = useState<string | null>(null);
  const [merging, setMerging] = useState<DuplicateSuggestion | null>(null);
  const [legend, setLegend] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  const actionsFor = (pair: DuplicateSuggestion) => ({
    merge: () => setMerging(pair),
    reject: () => {
      if (busy) return;
      setBusy(keyOf(pair));
      void rejectDuplicate(pair).finally(() => setBusy(null));
    },
  });
  const rows = items.map((p) => {
    const actions = actionsFor(p);
    return { key: keyOf(p), open: actions.merge, keys: { m: actions.merge, n: actions.reject } };
  });
  const rowProps = useListKeys(container, rows, () => setLegend((v) => !v));

  return (
    <div ref={container} className="dup-list">
      <ul className="task-list" aria-label="Likely duplicates">
        {items.map((p) => (
          <DuplicateRow key={keyOf(p)} pair={p} busy={busy === keyOf(p)} actions={actionsFor(p)} rowProps={rowProps(keyOf(p))} />
        ))}
      </ul>
      <KeysLegend keys={DUPLICATE_KEYS} short={SHORT_KEYS} full={legend} onToggle={() => setLegend((v) => !v)} />
      {merging && <MergeDialog aId={merging.a.id} bId={merging.b.id} onClose={() => setMerging(null)} />}
    </div>
  );
}

/** People who may be one person: merge them, or say they are not and Rapport stops asking. */
export function DuplicatesScreen() {
  const items = useAppStore((s) => s.duplicates.items);
  const status = useAppStore((s) => s.duplicates.status);
  const error = useAppStore((s) => s.duplicates.error);
  const loadDuplicates = useAppStore((s) => s.loadDuplicates);
  useFollowChanges();
  useEffect(() => {
    void loadDuplicates();
  }, [loadDuplicates]);

  let body;
  if (items.length === 0 && status === 'error') body = <LoadError what="the likely duplicates" error={error} onRetry={() => void loadDuplicates()} />;
  else if (items.length === 0 && status !== 'ready') body = <Loading label="Looking for duplicates…" />;
  else if (items.length === 0) {
    body = (
      <EmptyState
        icon={GitMerge}
        title="No likely duplicates"
        actions={
          <Link href="/people" className="btn">
            Go to People
          </Link>
        }
      >
        <p>Rapport looks for similar names that share a company, an event or an email domain.</p>
        <p className="muted">To merge two people yourself, open one of them and choose Merge with….</p>
      </EmptyState>
    );
  } else body = <DuplicateList items={items} />;

  return (
    <div className="screen screen-duplicates">
      <header className="screen-header">
        <div>
          <h1>Duplicates</h1>
          <p className="screen-subtitle">People who may be one person. Merge them, or say they are not the same person and Rapport stops asking.</p>
        </div>
      </header>
      {body}
    </div>
  );
}
