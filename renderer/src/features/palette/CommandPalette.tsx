import { Search } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Res } from '../../../../shared/ipc/contract';
import { comboboxProps, optionId } from '../../components/Listbox';
import { invoke } from '../../lib/api';
import { useListNav } from '../../lib/useListNav';
import { useLiveSearch } from '../../lib/useLiveSearch';
import { useAppStore } from '../../store';
import { type PaletteItem, matchActions, paletteActions, resultItems } from './paletteItems';

const NO_RESULTS: Res<'search:all'> = { people: [], events: [], touchpoints: [] };
const search = (query: string) => invoke('search:all', { query, limit: 6 });

function Palette() {
  const [, navigate] = useLocation();
  const close = useAppStore((s) => s.closeOverlay);
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const openOverlay = useAppStore((s) => s.openOverlay);
  const openNewReminder = useAppStore((s) => s.openNewReminder);
  const personId = useAppStore((s) => s.openPerson.person?.id);
  const personName = useAppStore((s) => s.openPerson.person?.displayName);
  const [query, setQuery] = useState('');
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const found = useLiveSearch(query, search, NO_RESULTS);

  const items = useMemo(() => {
    const context = {
      navigate,
      openAddPerson,
      openLogTouchpoint: (people: { id: string; name: string }[]) => openLogTouchpoint({ people }),
      openQuickCapture: () => openOverlay('quick-capture'),
      openNewEvent: () => openOverlay('new-event'),
      openNewReminder: (person: { id: string; name: string } | null) => openNewReminder(person),
      person: personId && personName ? { id: personId, name: personName } : null,
    };
    const actions = matchActions(paletteActions(context), query);
    return [...(query.trim() ? actions.slice(0, 4) : actions), ...(query.trim() ? resultItems(found.results, context) : [])];
  }, [navigate, openAddPerson, openLogTouchpoint, openOverlay, openNewReminder, personId, personName, query, found.results]);

  function run(item: PaletteItem | undefined) {
    if (!item) return;
    close();
    item.run();
  }
  const nav = useListNav(items.length, (i) => run(items[i]));

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    input.current?.focus();
    return () => {
      if (document.activeElement === document.body || !document.activeElement) previous?.focus?.();
    };
  }, []);

  useEffect(() => {
    document.getElementById(optionId(listId, nav.active))?.scrollIntoView?.({ block: 'nearest' });
  }, [listId, nav.active]);

  const empty = query.trim() && !found.pending && found.answered === query.trim() && items.length === 0;
  let lastGroup = '';
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette">
        <div className="palette-search">
          <Search size={18} aria-hidden />
          <input
            ref={input}
            {...comboboxProps(listId, true, nav.active)}
            aria-label="Search or run a command"
            placeholder="Search people, events, notes — or type a command"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              nav.setActive(0);
            }}
            onKeyDown={(e) => {
              if (nav.onKeyDown(e)) return;
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                close();
              }
            }}
          />
        </div>
        <ul id={listId} role="listbox" aria-label="Results" className="palette-list">
          {items.map((item, i) => {
            const heading = item.group !== lastGroup ? item.group : null;
            lastGroup = item.group;
            const Icon = item.icon;
            return [
              heading && (
                <li key={`h:${heading}`} role="presentation" className="palette-group">
                  {heading}
                </li>
              ),
              <li
                key={item.id}
                id={optionId(listId, i)}
                role="option"
                aria-selected={i === nav.active}
                className={`palette-item${i === nav.active ? ' active' : ''}`}
                onMouseMove={() => i !== nav.active && nav.setActive(i)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  run(item);
                }}
              >
                <Icon size={16} aria-hidden />
                <span className="palette-label">{item.label}</span>
                {item.detail && <span className="palette-detail">{item.detail}</span>}
                {item.hint && <kbd>{item.hint}</kbd>}
              </li>,
            ];
          })}
        </ul>
        {empty && <p className="palette-empty">Nothing matches “{query.trim()}”. Try a name, a handle, an interest or a word from a note.</p>}
        <p className="palette-footer">
          <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
        </p>
      </div>
    </div>
  );
}

export function CommandPalette() {
  const open = useAppStore((s) => s.overlay === 'palette');
  return open ? <Palette /> : null;
}
