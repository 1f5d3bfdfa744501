import { SearchX, UserPlus, Users } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { ADD_PERSON_SHORTCUT, isTyping } from '../../lib/keys';
import { useAppStore } from '../../store';
import { selectPeopleError, selectPeopleQuery, selectPeopleStatus } from '../../store/selectors';
import { PeopleList } from './PeopleList';
import { SearchBox } from './SearchBox';

/** Long enough to skip a request per keystroke when typing fast, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 120;

function PeopleBody() {
  const status = useAppStore(selectPeopleStatus);
  const error = useAppStore(selectPeopleError);
  const query = useAppStore(selectPeopleQuery);
  const empty = useAppStore((s) => s.people.ids.length === 0);
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const loadPeople = useAppStore((s) => s.loadPeople);

  if (empty && (status === 'idle' || status === 'loading')) return <Loading label="Loading people…" />;
  if (empty && status === 'error') return <LoadError what="people" error={error} onRetry={() => void loadPeople()} />;
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
        <p>Search looks at names, handles, email addresses and notes. Try fewer letters, or add this person if they are new.</p>
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

export function PeopleScreen() {
  const query = useAppStore(selectPeopleQuery);
  const setPeopleQuery = useAppStore((s) => s.setPeopleQuery);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const [text, setText] = useState(query);
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const s = useAppStore.getState();
    void (s.people.status === 'idle' ? s.loadPeople() : s.refreshPeople());
  }, []);

  useEffect(() => {
    if (text === useAppStore.getState().people.query) return;
    const timer = setTimeout(() => {
      setPeopleQuery(text);
      void loadPeople();
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, setPeopleQuery, loadPeople]);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (useAppStore.getState().addPersonOpen) return;
      e.preventDefault();
      search.current?.focus();
      search.current?.select();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="screen screen-people">
      <header className="screen-header">
        <div>
          <h1>People</h1>
          <p className="screen-subtitle">Everyone you have met, online and offline.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={openAddPerson}>
          <UserPlus size={16} aria-hidden /> Add person
        </button>
      </header>
      <SearchBox ref={search} value={text} onChange={setText} />
      <PeopleBody />
    </div>
  );
}
