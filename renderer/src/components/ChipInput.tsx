import { Plus, X } from 'lucide-react';
import { type KeyboardEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { foldText } from '../../../shared/util/text';
import { type LabelKind, searchLabels } from '../lib/search';
import { useListNav } from '../lib/useListNav';
import { useLiveSearch } from '../lib/useLiveSearch';
import { Listbox, type ListOption, comboboxProps } from './Listbox';
import type { RefOption } from './RefPicker';

export interface Chip {
  id?: string;
  name: string;
}

interface ChipInputProps {
  label: string;
  kind: LabelKind;
  values: Chip[];
  onChange(values: Chip[]): void;
  placeholder?: string;
  /** Makes each chip a link, e.g. to everyone who shares the interest. */
  hrefFor?(chip: Chip): string | null;
  disabled?: boolean;
  id?: string;
  'aria-describedby'?: string;
}

const EMPTY: RefOption[] = [];

/**
 * Interests or tags as chips, with suggestions from the ones already in use (by how many
 * people share them) and a "Create" option for a new one. Enter or comma adds; Backspace in
 * the empty box removes the last chip.
 */
export function ChipInput({ label, kind, values, onChange, placeholder, hrefFor, disabled, id, ...aria }: ChipInputProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const found = useLiveSearch(text, (q) => searchLabels(kind, q), EMPTY);
  const typed = text.trim().replace(/,+$/, '').trim();
  const has = (name: string) => values.some((v) => foldText(v.name) === foldText(name));
  const exact = found.results.find((o) => foldText(o.name) === foldText(typed));
  // What was typed comes first (as the existing label or a new one), so Enter adds exactly that.
  const first: (RefOption & { create?: boolean })[] = !typed || has(typed) ? [] : [exact ?? { id: `create:${typed}`, name: typed, create: true }];
  const options: (RefOption & { create?: boolean })[] = [...first, ...found.results.filter((o) => o !== exact && !has(o.name))];
  const showList = open && typed !== '' && options.length > 0;

  function add(chip: Chip) {
    if (!has(chip.name)) onChange([...values, chip]);
    setText('');
  }
  function pick(index: number) {
    const o = options[index];
    if (o) add(o.create ? { name: o.name } : { id: o.id, name: o.name });
  }
  const nav = useListNav(options.length, pick);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (showList && nav.onKeyDown(e)) return;
    if ((e.key === 'Enter' || e.key === ',') && typed) {
      e.preventDefault();
      add({ name: typed });
    } else if (e.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  }

  const listOptions: ListOption[] = options.map((o) => ({
    id: o.id,
    label: o.create ? (
      <>
        <Plus size={14} aria-hidden /> Create “{o.name}”
      </>
    ) : (
      o.name
    ),
    detail: o.detail,
  }));

  return (
    <div className="picker chip-input">
      <div className="picker-box">
        {values.map((v) => {
          const href = hrefFor?.(v);
          return (
            <span key={v.id ?? v.name} className="chip">
              {href ? (
                <Link href={href} className="chip-label" title={`Everyone with “${v.name}”`}>
                  {v.name}
                </Link>
              ) : (
                <span className="chip-label">{v.name}</span>
              )}
              <button type="button" className="chip-remove" aria-label={`Remove ${v.name}`} disabled={disabled} onClick={() => onChange(values.filter((x) => x !== v))}>
                <X size={12} aria-hidden />
              </button>
            </span>
          );
        })}
        <input
          id={id}
          {...comboboxProps(listId, showList, nav.active)}
          aria-label={id ? undefined : label}
          aria-describedby={aria['aria-describedby']}
          className="picker-input"
          placeholder={placeholder}
          disabled={disabled}
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
      {showList && <Listbox id={listId} label={`${label} suggestions`} options={listOptions} active={nav.active} onPick={pick} onHover={nav.setActive} />}
    </div>
  );
}
