import { GitMerge, Users, X } from 'lucide-react';
import { Link } from 'wouter';
import type { DuplicateSuggestion } from '../../../../shared/domain/contacts';
import type { RowProps } from '../../lib/useListKeys';

const percent = (score: number) => `${Math.round(score * 100)}%`;

function level(score: number): ['high' | 'medium' | 'low', string] {
  if (score >= 0.85) return ['high', 'likely'];
  if (score >= 0.6) return ['medium', 'possible'];
  return ['low', 'unsure'];
}

/** The score as a number and a word, never colour alone. */
export function ScoreBadge({ score }: { score: number }) {
  const [tone, word] = level(score);
  return (
    <span className={`level-pill level-pill-${tone}`} title={`How alike they look: ${percent(score)}`}>
      {percent(score)} <span className="level-pill-word">{word}</span>
    </span>
  );
}

export interface DuplicateActions {
  merge(): void;
  reject(): void;
}

/** A pair that may be one person: both names, why, and the two answers (keys m and n). */
export function DuplicateRow({ pair, busy, actions, rowProps }: { pair: DuplicateSuggestion; busy: boolean; actions: DuplicateActions; rowProps: RowProps }) {
  // Only the focused row's links and buttons are Tab stops, so Tab leaves a long list in one step.
  const tab = rowProps.tabIndex === 0 ? 0 : -1;
  const title = `${pair.a.name} and ${pair.b.name}`;
  return (
    <li className="task-row dup-row" aria-label={title} aria-busy={busy || undefined} {...rowProps}>
      <span className="task-icon dup-icon">
        <Users size={16} aria-hidden />
      </span>
      <span className="task-main">
        <span className="task-title dup-names">
          <Link href={`/people/${pair.a.id}`} tabIndex={tab}>
            {pair.a.name}
          </Link>
          <span className="muted" aria-hidden>
            and
          </span>
          <Link href={`/people/${pair.b.id}`} tabIndex={tab}>
            {pair.b.name}
          </Link>
          <ScoreBadge score={pair.score} />
        </span>
        {pair.reasons.length > 0 && (
          <ul className="dup-reasons" aria-label={`Why ${title} may be one person`}>
            {pair.reasons.map((r, i) => (
              <li key={`${r}-${i}`}>{r}</li>
            ))}
          </ul>
        )}
      </span>
      <span className="task-actions dup-actions">
        <button type="button" className="btn btn-small btn-primary" disabled={busy} tabIndex={tab} onClick={actions.merge} title="Compare and merge them (m)">
          <GitMerge size={14} aria-hidden /> Merge… <kbd aria-hidden>m</kbd>
        </button>
        <button type="button" className="btn btn-small" disabled={busy} tabIndex={tab} onClick={actions.reject} title="Not the same person: never suggested again (n)">
          <X size={14} aria-hidden /> Not the same person <kbd aria-hidden>n</kbd>
        </button>
      </span>
    </li>
  );
}
