import { ChevronDown, X } from 'lucide-react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Ref } from '../../../shared/domain/common';
import { useListNav } from '../lib/useListNav';
import { Listbox, comboboxProps } from './Listbox';
import type { RefOption } from './RefPicker';

interface FilterMenuProps {
  label: string;
  value: Ref | null;
  onChange(value: Ref | null): void;
  /** Called with '' for the most used options, then with what is typed. */
  search(query: string): Promise<RefOption[]>;
}

function Popover({ label, search, onPick, onClose }: { label: string; search: FilterMenuProps['search']; onPick(r: Ref): void; onClose(): void }) {
  const listId = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<RefOption[]>([]);
  const [loaded, setLoaded] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const nav = useListNav(options.length, (i) => options[i] && onPick(options[i]), 0, options);

  // Debounced, latest answer wins; the empty query lists the most shared ones at once.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      search(text.trim()).then(
        (found) => {
          if (!live) return;
          setOptions(found);
          setLoaded(true);
        },
        () => live && setLoaded(true),
      );
    }, text ? 80 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, search]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && onClose();
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (nav.onKeyDown(e)) return;
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  }

  return (
    <div ref={box} className="filter-popover">
      <input
        autoFocus
        {...comboboxProps(listId, true, nav.active)}
        aria-label={`Filter by ${label.toLowerCase()}`}
        placeholder={`Search ${label.toLowerCase()}…`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <Listbox
        id={listId}
        label={label}
        className="listbox-inline"
        options={options.map((o) => ({ id: o.id, label: o.name, detail: o.detail }))}
        active={nav.active}
        onPick={(i) => options[i] && onPick(options[i])}
        onHover={nav.setActive}
        footer={loaded && options.length === 0 ? <span className="muted">{text ? `No ${label.toLowerCase()} matches “${text}”.` : `No ${label.toLowerCase()} recorded yet.`}</span> : undefined}
      />
    </div>
  );
}

/** A compact filter: a button that opens a searchable list, and shows the choice with a way to clear it. */
export function FilterMenu({ label, value, onChange, search }: FilterMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="filter-menu">
      <button ref={button} type="button" className={`filter-chip${value ? ' active' : ''}`} aria-expanded={open} aria-haspopup="listbox" onClick={() => setOpen((o) => !o)}>
        {value ? (
          <>
            {label}: <strong>{value.name}</strong>
          </>
        ) : (
          label
        )}
        <ChevronDown size={14} aria-hidden />
      </button>
      {value && (
        <button type="button" className="icon-button filter-clear" aria-label={`Clear ${label.toLowerCase()} filter`} onClick={() => onChange(null)}>
          <X size={12} aria-hidden />
        </button>
      )}
      {open && (
        <Popover
          label={label}
          search={search}
          onClose={close}
          onPick={(r) => {
            onChange({ id: r.id, name: r.name });
            close();
          }}
        />
      )}
    </div>
  );
}
