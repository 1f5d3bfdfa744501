import type { LucideIcon } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';

/** Browser mode's way to choose a file: a button that opens the file picker and hands the file on. */
export function UploadButton({ label, icon: Icon, accept, disabled, onFile }: { label: string; icon: LucideIcon; accept: string; disabled: boolean; onFile(file: File): void }) {
  return (
    <label className={`btn btn-primary file-button${disabled ? ' is-disabled' : ''}`}>
      <Icon size={16} aria-hidden /> {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared, so choosing the same file again still counts as a change.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

/** A pasted path, checked by `tidy` before it is used (the core reads it on this machine). */
export function PastedPath(props: {
  label: string;
  placeholder: string;
  button: string;
  disabled: boolean;
  tidy(raw: string): { path: string } | { problem: string };
  onPath(path: string): void;
}) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pathId = useId();
  const problemId = `${pathId}-problem`;

  function submit(e: FormEvent) {
    e.preventDefault();
    const tidy = props.tidy(typed);
    if ('problem' in tidy) {
      setProblem(tidy.problem);
      return;
    }
    setProblem(null);
    setTyped('');
    props.onPath(tidy.path);
  }

  return (
    <form className="archive-path" onSubmit={submit} noValidate>
      <label htmlFor={pathId}>{props.label}</label>
      <div className="archive-path-row">
        <input
          id={pathId}
          className="mono"
          value={typed}
          disabled={props.disabled}
          spellCheck={false}
          autoComplete="off"
          placeholder={props.placeholder}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => {
            setTyped(e.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="btn" disabled={props.disabled}>
          {props.button}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
