import { Archive, ArrowLeft, Heart, Moon, Scissors } from 'lucide-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { PruneItem } from '../../../../shared/domain/reconnect';
import { CircleBadge } from '../../components/CircleBadge';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { ago } from '../../lib/dates';
import { isTyping } from '../../lib/keys';
import { useAppStore } from '../../store';
import { usePagedItems } from '../../store/usePagedItems';

const SUGGESTION = { dormant: 'Suggested: move to Dormant', archive: 'Suggested: archive' } as const;

interface RowProps {
  item: PruneItem;
  index: number;
  active: boolean;
  busy: boolean;
  onFocusRow(index: number): void;
  onKeyDown(e: KeyboardEvent<HTMLLIElement>, item: PruneItem, index: number): void;
  onDormant(item: PruneItem): void;
  onArchive(item: PruneItem): void;
  onKeep(item: PruneItem): void;
}

function PruneRow({ item, index, active, busy, onFocusRow, onKeyDown, onDormant, onArchive, onKeep }: RowProps) {
  const dormant = item.circle === 'dormant';
  return (
    <li
      className={`prune-row${active ? ' active' : ''}`}
      data-index={index}
      tabIndex={active ? 0 : -1}
      aria-label={`${item.name}: ${item.text} ${SUGGESTION[item.suggestion]}.`}
      onFocus={(e) => e.target === e.currentTarget && onFocusRow(index)}
      onKeyDown={(e) => onKeyDown(e, item, index)}
    >
      <div className="prune-row-text">
        <span className="prune-row-name">
          <Link href={`/people/${item.personId}`} tabIndex={-1}>
            {item.name}
          </Link>
          <CircleBadge circle={item.circle} />
        </span>
        <span className="prune-row-reason">
          {item.text}
          {item.lastTouchAt && <span className="muted"> Last touchpoint {ago(item.lastTouchAt)}.</span>}
        </span>
        <span className={`prune-row-suggestion suggest-${item.suggestion}`}>{SUGGESTION[item.suggestion]}</span>
      </div>
      <div className="prune-row-actions">
        {!dormant && (
          <button type="button" className={`btn btn-small${item.suggestion === 'dormant' ? ' btn-suggested' : ''}`} disabled={busy} tabIndex={active ? 0 : -1} onClick={() => onDormant(item)}>
            <Moon size={14} aria-hidden /> Move to dormant <kbd aria-hidden>D</kbd>
          </button>
        )}
        <button type="button" className={`btn btn-small${item.suggestion === 'archive' ? ' btn-suggested' : ''}`} disabled={busy} tabIndex={active ? 0 : -1} onClick={() => onArchive(item)}>
          <Archive size={14} aria-hidden /> Archive <kbd aria-hidden>A</kbd>
        </button>
        <button type="button" className="btn btn-small btn-ghost" disabled={busy} tabIndex={active ? 0 : -1} onClick={() => onKeep(item)} title="Keep them: no longer suggested here">
          <Heart size={14} aria-hidden /> Keep <kbd aria-hidden>⇧K</kbd>
        </button>
      </div>
    </li>
  );
}

function PruneList({ items }: { items: PruneItem[] }) {
  const cursor = useAppStore((s) => s.prune.cursor);
  const loadingMore = useAppStore((s) => s.prune.loadingMore);
  const loadMorePrune = useAppStore((s) => s.loadMorePrune);
  const pruneToDormant = useAppStore((s) => s.pruneToDormant);
  const pruneArchive = useAppStore((s) => s.pruneArchive);
  const pruneKeep = useAppStore((s) => s.pruneKeep);
  const [, navigate] = useLocation();
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const current = Math.min(active, items.length - 1);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    list.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
    if (next >= items.length - 5 && cursor) void loadMorePrune();
  };

  async function act(item: PruneItem, run: (item: PruneItem) => Promise<void>) {
    const hadFocus = list.current?.contains(document.activeElement) ?? false;
    setBusy(item.personId);
    await run(item);
    setBusy(null);
    // Focus stays in the list, on the row that took this one's place.
    if (hadFocus) requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-index="${Math.min(current, Math.max(0, items.length - 2))}"]`)?.focus());
  }

  function onKeyDown(e: KeyboardEvent<HTMLLIElement>, item: PruneItem, index: number) {
    if (e.target !== e.currentTarget || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const moves: Record<string, number> = { ArrowDown: index + 1, j: index + 1, ArrowUp: index - 1, k: index - 1, Home: 0, End: items.length - 1 };
    if (key === 'k' && e.shiftKey) void act(item, pruneKeep);
    else if (key in moves) focusRow(moves[key]!);
    else if (key === 'Enter') navigate(`/people/${item.personId}`);
    else if (key === 'd' && item.circle !== 'dormant') void act(item, pruneToDormant);
    else if (key === 'a') void act(item, pruneArchive);
    else return;
    e.preventDefault();
  }

  return (
    <div className="prune-scroll">
      <ul ref={list} className="prune-list" aria-label="Suggestions to prune" aria-describedby="prune-keys">
        {items.map((item, i) => (
          <PruneRow
            key={item.personId}
            item={item}
            index={i}
            active={i === current}
            busy={busy === item.personId}
            onFocusRow={setActive}
            onKeyDown={onKeyDown}
            onDormant={(x) => void act(x, pruneToDormant)}
            onArchive={(x) => void act(x, pruneArchive)}
            onKeep={(x) => void act(x, pruneKeep)}
          />
        ))}
      </ul>
      {cursor && (
        <div className="prune-more">
          <button type="button" className="btn" disabled={loadingMore} onClick={() => void loadMorePrune()}>
            {loadingMore ? 'Loading more…' : 'Show more'}
          </button>
        </div>
      )}
      <p id="prune-keys" className="muted prune-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> opens the person, <kbd>D</kbd> moves to Dormant, <kbd>A</kbd> archives, <kbd>⇧K</kbd> keeps them off this list (all with Undo).
      </p>
    </div>
  );
}

function PruneBody() {
  const items = usePagedItems((s) => s.prune);
  const status = useAppStore((s) => s.prune.status);
  const loaded = useAppStore((s) => s.prune.loaded);
  const error = useAppStore((s) => s.prune.error);
  const loadPrune = useAppStore((s) => s.loadPrune);

  if (items.length === 0 && status === 'error') return <LoadError what="suggestions" error={error} onRetry={() => void loadPrune()} />;
  if (items.length === 0 && !loaded) return <Loading label="Loading suggestions…" />;
  if (items.length === 0) {
    return (
      <EmptyState icon={Scissors} title="Nobody to prune right now">
        <p>
          Someone shows up here when you have reached out three or more times and they never started a conversation, or when they were added over 90 days ago and
          nothing has happened since.
        </p>
        <p className="muted">These are suggestions only: nobody is moved or archived until you click.</p>
      </EmptyState>
    );
  }
  return <PruneList items={items} />;
}

/** People who never engage back, suggested for the dormant circle or the archive. */
export function PruneScreen() {
  useEffect(() => {
    const s = useAppStore.getState();
    void (s.prune.status === 'idle' ? s.loadPrune() : s.refreshPrune());
  }, []);

  return (
    <div className="screen screen-list screen-prune">
      <Link href="/people" className="back-link">
        <ArrowLeft size={16} aria-hidden /> People
      </Link>
      <header className="screen-header">
        <div>
          <h1>Prune</h1>
          <p className="screen-subtitle">People who never engage back. Move them to Dormant or archive them: their history is kept, and nothing happens without your click.</p>
        </div>
      </header>
      <PruneBody />
    </div>
  );
}
