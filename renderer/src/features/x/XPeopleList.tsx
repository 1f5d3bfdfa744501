import { Handshake, MessagesSquare } from 'lucide-react';
import { useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { Avatar } from '../../components/Avatar';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import type { XPeopleView } from '../../store/slices/xAccountsSlice';
import { usePagedItems } from '../../store/usePagedItems';
import { useListKeys } from '../../lib/useListKeys';

const EMPTY: Record<XPeopleView, { title: string; body: string; icon: typeof Handshake }> = {
  talk_never_met: {
    title: 'Nobody you know only online',
    body: 'People whose X account is linked and with whom you have talked both ways, but whom you never met at an event or in person, show up here: worth a coffee.',
    icon: MessagesSquare,
  },
  met_not_connected: {
    title: 'Nobody to connect with on X',
    body: 'People you met at an event or in person who neither follow you nor are followed by you on X show up here: worth a follow.',
    icon: Handshake,
  },
};

/** People for one of the two views; each row opens the person (Enter, or the name). */
export function XPeopleList({ view: expected }: { view: XPeopleView }) {
  const [, navigate] = useLocation();
  const items = usePagedItems((s) => s.xPeople);
  const view = useAppStore((s) => s.xPeople.view);
  const status = useAppStore((s) => s.xPeople.status);
  const loaded = useAppStore((s) => s.xPeople.loaded);
  const error = useAppStore((s) => s.xPeople.error);
  const cursor = useAppStore((s) => s.xPeople.cursor);
  const loadingMore = useAppStore((s) => s.xPeople.loadingMore);
  const loadMore = useAppStore((s) => s.loadMoreXPeople);
  const reload = useAppStore((s) => s.refreshXPeople);
  const container = useRef<HTMLDivElement>(null);
  const rowProps = useListKeys(
    container,
    items.map((r) => ({ key: r.person.id, open: () => navigate(`/people/${r.person.id}`) })),
    () => undefined,
  );

  if (items.length === 0 && status === 'error') return <LoadError what="people" error={error} onRetry={() => void reload()} />;
  if (view !== expected || (items.length === 0 && (!loaded || status === 'loading'))) return <Loading label="Loading people…" />;
  if (items.length === 0) {
    const text = EMPTY[view];
    return (
      <EmptyState icon={text.icon} title={text.title}>
        <p>{text.body}</p>
      </EmptyState>
    );
  }
  return (
    <div ref={container} className="x-list">
      <ul className="task-list" aria-label="People">
        {items.map((r) => {
          const handle = r.handle?.replace(/^@/, '');
          return (
          <li key={r.person.id} className="task-row x-person-row" aria-label={r.person.name} {...rowProps(r.person.id)}>
            <Avatar id={r.person.id} name={r.person.name} />
            <span className="task-main">
              <span className="task-title">
                <Link href={`/people/${r.person.id}`} tabIndex={-1}>
                  {r.person.name}
                </Link>
                {handle && (
                  <a className="x-profile-link" href={`https://x.com/${encodeURIComponent(handle)}`} target="_blank" rel="noreferrer" tabIndex={-1}>
                    @{handle}
                  </a>
                )}
              </span>
              <span className="reminder-meta">{r.detail}</span>
            </span>
          </li>
          );
        })}
      </ul>
      {cursor && (
        <button type="button" className="btn load-more" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </div>
  );
}
