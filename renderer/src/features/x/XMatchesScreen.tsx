import { CheckCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { LoadError, Loading } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import type { MatchScope } from '../../store/slices/xQueueSlice';
import { usePagedItems } from '../../store/usePagedItems';
import { AcceptAboveDialog } from './AcceptAboveDialog';
import { MatchQueue } from './MatchQueue';
import { CaughtUp, NoArchive } from './XEmptyStates';
import { ACCEPT_THRESHOLDS, percent } from './xText';
import './x.css';

const SCOPES: [MatchScope, string][] = [
  ['talk', 'People you talk to'],
  ['all', 'All accounts'],
];

/** Scope, "without candidates" and the bulk accept; the scope lives in the address so it survives a reload. */
function QueueToolbar({ scope, withoutCandidates, onScope }: { scope: MatchScope; withoutCandidates: boolean; onScope(scope: MatchScope, without: boolean): void }) {
  const [threshold, setThreshold] = useState<number>(0.9);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="filter-bar x-toolbar" role="toolbar" aria-label="Review queue">
      <div className="segmented" role="radiogroup" aria-label="Which accounts">
        {SCOPES.map(([id, label]) => (
          <label key={id} className={`segment${scope === id ? ' active' : ''}`}>
            <input type="radio" name="x-scope" checked={scope === id} onChange={() => onScope(id, withoutCandidates)} />
            {label}
          </label>
        ))}
      </div>
      <label className="inline-check">
        <input type="checkbox" checked={withoutCandidates} onChange={(e) => onScope(scope, e.target.checked)} />
        Show accounts without candidates
      </label>
      <span className="x-bulk">
        <label className="compact-select">
          Accept all at or above
          <select value={threshold} onChange={(e) => setThreshold(Number(e.target.value))}>
            {ACCEPT_THRESHOLDS.map((t) => (
              <option key={t} value={t}>
                {percent(t)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-small" onClick={() => setConfirming(true)}>
          <CheckCheck size={14} aria-hidden /> Accept…
        </button>
      </span>
      {confirming && <AcceptAboveDialog scope={scope} minConfidence={threshold} onClose={() => setConfirming(false)} />}
    </div>
  );
}

function QueueBody({ scope, withoutCandidates, onScope }: { scope: MatchScope; withoutCandidates: boolean; onScope(scope: MatchScope, without: boolean): void }) {
  const items = usePagedItems((s) => s.xMatches);
  const status = useAppStore((s) => s.xMatches.status);
  const loaded = useAppStore((s) => s.xMatches.loaded);
  const error = useAppStore((s) => s.xMatches.error);
  const archiveKnown = useAppStore((s) => s.xArchiveKnown);
  const loadMatches = useAppStore((s) => s.loadMatches);

  if (items.length === 0 && status === 'error') return <LoadError what="the review queue" error={error} onRetry={() => void loadMatches()} />;
  if (items.length === 0 && (!loaded || archiveKnown === null)) return <Loading label="Loading the review queue…" />;
  if (items.length === 0) return archiveKnown ? <CaughtUp scope={scope} withoutCandidates={withoutCandidates} onScope={onScope} /> : <NoArchive />;
  return <MatchQueue items={items} />;
}

/** Archive accounts that may be people you know: accept, reject, link by hand or add as new. */
export function XMatchesScreen() {
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const scope: MatchScope = params.get('scope') === 'all' ? 'all' : 'talk';
  const withoutCandidates = params.get('without') === '1';
  const setMatchScope = useAppStore((s) => s.setMatchScope);
  const checkXArchive = useAppStore((s) => s.checkXArchive);
  const archiveKnown = useAppStore((s) => s.xArchiveKnown);

  useEffect(() => {
    void setMatchScope(scope, withoutCandidates);
  }, [scope, withoutCandidates, setMatchScope]);
  useEffect(() => {
    void checkXArchive();
  }, [checkXArchive]);

  const onScope = (next: MatchScope, without: boolean) => {
    const query = [next === 'all' ? 'scope=all' : '', without ? 'without=1' : ''].filter(Boolean).join('&');
    navigate(query ? `/x/matches?${query}` : '/x/matches', { replace: true });
  };

  return (
    <div className="screen screen-x">
      <header className="screen-header">
        <div>
          <h1>X matches</h1>
          <p className="screen-subtitle">Accounts from your X archive that may be people you know. Accept one and its DMs, replies and mentions join that person’s timeline.</p>
        </div>
        <Link href="/x/accounts" className="btn">
          X accounts
        </Link>
      </header>
      {archiveKnown !== false && <QueueToolbar scope={scope} withoutCandidates={withoutCandidates} onScope={onScope} />}
      <QueueBody scope={scope} withoutCandidates={withoutCandidates} onScope={onScope} />
    </div>
  );
}
