import { CircleCheck, Eye, GitCompareArrows } from 'lucide-react';
import type { XImportReport } from '../../../../shared/domain/xArchive';
import { Link } from 'wouter';
import { formatCount, plural } from './importText';

/** Shown at most; the rest are counted. A broken export can skip thousands of records. */
const MAX_PROBLEMS = 50;

function Stat({ value, label, detail }: { value: number; label: string; detail?: string }) {
  return (
    <div className="import-stat">
      <dt>{label}</dt>
      <dd>
        <span className="import-stat-value tabular">{formatCount(value)}</span>
        {detail && <span className="muted">{detail}</span>}
      </dd>
    </div>
  );
}

function Skipped({ errors }: { errors: XImportReport['errors'] }) {
  if (errors.length === 0) return null;
  return (
    <details className="import-skipped">
      <summary>
        {plural(errors.length, 'record')} skipped: {errors.length === 1 ? 'it was' : 'they were'} not readable, the rest came in
      </summary>
      <ul aria-label="Skipped records">
        {errors.slice(0, MAX_PROBLEMS).map((p, i) => (
          <li key={`${p.file}:${p.index ?? 'file'}:${i}`}>
            <span className="mono">
              {p.file}
              {p.index !== null ? ` #${p.index}` : ''}
            </span>{' '}
            <span className="muted">{p.message}</span>
          </li>
        ))}
      </ul>
      {errors.length > MAX_PROBLEMS && <p className="muted">and {formatCount(errors.length - MAX_PROBLEMS)} more.</p>}
    </details>
  );
}

/**
 * The report of a preview (counts only) or of an import (counts and what was written). The
 * buttons lead on: import what was previewed, or review the matches the import suggested.
 */
export function ImportReportView({ report, onImport, onReset }: { report: XImportReport; onImport(): void; onReset(): void }) {
  const owner = report.owner?.handle ? `@${report.owner.handle}` : null;
  const whose = owner ? `${owner}’s archive` : 'the archive';
  const Icon = report.dryRun ? Eye : CircleCheck;
  const title = report.dryRun ? `Preview of ${whose}: nothing has been written yet` : `Imported ${whose}`;
  return (
    <section className="import-report" aria-label={report.dryRun ? 'Preview' : 'Import report'}>
      <header className="import-report-header">
        <Icon size={20} aria-hidden className={report.dryRun ? 'import-report-icon' : 'import-report-icon is-done'} />
        <h3>{title}</h3>
        <div className="import-actions import-report-actions">
          {report.dryRun ? (
            <button type="button" className="btn btn-primary" onClick={onImport}>
              Import
            </button>
          ) : report.matchesSuggested > 0 ? (
            <Link href="/x/matches" className="btn btn-primary">
              <GitCompareArrows size={16} aria-hidden /> Review {plural(report.matchesSuggested, 'match', 'matches')}
            </Link>
          ) : null}
          <button type="button" className="btn" onClick={onReset}>
            {report.dryRun ? 'Choose another archive' : 'Import another archive'}
          </button>
        </div>
      </header>
      <dl className="import-stats">
        <Stat value={report.accounts} label="Accounts" detail={`${formatCount(report.resolved)} with a handle`} />
        <Stat value={report.following} label="Following" />
        <Stat value={report.followers} label="Followers" />
        <Stat value={report.mutuals} label="Mutuals" />
        <Stat value={report.dmMessages} label="DM messages" detail={`in ${plural(report.dmConversations, 'conversation')}`} />
        <Stat value={report.tweets} label="Tweets" />
        <Stat value={report.replies} label="Replies" />
        <Stat value={report.mentions} label="Mentions" />
      </dl>
      <h4 className="import-stats-title">{report.dryRun ? 'Importing would add' : 'Added'}</h4>
      <dl className="import-stats">
        <Stat value={report.touchpointsCreated} label="Touchpoints" detail="on people you already have" />
        <Stat value={report.identitiesCreated} label="New accounts" detail="not in an earlier import" />
        <Stat value={report.interactionsCreated} label="Interactions" detail="DM days, replies, mentions" />
        <Stat value={report.matchesSuggested} label="Matches suggested" detail="to review" />
      </dl>
      <Skipped errors={report.errors} />
    </section>
  );
}
