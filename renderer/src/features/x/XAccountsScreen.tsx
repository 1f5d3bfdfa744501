import { Link2 } from 'lucide-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useSlashToFocus } from '../../lib/useSlashToFocus';
import { useAppStore } from '../../store';
import type { XAccountFilter, XPeopleView } from '../../store/slices/xAccountsSlice';
import { SearchBox } from '../people/SearchBox';
import { ALL_FILTERS, AccountList } from './AccountList';
import { NoArchive } from './XEmptyStates';
import { XPeopleList } from './XPeopleList';
import './x.css';

type Tab = 'mutuals' | 'talk' | 'met' | 'all';
const TABS: { id: Tab; label: string; hint: string }[] = [
  { id: 'mutuals', label: 'Mutuals not in your CRM', hint: 'You follow each other on X, and they are not a person in Rapport yet.' },
  { id: 'talk', label: 'Talk on X, never met', hint: 'You talk both ways on X and have never met: worth a coffee.' },
  { id: 'met', label: 'Met, not connected on X', hint: 'You met them, and neither of you follows the other on X.' },
  { id: 'all', label: 'All accounts', hint: 'Every account in your archive. Unresolved ones have only a number: name them by hand.' },
];
const PEOPLE_VIEWS: Partial<Record<Tab, XPeopleView>> = { talk: 'talk_never_met', met: 'met_not_connected' };
/** Typing pauses this long before the list is asked again. */
const TYPING_MS = 150;

/** The "All accounts" tab's text box and filter chips. */
function AllFilters({ filter }: { filter: XAccountFilter }) {
  const [, navigate] = useLocation();
  const setXAccountsQuery = useAppStore((s) => s.setXAccountsQuery);
  const [text, setText] = useState(() => useAppStore.getState().xAccounts.text);
  const typed = useRef(text);
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);
  // A chip reads at once; typing waits for a pause.
  useEffect(() => {
    void setXAccountsQuery(filter, typed.current);
  }, [filter, setXAccountsQuery]);
  useEffect(() => {
    if (typed.current === text) return;
    typed.current = text;
    const timer = setTimeout(() => void setXAccountsQuery(useAppStore.getState().xAccounts.filter, text), TYPING_MS);
    return () => clearTimeout(timer);
  }, [text, setXAccountsQuery]);
  return (
    <div className="filter-bar x-filters">
      <SearchBox ref={input} value={text} onChange={setText} label="Search accounts" placeholder="Handle or name" />
      <div className="channel-filter" role="group" aria-label="Show">
        {ALL_FILTERS.map(([id, label]) => (
          <button key={id} type="button" className={`filter-chip${filter === id ? ' active' : ''}`} aria-pressed={filter === id} onClick={() => navigate(`/x/accounts?tab=all&filter=${id}`, { replace: true })}>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The archive seen from both sides: accounts not yet people, and people by where you know them. */
export function XAccountsScreen() {
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const tab: Tab = TABS.find((t) => t.id === params.get('tab'))?.id ?? 'mutuals';
  const chip = ALL_FILTERS.find(([id]) => id === params.get('filter'))?.[0] ?? 'all';
  const archiveKnown = useAppStore((s) => s.xArchiveKnown);
  const checkXArchive = useAppStore((s) => s.checkXArchive);
  const setXAccountsQuery = useAppStore((s) => s.setXAccountsQuery);
  const setXPeopleView = useAppStore((s) => s.setXPeopleView);
  const view = PEOPLE_VIEWS[tab];

  useEffect(() => {
    void checkXArchive();
  }, [checkXArchive]);
  useEffect(() => {
    if (view) void setXPeopleView(view);
    else if (tab === 'mutuals') void setXAccountsQuery('mutual_unlinked', '');
    // "All accounts" reads through its filters (they carry the typed text).
  }, [tab, view, setXPeopleView, setXAccountsQuery]);

  function onTabKey(e: KeyboardEvent, i: number) {
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    e.preventDefault();
    navigate(`/x/accounts?tab=${next.id}`, { replace: true });
    (e.currentTarget.parentElement?.querySelector(`[data-tab="${next.id}"]`) as HTMLElement | null)?.focus();
  }

  const current = TABS.find((t) => t.id === tab)!;
  return (
    <div className="screen screen-x">
      <header className="screen-header">
        <div>
          <h1>X accounts</h1>
          <p className="screen-subtitle">Who you know on X and who you know in person, side by side.</p>
        </div>
        <Link href="/x/matches" className="btn">
          <Link2 size={16} aria-hidden /> Review matches
        </Link>
      </header>
      <div className="tabs" role="tablist" aria-label="X views">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            data-tab={t.id}
            className={`tab${t.id === tab ? ' active' : ''}`}
            aria-selected={t.id === tab}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => navigate(`/x/accounts?tab=${t.id}`, { replace: true })}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="x-tab-body" role="tabpanel" aria-label={current.label}>
        {archiveKnown === false ? (
          <NoArchive />
        ) : (
          <>
            <p className="muted x-tab-hint">{current.hint}</p>
            {tab === 'all' && <AllFilters filter={chip} />}
            {view ? <XPeopleList view={view} /> : <AccountList filter={tab === 'mutuals' ? 'mutual_unlinked' : chip} />}
          </>
        )}
      </div>
    </div>
  );
}
