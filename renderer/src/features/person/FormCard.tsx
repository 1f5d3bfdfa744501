import { type KeyboardEvent, type ReactNode, useState } from 'react';

interface FormCardProps {
  /** Id of the heading, which names the card. */
  id: string;
  title: string;
  /** What the header button says (with its icon); the button opens the card's form. */
  openLabel: ReactNode;
  openAriaLabel?: string;
  children(form: { open: boolean; close(): void }): ReactNode;
}

/** A person-page card whose header button opens a form in place; the form closes it when done. */
export function FormCard({ id, title, openLabel, openAriaLabel, children }: FormCardProps) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-title">
        <h2 id={id}>{title}</h2>
        {!open && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(true)} aria-label={openAriaLabel}>
            {openLabel}
          </button>
        )}
      </div>
      {children({ open, close: () => setOpen(false) })}
    </section>
  );
}

/** Esc closes an inline form without also leaving the page or closing a dialog around it. */
export const closeOnEscape = (close: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.stopPropagation();
  close();
};
