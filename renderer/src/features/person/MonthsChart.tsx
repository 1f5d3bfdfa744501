import type { RelationshipHealth } from '../../../../shared/domain/reconnect';

type Month = RelationshipHealth['months'][number];

const WIDTH = 480;
const HEIGHT = 96;
const AXIS = 16;
const GAP = 4;

/** `2025-03` → "Mar 2025". */
export function monthLabel(month: string, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleDateString(undefined, { month: style, year: 'numeric', timeZone: 'UTC' });
}

const plural = (n: number) => `${n} touchpoint${n === 1 ? '' : 's'}`;

/** What a screen reader hears instead of the bars. */
export function chartSummary(months: Month[]): string {
  const total = months.reduce((n, m) => n + m.count, 0);
  if (months.length === 0) return 'No months to show.';
  const span = `${monthLabel(months[0]!.month, 'long')} to ${monthLabel(months.at(-1)!.month, 'long')}`;
  if (total === 0) return `Touchpoints per month, ${span}: none.`;
  const busiest = months.reduce((a, b) => (b.count > a.count ? b : a));
  const quiet = months.filter((m) => m.count === 0).length;
  return `Touchpoints per month, ${span}: ${plural(total)} in all, most in ${monthLabel(busiest.month, 'long')} (${busiest.count}), ${quiet} month${quiet === 1 ? '' : 's'} without any.`;
}

/** 24 bars, oldest first, with the year under its first month; each bar says its month and count on hover. */
export function MonthsChart({ months }: { months: Month[] }) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = WIDTH / Math.max(1, months.length);
  const plot = HEIGHT - AXIS;
  // The first bar names its year too, unless a January follows so soon that the labels would collide.
  const firstJanuary = months.findIndex((m) => m.month.endsWith('-01'));
  const labelFirst = firstJanuary === -1 || firstJanuary > 2;
  return (
    <svg className="months-chart" role="img" aria-label={chartSummary(months)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <line className="months-chart-axis" x1={0} x2={WIDTH} y1={plot + 0.5} y2={plot + 0.5} />
      {months.map((m, i) => {
        const h = m.count === 0 ? 0 : Math.max(3, (m.count / max) * (plot - 4));
        const x = i * step + GAP / 2;
        const year = m.month.endsWith('-01') || (i === 0 && labelFirst);
        return (
          <g key={m.month} className="months-chart-month" data-count={m.count}>
            <title>{`${monthLabel(m.month, 'long')}: ${plural(m.count)}`}</title>
            {/* A full-height hit area, so an empty month still answers on hover. */}
            <rect className="months-chart-hit" x={i * step} y={0} width={step} height={plot} />
            <rect className="months-chart-bar" x={x} y={plot - h} width={step - GAP} height={h} rx={2} />
            {year && (
              <text className="months-chart-year" x={x} y={HEIGHT - 3}>
                {m.month.slice(0, 4)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
