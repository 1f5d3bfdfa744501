import { AtSign, Check, Link2, UserPlus, X } from 'lucide-react';
import { Link } from 'wouter';
import type { MatchCandidate, XMatch } from '../../../../shared/domain/xArchive';
import { Avatar } from '../../components/Avatar';
import { AccountActivity, AccountHeading, ConfidenceBadge } from './AccountBits';
import type { RowProps } from '../../lib/useListKeys';
import { accountTitle } from './xText';

export interface MatchActions {
  accept(candidate: MatchCandidate): void;
  reject(candidate: MatchCandidate): void;
  link(): void;
  create(): void;
}

function Candidate({ candidate, best, several, title, busy, tab, actions }: { candidate: MatchCandidate; best: boolean; several: boolean; title: string; busy: boolean; tab: number; actions: MatchActions }) {
  const { person } = candidate;
  return (
    <li className={`x-candidate${best ? ' x-candidate-best' : ''}`} aria-label={`${person.name}, ${Math.round(candidate.confidence * 100)}%`}>
      <Avatar id={person.id} name={person.name} />
      <span className="x-candidate-main">
        <span className="x-candidate-name">
          <Link href={`/people/${person.id}`} tabIndex={tab}>
            {person.name}
          </Link>
          <ConfidenceBadge confidence={candidate.confidence} />
          {best && several && <span className="x-best">Best match</span>}
        </span>
        {candidate.reasons.length > 0 && (
          <ul className="x-reasons" aria-label={`Why ${person.name}`}>
            {candidate.reasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>{r.text}</li>
            ))}
          </ul>
        )}
      </span>
      {!best && (
        <span className="x-candidate-actions">
          <button type="button" className="btn btn-small btn-ghost" disabled={busy} tabIndex={tab} onClick={() => actions.accept(candidate)} aria-label={`${title} is ${person.name}`}>
            <Check size={14} aria-hidden /> This is them
          </button>
          <button type="button" className="icon-button" disabled={busy} tabIndex={tab} onClick={() => actions.reject(candidate)} aria-label={`${title} is not ${person.name}`} title="Not them">
            <X size={14} aria-hidden />
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * One archive account and who it may be: the best candidate first, each with its confidence
 * and reasons. The row's buttons (and keys a, r, l, n) act on the best candidate.
 */
export function MatchRow({ match, busy, actions, rowProps }: { match: XMatch; busy: boolean; actions: MatchActions; rowProps: RowProps }) {
  const { account, candidates } = match;
  const best = candidates[0];
  const title = accountTitle(account);
  // Only the focused row's buttons are Tab stops, so Tab leaves a long queue in one step.
  const tab = rowProps.tabIndex === 0 ? 0 : -1;
  return (
    <li className="task-row x-match-row" aria-label={title} aria-busy={busy || undefined} {...rowProps}>
      <span className="task-icon x-icon">
        <AtSign size={16} aria-hidden />
      </span>
      <span className="task-main">
        <AccountHeading account={account} />
        <AccountActivity account={account} />
        {candidates.length > 0 ? (
          <ol className="x-candidates" aria-label={`Who ${title} may be`}>
            {candidates.map((c, i) => (
              <Candidate key={c.person.id} candidate={c} best={i === 0} several={candidates.length > 1} title={title} busy={busy} tab={tab} actions={actions} />
            ))}
          </ol>
        ) : (
          <p className="x-no-candidates">Nobody in Rapport looks like this account. Add them as a new person, or link them to someone by hand.</p>
        )}
      </span>
      <span className="task-actions x-match-actions">
        {best ? (
          <>
            <button type="button" className="btn btn-small btn-primary" disabled={busy} tabIndex={tab} onClick={() => actions.accept(best)} title={`Link to ${best.person.name} (a)`}>
              <Check size={14} aria-hidden /> Accept <kbd aria-hidden>a</kbd>
            </button>
            <button type="button" className="btn btn-small" disabled={busy} tabIndex={tab} onClick={() => actions.reject(best)} title={`Not ${best.person.name}: never suggested again (r)`}>
              <X size={14} aria-hidden /> Not them <kbd aria-hidden>r</kbd>
            </button>
          </>
        ) : null}
        <button type="button" className={`btn btn-small${best ? ' btn-ghost' : ''}`} disabled={busy} tabIndex={tab} onClick={actions.link} title="Link to someone else (l)">
          <Link2 size={14} aria-hidden /> Link to… <kbd aria-hidden>l</kbd>
        </button>
        <button type="button" className={`btn btn-small${best ? ' btn-ghost' : ' btn-primary'}`} disabled={busy} tabIndex={tab} onClick={actions.create} title="Add as a new person (n)">
          <UserPlus size={14} aria-hidden /> New person <kbd aria-hidden>n</kbd>
        </button>
      </span>
    </li>
  );
}
