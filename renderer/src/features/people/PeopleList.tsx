import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Loading } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import { selectPeopleCursor, selectPeopleIds, selectPeopleLoadingMore } from '../../store/selectors';
import { PersonRow } from './PersonRow';

export const ROW_HEIGHT = 52;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const LOAD_AHEAD = 15;

export function PeopleList() {
  const ids = useAppStore(useShallow(selectPeopleIds));
  const cursor = useAppStore(selectPeopleCursor);
  const loadingMore = useAppStore(selectPeopleLoadingMore);
  const loadMorePeople = useAppStore((s) => s.loadMorePeople);
  // Which search the rows answer: lets the UI benchmark see the moment results change.
  const answered = useAppStore((s) => s.people.answered ?? '');
  const scroller = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer is meant to be read during render
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => ids[index] ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const lastVisible = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (cursor && !loadingMore && lastVisible >= ids.length - LOAD_AHEAD) void loadMorePeople();
  }, [cursor, loadingMore, lastVisible, ids.length, loadMorePeople]);

  return (
    <div ref={scroller} className="people-scroll" data-testid="people-scroll" data-answered={answered}>
      <div role="list" aria-label="People" className="people-list" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const id = ids[row.index];
          return id ? (
            <PersonRow key={row.key} id={id} index={row.index} style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }} />
          ) : null;
        })}
      </div>
      {loadingMore && <Loading label="Loading more people…" />}
    </div>
  );
}
