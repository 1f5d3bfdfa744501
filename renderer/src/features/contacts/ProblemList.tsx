import type { ContactProblem } from '../../../../shared/domain/contacts';
import { formatCount } from '../imports/importText';

/** Shown at most; the rest are counted. A broken export can have thousands. */
const MAX_SHOWN = 50;

/** Records (or values) that could not be read, each with its file and line. */
export function ProblemList({ problems, label, tone = 'problem' }: { problems: ContactProblem[]; label: string; tone?: 'problem' | 'warning' }) {
  if (problems.length === 0) return null;
  return (
    <>
      <ul className={`contacts-problems contacts-problems-${tone}`} aria-label={label}>
        {problems.slice(0, MAX_SHOWN).map((p, i) => (
          <li key={`${p.file}:${p.line ?? 'file'}:${i}`}>
            <span className="mono contacts-problem-where">
              {p.file}
              {p.line !== null ? `, line ${p.line}` : ''}
            </span>{' '}
            <span>{p.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN && <p className="muted">and {formatCount(problems.length - MAX_SHOWN)} more.</p>}
    </>
  );
}
