import { ArrowLeftRight, HandHeart, type LucideIcon, Minus, MoveRight, TrendingDown, TrendingUp } from 'lucide-react';
import { useEffect } from 'react';
import type { RelationshipHealth } from '../../../../shared/domain/reconnect';
import { LoadError, Loading } from '../../components/StatusViews';
import { ago } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { MonthsChart } from './MonthsChart';

type Trend = RelationshipHealth['trend'];

const TRENDS: Record<Trend['direction'], { label: string; icon: LucideIcon }> = {
  warming: { label: 'Warming', icon: TrendingUp },
  steady: { label: 'Steady', icon: MoveRight },
  cooling: { label: 'Cooling', icon: TrendingDown },
  none: { label: 'Quiet', icon: Minus },
};

function TrendBadge({ trend }: { trend: Trend }) {
  const { label, icon: Icon } = TRENDS[trend.direction];
  const detail = `${trend.last6m} touchpoint${trend.last6m === 1 ? '' : 's'} in the last 6 months, ${trend.previous6m} in the 6 before`;
  return (
    <span className={`trend trend-${trend.direction}`} title={detail}>
      <Icon size={14} aria-hidden />
      <span>{label}</span>
      <span className="visually-hidden">: {detail}</span>
    </span>
  );
}

function Figures({ health }: { health: RelationshipHealth }) {
  return (
    <dl className="health-figures">
      <div className="health-figure health-figure-wide">
        <dt>Last touchpoint</dt>
        <dd>
          {health.lastTouchAt ? (
            <>
              <span className="health-value">{ago(health.lastTouchAt)}</span> <span className="muted">{formatDate(health.lastTouchAt)}</span>
            </>
          ) : (
            <span className="health-value">Never</span>
          )}
        </dd>
      </div>
      <div className="health-figure">
        <dt>Last 90 days</dt>
        <dd className="health-value">{health.touches90d}</dd>
      </div>
      <div className="health-figure">
        <dt>Last 12 months</dt>
        <dd className="health-value">{health.touches12m}</dd>
      </div>
    </dl>
  );
}

function HealthBody({ health }: { health: RelationshipHealth }) {
  if (health.total === 0) {
    return (
      <>
        <Figures health={health} />
        <p className="muted">No touchpoints yet. Once you log some (a chat, a reply, a coffee), who starts, favours and the monthly rhythm show up here.</p>
      </>
    );
  }
  return (
    <>
      <Figures health={health} />
      <ul className="health-lines">
        <li>
          <ArrowLeftRight size={16} aria-hidden /> <span>{health.recent.text}</span>
        </li>
        <li>
          <HandHeart size={16} aria-hidden /> <span>{health.reciprocity.text}</span>
        </li>
      </ul>
      <figure className="months">
        <MonthsChart months={health.months} />
        <figcaption className="muted">Touchpoints per month, last two years</figcaption>
      </figure>
    </>
  );
}

/** Recency, frequency, who starts, favours given and received, trend and a two-year chart. */
export function HealthCard({ personId }: { personId: string }) {
  const health = useAppStore((s) => (s.health.personId === personId ? s.health.health : null));
  const status = useAppStore((s) => s.health.status);
  const error = useAppStore((s) => s.health.error);
  const loadHealth = useAppStore((s) => s.loadHealth);
  const closeHealth = useAppStore((s) => s.closeHealth);

  useEffect(() => {
    void loadHealth(personId);
    return () => closeHealth();
  }, [personId, loadHealth, closeHealth]);

  return (
    <section className="card health-card" aria-labelledby="health-title">
      <div className="card-title">
        <h2 id="health-title">Relationship health</h2>
        {health && health.total > 0 && <TrendBadge trend={health.trend} />}
      </div>
      {health ? (
        <HealthBody health={health} />
      ) : status === 'error' ? (
        <LoadError what="relationship health" error={error} onRetry={() => void loadHealth(personId)} />
      ) : (
        <Loading label="Loading relationship health…" />
      )}
    </section>
  );
}
