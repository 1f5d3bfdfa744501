import type { ReactNode } from 'react';

export interface ListOption {
  id: string;
  label: ReactNode;
  detail?: ReactNode;
  icon?: ReactNode;
}

interface ListboxProps {
  id: string;
  label: string;
  options: ListOption[];
  active: number;
  onPick(index: number): void;
  onHover(index: number): void;
  className?: string;
  footer?: ReactNode;
}

export const optionId = (listId: string, index: number) => `${listId}-opt-${index}`;

/** The text box half of a combobox: the list it controls and the option the keyboard is on. */
export function comboboxProps(listId: string, open: boolean, active: number) {
  return {
    role: 'combobox',
    'aria-expanded': open,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': open && active >= 0 ? optionId(listId, active) : undefined,
    autoComplete: 'off',
  } as const;
}

/**
 * The popup half of a combobox. Options are picked with the mouse (mousedown, so the text
 * box keeps focus) or from the keyboard through useListNav in the text box.
 */
export function Listbox({ id, label, options, active, onPick, onHover, className, footer }: ListboxProps) {
  return (
    <div className={`listbox-popup ${className ?? ''}`}>
      <ul id={id} role="listbox" aria-label={label} className="listbox">
        {options.map((o, i) => (
          <li
            key={o.id}
            id={optionId(id, i)}
            role="option"
            aria-selected={i === active}
            className={`listbox-option${i === active ? ' active' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(i);
            }}
            onMouseMove={() => i !== active && onHover(i)}
          >
            {o.icon}
            <span className="listbox-option-label">{o.label}</span>
            {o.detail && <span className="listbox-option-detail">{o.detail}</span>}
          </li>
        ))}
      </ul>
      {footer && <div className="listbox-footer">{footer}</div>}
    </div>
  );
}
