import { QUICK_DAYS, daysAgo, localDate } from '../lib/dates';

interface QuickDateInputProps {
  value: string;
  onChange(value: string): void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** Names the quick buttons for screen readers: "Met today". */
  verb?: string;
  autoFocus?: boolean;
}

/**
 * An exact or approximate date (`2019`, `2019-06`, `2019-06-14`) typed as text, with quick
 * buttons for the dates people mean most often.
 */
export function QuickDateInput({ value, onChange, verb, ...input }: QuickDateInputProps) {
  return (
    <div className="quick-date">
      <input {...input} inputMode="numeric" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      <div className="quick-buttons" role="group" aria-label={verb ? `${verb}…` : 'Quick dates'}>
        {QUICK_DAYS.map((q) => {
          const day = localDate(daysAgo(q.days));
          return (
            <button key={q.id} type="button" className={`btn btn-small${value === day ? ' btn-pressed' : ''}`} aria-pressed={value === day} onClick={() => onChange(day)}>
              {q.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
