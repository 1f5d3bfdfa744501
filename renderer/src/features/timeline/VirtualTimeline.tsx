import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import { Loading } from '../../components/StatusViews';
import type { TimelineRow } from './groupRows';

const HEADER_HEIGHT = 40;
const ITEM_HEIGHT = 76;
/** Start fetching the next page this many rows before the end. */
const LOAD_AHEAD = 20;

interface VirtualTimelineProps<T> {
  label: string;
  rows: TimelineRow<T>[];
  renderItem(item: T): ReactNode;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  testId?: string;
}

/**
 * A grouped, virtualised list: only the rows in view (plus overscan) are in the DOM, and
 * entries are measured as they render since a note can take one line or five.
 */
export function VirtualTimeline<T>({ label, rows, renderItem, hasMore, loadingMore, loadMore, testId }: VirtualTimelineProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer is meant to be read during render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'header' ? HEADER_HEIGHT : ITEM_HEIGHT),
    // Where layout is unavailable (tests), fall back to the estimate rather than zero.
    measureElement: (el, entry, instance) => measureElement(el, entry, instance) || (el.getAttribute('data-kind') === 'header' ? HEADER_HEIGHT : ITEM_HEIGHT),
    overscan: 8,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastVisible >= rows.length - LOAD_AHEAD) loadMore();
  }, [hasMore, loadingMore, lastVisible, rows.length, loadMore]);

  return (
    <div ref={scroller} className="timeline-scroll" data-testid={testId}>
      <div role="list" aria-label={label} aria-busy={loadingMore} className="timeline-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const row = rows[v.index];
          if (!row) return null;
          return (
            <div
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              role="listitem"
              data-kind={row.kind}
              className={row.kind === 'header' ? 'timeline-group' : 'timeline-row'}
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {row.kind === 'header' ? <h3 className="timeline-heading">{row.label}</h3> : renderItem(row.item)}
            </div>
          );
        })}
      </div>
      {loadingMore && <Loading label="Loading older entries…" />}
    </div>
  );
}
