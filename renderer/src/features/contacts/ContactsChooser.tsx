import { FileUp } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { archiveName, archiveSources } from '../../lib/archive';
import { useAppStore } from '../../store';
import { CONTACTS_ACCEPT, tidyContactsPath } from './contactsText';

/**
 * Where the contacts file comes from, the same three ways as the X archive: the desktop app's
 * own dialog, a browser upload to the server on this machine, or a pasted path.
 */
export function ContactsChooser({ disabled }: { disabled: boolean }) {
  const chooseContactsFile = useAppStore((s) => s.chooseContactsFile);
  const uploadContactsFile = useAppStore((s) => s.uploadContactsFile);
  const setContactsFile = useAppStore((s) => s.setContactsFile);
  const [sources] = useState(archiveSources);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pathId = useId();
  const problemId = `${pathId}-problem`;

  function submit(e: FormEvent) {
    e.preventDefault();
    const tidy = tidyContactsPath(typed);
    if ('problem' in tidy) {
      setProblem(tidy.problem);
      return;
    }
    setProblem(null);
    setTyped('');
    setContactsFile({ path: tidy.path, name: archiveName(tidy.path), origin: 'typed' });
  }

  return (
    <div className="archive-chooser">
      <div className="archive-buttons">
        {sources.dialog && (
          <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => void chooseContactsFile()}>
            <FileUp size={16} aria-hidden /> Choose a contacts file…
          </button>
        )}
        {!sources.dialog && sources.upload && (
          <label className={`btn btn-primary file-button${disabled ? ' is-disabled' : ''}`}>
            <FileUp size={16} aria-hidden /> Choose a contacts file…
            <input
              type="file"
              accept={CONTACTS_ACCEPT}
              className="visually-hidden"
              disabled={disabled}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // Cleared, so choosing the same file again still counts as a change.
                e.currentTarget.value = '';
                if (file) void uploadContactsFile(file);
              }}
            />
          </label>
        )}
      </div>
      <form className="archive-path" onSubmit={submit} noValidate>
        <label htmlFor={pathId}>or paste the path of the contacts file</label>
        <div className="archive-path-row">
          <input
            id={pathId}
            className="mono"
            value={typed}
            disabled={disabled}
            spellCheck={false}
            autoComplete="off"
            placeholder="/home/you/Downloads/contacts.vcf"
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="btn" disabled={disabled}>
            Use this file
          </button>
        </div>
        {problem && (
          <p id={problemId} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </div>
  );
}
