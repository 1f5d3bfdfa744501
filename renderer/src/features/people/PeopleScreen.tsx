import { Filter, Scissors, SearchX, UserPlus, Users } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { ADD_PERSON_SHORTCUT } from '../../lib/keys';
import { NO_FILTER, type PeopleFilter, formatPeopleFilter, isFiltered, parsePeopleFilter, sameFilter } from '../../lib/peopleFilter';
import { useSlashToFocus } from '../../lib/useSlashToFocus';
import { useAppStore } from '../../store';
import { selectPeopleError, selectPeopleQuery, selectPeopleStatus } from '../../store/selectors';
import { PeopleFilters } from './PeopleFilters';
import { PeopleList } from './PeopleList';
import { SearchBox } from './SearchBox';

/**
 * None: the core answers a search in a few milliseconds, so every keystroke asks at once
 * (keystroke to painted results is budgeted at 50 ms), and an answer overtaken by a newer
 * request is dropped by the slice. A burst typed within one task still sends one request.
 */
export const SEARCH_DEBOUNCE_MS = 0;

function PeopleBody() {
  const status = useAppStore(selectPeopleStatus);
  const error = useAppStore(selectPeopleError);
  // What the rows on screen answer, so a new search keeps the last answer up until its own arrives.
  const query = useAppStore((s) => s.people.answered ?? '');
  const answeredOnce = useAppStore((s) => s.people.answered !== null);
  const empty = useAppStore((s) => s.people.ids.length === 0);
  const filtered = useAppStore((s) => isFiltered(s.people.filter));
  const sort = useAppStore((s) => s.people.filter.sort);
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const [, navigate] = useLocation();

  if (empty && !answeredOnce && (status === 'idle' || status === 'loading')) return <Loading label="Loading people…" />;
  if (empty && status === 'error') return <LoadError what="people" error={error} onRetry={() => void loadPeople()} />;
  if (empty && filtered) {
    return (
      <EmptyState
        icon={Filter}
        title="Nobody matches these filters"
        actions={
          <button
            type="button"
            className="btn"
            onClick={() => {
              const q = formatPeopleFilter({ ...NO_FILTER, sort });
              navigate(q ? `/people?${q}` : '/people', { replace: true });
            }}
          >
            Clear filters
          </button>
        }
      >
        <p>{query.trim() ? `Nobody here matches “${query.trim()}” either. ` : ''}Try removing a filter, or pick another interest or event.</p>
      </EmptyState>
    );
  }
  if (empty && query.trim()) {
    return (
      <EmptyState
        icon={SearchX}
        title={`No matches for “${query.trim()}”`}
        actions={
          <button type="button" className="btn" onClick={openAddPerson}>
            <UserPlus size={16} aria-hidden /> Add person
          </button>
        }
      >
        <p>Search looks at names, handles, email addresses, organisations, interests, tags and notes. Try fewer letters, or add this person if they are new.</p>
      </EmptyState>
    );
  }
  if (empty) {
    return (
      <EmptyState
        icon={Users}
        title={`No people yet — add the first person you met (${ADD_PERSON_SHORTCUT})`}
        actions={
          <button type="button" className="btn btn-primary" onClick={openAddPerson}>
            <UserPlus size={16} aria-hidden /> Add person
          </button>
        }
      >
        <p className="muted">A name is enough to start; their handle and a line about what you talked about help you follow up.</p>
      </EmptyState>
    );
  }
  return <PeopleList />;
}

/** The filter lives in the address (`#/people?interest=…`); the store follows it. */
function useFilterFromAddress(): [PeopleFilter, (filter: PeopleFilter) => void] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filter = useMemo(() => parsePeopleFilter(search), [search]);

  useEffect(() => {
    const s = useAppStore.getState();
    if (!sameFilter(s.people.filter, filter)) {
      s.setPeopleFilter(filter);
      void s.loadPeople();
    } else void (s.people.status === 'idle' ? s.loadPeople() : s.refreshPeople());
  }, [filter]);

  const change = (next: PeopleFilter) => {
    const q = formatPeopleFilter(next);
    navigate(q ? `/people?${q}` : '/people', { replace: true });
  };
  return [filter, change];
}

export function PeopleScreen() {
  const query = useAppStore(selectPeopleQuery);
  const setPeopleQuery = useAppStore((s) => s.setPeopleQuery);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const [text, setText] = useState(query);
  const search = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useFilterFromAddress();
  useSlashToFocus(search);

  useEffect(() => {
    if (text === useAppStore.getState().people.query) return;
    const timer = setTimeout(() => {
      setPeopleQuery(text);
      void loadPeople();
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, setPeopleQuery, loadPeople]);

  return (
    <div className="screen screen-people screen-list">
      <header className="screen-header">
        <div>
          <h1>People</h1>
          <p className="screen-subtitle">Everyone you have met, online and offline.</p>
        </div>
        <div className="screen-header-actions">
          <Link href="/prune" className="btn" title="People who never engage back, suggested for Dormant or the archive">
            <Scissors size={16} aria-hidden /> Prune
          </Link>
          <button type="button" className="btn btn-primary" onClick={openAddPerson}>
            <UserPlus size={16} aria-hidden /> Add person
          </button>
        </div>
      </header>
      <SearchBox ref={search} value={text} onChange={setText} />
      <PeopleFilters filter={filter} onChange={setFilter} />
      <PeopleBody />
    </div>
  );
}

