import { type KeyboardEvent, useId, useState } from 'react';
import { useListNav } from '../lib/useListNav';
import { useLiveSearch } from '../lib/useLiveSearch';
import { Listbox, comboboxProps } from './Listbox';
import type { RefOption } from './RefPicker';

interface SuggestInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  search(query: string): Promise<RefOption[]>;
  id?: string;
  autoFocus?: boolean;
  placeholder?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

const EMPTY: RefOption[] = [];

/** Free text with suggestions (an organisation name): picking one fills the box, typing anything else is fine too. */
export function SuggestInput({ label, value, onChange, search, ...input }: SuggestInputProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const found = useLiveSearch(value, search, EMPTY);
  const options = found.results.filter((o) => o.name !== value);
  const showList = open && value.trim() !== '' && options.length > 0;
  function pick(index: number) {
    onChange(options[index]!.name);
    setOpen(false);
  }
  const nav = useListNav(options.length, pick, -1);

  return (
    <div className="picker">
      <input
        {...input}
        {...comboboxProps(listId, showList, nav.active)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          nav.setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (showList) nav.onKeyDown(e);
          if (e.key === 'Escape' && showList) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {showList && (
        <Listbox
          id={listId}
          label={`${label} suggestions`}
          options={options.map((o) => ({ id: o.id, label: o.name, detail: o.detail }))}
          active={nav.active}
          onPick={pick}
          onHover={nav.setActive}
        />
      )}
    </div>
  );
}
