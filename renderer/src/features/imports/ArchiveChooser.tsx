import { FileArchive, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { archiveName, archiveSources } from '../../lib/archive';
import { useAppStore } from '../../store';
import { PastedPath, UploadButton } from './FileSources';
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
          <UploadButton label="Choose .zip…" icon={FileArchive} accept=".zip,application/zip" disabled={disabled} onFile={(file) => void uploadArchiveFile(file)} />
        )}
      </div>
      <PastedPath
        label="or paste the path of the archive or its extracted folder"
        placeholder="/home/you/Downloads/twitter-2025-01-10.zip"
        button="Use this path"
        disabled={disabled}
        tidy={tidyPath}
        onPath={(path) => setArchive({ path, name: archiveName(path), origin: 'typed' })}
      />
    </div>
  );
}
