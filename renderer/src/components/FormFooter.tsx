import type { ReactNode } from 'react';

interface FormFooterProps {
  /** What went wrong that belongs to no single field. */
  error?: string | null;
  onCancel(): void;
  submitLabel: ReactNode;
  /** While saving, or while there is nothing to save. */
  disabled?: boolean;
  /** Buttons before Cancel, such as Delete. */
  start?: ReactNode;
  /** Buttons between Cancel and the submit button, such as "Save and add another". */
  children?: ReactNode;
}

/** The end of a form: its form-wide error, then Cancel and the submit button. */
export function FormFooter({ error, onCancel, submitLabel, disabled = false, start, children }: FormFooterProps) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {start}
        <button type="button" className="btn btn-ghost" onClick={() => onCancel()}>
          Cancel
        </button>
        {children}
        <button type="submit" className="btn btn-primary" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
