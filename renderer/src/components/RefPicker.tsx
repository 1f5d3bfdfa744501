import { X } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, type Ref as ReactRef, useId, useState } from 'react';
import type { Ref } from '../../../shared/domain/common';
import { useListNav } from '../lib/useListNav';
import { useLiveSearch } from '../lib/useLiveSearch';
import { Listbox, type ListOption, comboboxProps } from './Listbox';

export interface RefOption extends Ref {
  detail?: string | null;
}

export interface RefPickerProps {
  /** The accessible name of the text box. */
  label: string;
  value: Ref[];
  onChange(value: Ref[]): void;
  search(query: string): Promise<RefOption[]>;
  multiple?: boolean;
  placeholder?: string;
  /** Ids never offered (the person whose page it is). */
  exclude?: string[];
  inputRef?: ReactRef<HTMLInputElement>;
  /** From Field: the id its label points at, and the error wiring. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  icon?: ReactNode;
  autoFocus?: boolean;
}

const EMPTY: RefOption[] = [];

/**
 * Picks one or more records (people, events) by typing: a combobox over a live search.
 * Enter picks the highlighted option; Backspace in an empty box removes the last pick.
 */
export function RefPicker({ label, value, onChange, search, multiple = false, placeholder, exclude = [], inputRef, id, icon, autoFocus, ...aria }: RefPickerProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const found = useLiveSearch(text, search, EMPTY);
  const options = found.results.filter((o) => !exclude.includes(o.id) && !value.some((v) => v.id === o.id));
  const showList = open && text.trim() !== '' && (options.length > 0 || !found.pending);

  function pick(index: number) {
    const o = options[index];
    if (!o) return;
    onChange(multiple ? [...value, { id: o.id, name: o.name }] : [{ id: o.id, name: o.name }]);
    setText('');
  }
  const nav = useListNav(options.length, pick);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (showList && nav.onKeyDown(e)) return;
    // Typed but not picked yet (the answer is on its way): Enter must not submit the form around it.
    if (e.key === 'Enter' && text.trim()) {
      e.preventDefault();
    } else if (e.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  }

  const listOptions: ListOption[] = options.map((o) => ({ id: o.id, label: o.name, detail: o.detail }));
  const full = !multiple && value.length > 0;
  return (
    <div className={`picker${aria['aria-invalid'] ? ' picker-invalid' : ''}`}>
      <div className="picker-box">
        {icon}
        {value.map((v) => (
          <span key={v.id} className="chip">
            <span className="chip-label">{v.name}</span>
            <button type="button" className="chip-remove" aria-label={`Remove ${v.name}`} onClick={() => onChange(value.filter((x) => x.id !== v.id))}>
              <X size={12} aria-hidden />
            </button>
          </span>
        ))}
        <input
          ref={inputRef}
          id={id}
          {...comboboxProps(listId, showList, nav.active)}
          aria-label={id ? undefined : label}
          aria-invalid={aria['aria-invalid']}
          aria-describedby={aria['aria-describedby']}
          className={full ? 'picker-input picker-input-hidden' : 'picker-input'}
          placeholder={value.length === 0 ? placeholder : full ? '' : 'Add another…'}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            nav.setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      {showList && (
        <Listbox
          id={listId}
          label={label}
          options={listOptions}
          active={nav.active}
          onPick={pick}
          onHover={nav.setActive}
          footer={options.length === 0 ? <span className="muted">Nobody matches “{text.trim()}”.</span> : undefined}
        />
      )}
    </div>
  );
}
