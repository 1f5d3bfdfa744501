import { History, MessageSquarePlus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { TOUCHPOINT_CHANNELS, isOnline } from '../../../../shared/vocabulary/touchpoint';
import type { TouchpointChannel } from '../../../../shared/domain/touchpoint';
import { ChannelIcon } from '../../components/ChannelIcon';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { dayHeading, dayKey, monthHeading, monthKey } from '../../lib/dates';
import { LOG_TOUCHPOINT_SHORTCUT } from '../../lib/keys';
import { CHANNEL_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';
import type { ActivityFilter } from '../../store/slices/activitySlice';
import { usePagedItems } from '../../store/usePagedItems';
import { TouchpointItem } from './TouchpointItem';
import { VirtualTimeline } from './VirtualTimeline';
import { groupRows } from './groupRows';

type Grouping = 'day' | 'month';

function Filters({ filter, grouping, onGrouping }: { filter: ActivityFilter; grouping: Grouping; onGrouping(g: Grouping): void }) {
  const setActivityFilter = useAppStore((s) => s.setActivityFilter);
  const loadActivity = useAppStore((s) => s.loadActivity);
  const apply = (next: ActivityFilter) => {
    setActivityFilter(next);
    void loadActivity();
  };
  const toggle = (c: TouchpointChannel) =>
    apply({ ...filter, channels: filter.channels.includes(c) ? filter.channels.filter((x) => x !== c) : [...filter.channels, c] });

  return (
    <div className="filter-stack" role="toolbar" aria-label="Timeline filters">
      <div className="filter-bar">
        <div className="segmented" role="radiogroup" aria-label="Online or offline">
          {([[null, 'All'], ['offline', 'Offline'], ['online', 'Online']] as const).map(([mode, label]) => (
            <label key={label} className={`segment${filter.mode === mode ? ' active' : ''}`}>
              <input type="radio" name="activity-mode" checked={filter.mode === mode} onChange={() => apply({ ...filter, mode })} />
              {label}
            </label>
          ))}
        </div>
        <label className="compact-select filter-end">
          Group by
          <select value={grouping} onChange={(e) => onGrouping(e.target.value as Grouping)}>
            <option value="day">Day</option>
            <option value="month">Month</option>
          </select>
        </label>
      </div>
      <div className="channel-filter" role="group" aria-label="Channels">
        {TOUCHPOINT_CHANNELS.map((c) => (
          <button
            key={c}
            type="button"
            className={`filter-chip${filter.channels.includes(c) ? ' active' : ''}`}
            aria-pressed={filter.channels.includes(c)}
            // An offline channel cannot match "Online" (and the other way round): shown, but out of reach.
            disabled={filter.mode !== null && isOnline(c) !== (filter.mode === 'online')}
            onClick={() => toggle(c)}
          >
            <ChannelIcon channel={c} size={14} />
            <span>{CHANNEL_LABELS[c]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function ActivityScreen() {
  const items = usePagedItems((s) => s.activity);
  const status = useAppStore((s) => s.activity.status);
  const loaded = useAppStore((s) => s.activity.loaded);
  const error = useAppStore((s) => s.activity.error);
  const cursor = useAppStore((s) => s.activity.cursor);
  const loadingMore = useAppStore((s) => s.activity.loadingMore);
  const filter = useAppStore((s) => s.activity.filter);
  const loadActivity = useAppStore((s) => s.loadActivity);
  const loadMoreActivity = useAppStore((s) => s.loadMoreActivity);
  const openLogTouchpoint = useAppStore((s) => s.openLogTouchpoint);
  const [grouping, setGrouping] = useState<Grouping>('day');
  const rows = useMemo(
    () => (grouping === 'day' ? groupRows(items, (t) => t.id, (t) => dayKey(t.at), (k) => dayHeading(k)) : groupRows(items, (t) => t.id, (t) => monthKey(t.at), monthHeading)),
    [items, grouping],
  );
  const filtered = filter.channels.length > 0 || filter.mode !== null;

  useEffect(() => {
    const s = useAppStore.getState();
    void (s.activity.status === 'idle' ? s.loadActivity() : s.refreshActivity());
  }, []);

  let body;
  if (items.length === 0 && status === 'error') body = <LoadError what="the timeline" error={error} onRetry={() => void loadActivity()} />;
  else if (items.length === 0 && !loaded) body = <Loading label="Loading the timeline…" />;
  else if (items.length === 0) {
    body = (
      <EmptyState
        icon={History}
        title={filtered ? 'No touchpoints match these filters' : 'No touchpoints yet'}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => openLogTouchpoint()}>
            <MessageSquarePlus size={16} aria-hidden /> Log touchpoint <kbd>{LOG_TOUCHPOINT_SHORTCUT}</kbd>
          </button>
        }
      >
        <p>{filtered ? 'Clear a filter above to see more.' : 'Every DM, mention, call and lunch you log lands here, newest first, online and offline in one line.'}</p>
      </EmptyState>
    );
  } else {
    body = (
      <VirtualTimeline
        label="Recent touchpoints"
        testId="activity-scroll"
        rows={rows}
        renderItem={(t) => <TouchpointItem touchpoint={t} when={grouping === 'month' ? 'day' : 'time'} />}
        hasMore={Boolean(cursor)}
        loadingMore={loadingMore}
        loadMore={() => void loadMoreActivity()}
      />
    );
  }

  return (
    <div className="screen screen-list">
      <header className="screen-header">
        <div>
          <h1>Timeline</h1>
          <p className="screen-subtitle">Everything with everyone, online and offline, newest first.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => openLogTouchpoint()}>
          <MessageSquarePlus size={16} aria-hidden /> Log touchpoint
        </button>
      </header>
      {/* Filters over nothing at all would only be noise. */}
      {(filtered || items.length > 0 || !loaded) && <Filters filter={filter} grouping={grouping} onGrouping={setGrouping} />}
      {body}
    </div>
  );
}
