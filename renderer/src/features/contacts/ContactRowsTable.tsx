import { useState } from 'react';
import { Link } from 'wouter';
import type { ContactPreviewRow } from '../../../../shared/domain/contacts';
import { formatCount } from '../imports/importText';
import { OUTCOME_LABELS, OUTCOME_LIST, type RecordOutcome } from './contactsText';

/** Rows painted at a time; a file of thousands shows more on request. */
const PAGE = 100;

const FILTER_LABELS: Record<RecordOutcome, string> = { new: 'New', update: 'Updates', duplicate: 'Duplicates', invalid: 'Invalid' };

export function OutcomeBadge({ outcome }: { outcome: RecordOutcome }) {
  return <span className={`contacts-outcome outcome-${outcome}`}>{OUTCOME_LABELS[outcome]}</span>;
}

function Row({ row, showKept, noun }: { row: ContactPreviewRow; showKept: boolean; noun: 'Name' | 'Event' }) {
  return (
    <tr className={`outcome-row-${row.outcome}`}>
      <td className="tabular contacts-line">{row.line}</td>
      <td className="contacts-name">{row.name}</td>
      <td>
        <OutcomeBadge outcome={row.outcome} />
      </td>
      {row.outcome === 'invalid' ? (
        <td colSpan={showKept ? 3 : 2} className="contacts-row-problem">
          {row.message}
        </td>
      ) : (
        <>
          <td className="contacts-match">
            {row.person ? <Link href={`/people/${row.person.id}`}>{row.person.name}</Link> : null}
            {row.matchedOn && <span className="muted">{row.person ? ` by ${row.matchedOn}` : row.matchedOn}</span>}
            {!row.person && !row.matchedOn && <span className="muted">—</span>}
          </td>
          <td className="contacts-adds">{row.adds.length ? row.adds.join(', ') : <span className="muted">{row.outcome !== 'new' ? 'nothing new' : noun === 'Event' ? 'a new event' : 'a new person'}</span>}</td>
          {showKept && <td className="contacts-kept muted">{row.kept.join(', ')}</td>}
        </>
      )}
    </tr>
  );
}

/**
 * The records of the preview, in file order, by outcome if asked; painted a hundred at a time
 * (the core sends at most the first 500).
 */
export function ContactRowsTable({ rows, records, noun }: { rows: ContactPreviewRow[]; records: number; noun: 'Name' | 'Event' }) {
  const [filter, setFilter] = useState<RecordOutcome | 'all'>('all');
  const [shown, setShown] = useState(PAGE);
  if (rows.length === 0) return null;
  const counts = Object.fromEntries(OUTCOME_LIST.map((o) => [o, rows.filter((r) => r.outcome === o).length])) as Record<RecordOutcome, number>;
  const present = OUTCOME_LIST.filter((o) => counts[o] > 0);
  const visible = filter === 'all' ? rows : rows.filter((r) => r.outcome === filter);
  const showKept = rows.some((r) => r.kept.length > 0);
  const choose = (next: RecordOutcome | 'all') => {
    setFilter(next);
    setShown(PAGE);
  };
  return (
    <section className="contacts-rows" aria-labelledby="contacts-rows-title">
      <div className="contacts-section-head">
        <h4 id="contacts-rows-title">Records</h4>
        {present.length > 1 && (
          <div className="segmented segmented-small" role="radiogroup" aria-label="Show records">
            {(['all', ...present] as const).map((o) => (
              <label key={o} className={`segment${filter === o ? ' active' : ''}`}>
                <input type="radio" name="contacts-outcome" checked={filter === o} onChange={() => choose(o)} />
                {o === 'all' ? 'All' : FILTER_LABELS[o]} <span className="muted tabular">{formatCount(o === 'all' ? rows.length : counts[o])}</span>
              </label>
            ))}
          </div>
        )}
      </div>
      <div className="contacts-table-wrap">
        <table className="contacts-table" aria-labelledby="contacts-rows-title">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">{noun}</th>
              <th scope="col">Outcome</th>
              <th scope="col">{noun === 'Event' ? 'Already in Rapport' : 'Matches'}</th>
              <th scope="col">Adds</th>
              {showKept && <th scope="col">Kept as it is</th>}
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, shown).map((row, i) => (
              <Row key={`${row.line}-${i}`} row={row} showKept={showKept} noun={noun} />
            ))}
          </tbody>
        </table>
      </div>
      {visible.length > shown && (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setShown((n) => n + PAGE)}>
          Show {formatCount(Math.min(PAGE, visible.length - shown))} more of {formatCount(visible.length)}
        </button>
      )}
      {records > rows.length && <p className="muted">The preview lists the first {formatCount(rows.length)} of {formatCount(records)} records; the counts above cover them all.</p>}
    </section>
  );
}
