import { FileUp } from 'lucide-react';
import { useState } from 'react';
import { archiveName, archiveSources } from '../../lib/archive';
import { useAppStore } from '../../store';
import { PastedPath, UploadButton } from '../imports/FileSources';
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

  return (
    <div className="archive-chooser">
      <div className="archive-buttons">
        {sources.dialog && (
          <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => void chooseContactsFile()}>
            <FileUp size={16} aria-hidden /> Choose a contacts file…
          </button>
        )}
        {!sources.dialog && sources.upload && (
          <UploadButton label="Choose a contacts file…" icon={FileUp} accept={CONTACTS_ACCEPT} disabled={disabled} onFile={(file) => void uploadContactsFile(file)} />
        )}
      </div>
      <PastedPath
        label="or paste the path of the contacts file"
        placeholder="/home/you/Downloads/contacts.vcf"
        button="Use this file"
        disabled={disabled}
        tidy={tidyContactsPath}
        onPath={(path) => setContactsFile({ path, name: archiveName(path), origin: 'typed' })}
      />
    </div>
  );
}
