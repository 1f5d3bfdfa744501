import { Search, X } from 'lucide-react';
import type { Ref } from 'react';

interface SearchBoxProps {
  ref?: Ref<HTMLInputElement>;
  value: string;
  onChange(value: string): void;
  label?: string;
  placeholder?: string;
}

export function SearchBox({ ref, value, onChange, label = 'Search people', placeholder = 'Search names, handles, organisations, interests, notes' }: SearchBoxProps) {
  return (
    <div className="search-box" role="search">
      <Search size={16} className="search-box-icon" aria-hidden />
      <input
        ref={ref}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onChange('');
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
      {value ? (
        <button type="button" className="icon-button search-box-clear" aria-label="Clear search" onClick={() => onChange('')}>
          <X size={14} aria-hidden />
        </button>
      ) : (
        <kbd className="search-box-hint" aria-hidden>
          /
        </kbd>
      )}
    </div>
  );
}
