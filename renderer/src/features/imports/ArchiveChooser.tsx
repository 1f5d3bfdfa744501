import { FileArchive, FolderOpen } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { archiveName, archiveSources } from '../../lib/archive';
import { useAppStore } from '../../store';
import { tidyPath } from './importText';

/**
 * Where the archive comes from. The desktop app offers its own dialogs (a `.zip` and a folder
 * need one each on Linux and Windows); a browser uploads the `.zip` to the server. Pasting a
 * path works in both, since the core runs on this machine either way.
 */
export function ArchiveChooser({ disabled }: { disabled: boolean }) {
  const chooseArchive = useAppStore((s) => s.chooseArchive);
  const uploadArchiveFile = useAppStore((s) => s.uploadArchiveFile);
  const setArchive = useAppStore((s) => s.setArchive);
  const [sources] = useState(archiveSources);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pathId = useId();
  const problemId = `${pathId}-problem`;

  function submit(e: FormEvent) {
    e.preventDefault();
    const tidy = tidyPath(typed);
    if ('problem' in tidy) {
      setProblem(tidy.problem);
      return;
    }
    setProblem(null);
    setTyped('');
    setArchive({ path: tidy.path, name: archiveName(tidy.path), origin: 'typed' });
  }

  return (
    <div className="archive-chooser">
      <div className="archive-buttons">
        {sources.dialog && (
          <>
            <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => void chooseArchive('zip')}>
              <FileArchive size={16} aria-hidden /> Choose .zip…
            </button>
            <button type="button" className="btn" disabled={disabled} onClick={() => void chooseArchive('folder')}>
              <FolderOpen size={16} aria-hidden /> Choose folder…
            </button>
          </>
        )}
        {!sources.dialog && sources.upload && (
          <label className={`btn btn-primary file-button${disabled ? ' is-disabled' : ''}`}>
            <FileArchive size={16} aria-hidden /> Choose .zip…
            <input
              type="file"
              accept=".zip,application/zip"
              className="visually-hidden"
              disabled={disabled}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // Cleared, so choosing the same file again still counts as a change.
                e.currentTarget.value = '';
                if (file) void uploadArchiveFile(file);
              }}
            />
          </label>
        )}
      </div>
      <form className="archive-path" onSubmit={submit} noValidate>
        <label htmlFor={pathId}>or paste the path of the archive or its extracted folder</label>
        <div className="archive-path-row">
          <input
            id={pathId}
            className="mono"
            value={typed}
            disabled={disabled}
            spellCheck={false}
            autoComplete="off"
            placeholder="/home/you/Downloads/twitter-2025-01-10.zip"
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="btn" disabled={disabled}>
            Use this path
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
