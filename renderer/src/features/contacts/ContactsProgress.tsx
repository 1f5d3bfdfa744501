import { useAppStore } from '../../store';
import { JobProgress, UploadProgress } from '../imports/ImportProgress';

/** The upload, preview or import of a contacts file that is running, and a way to stop it. */
export function ContactsProgress() {
  const run = useAppStore((s) => s.contactsRun);
  const cancelContacts = useAppStore((s) => s.cancelContacts);
  const cancel = () => void cancelContacts();
  if (run.phase === 'uploading' && run.upload) return <UploadProgress upload={run.upload} cancelling={run.cancelling} onCancel={cancel} />;
  return (
    <JobProgress
      ariaLabel={run.dryRun ? 'Contacts preview progress' : 'Contacts import progress'}
      subject={run.file?.name ?? 'the file'}
      dryRun={run.dryRun}
      progress={run.progress}
      unit=""
      opening="Opening the file…"
      cancelling={run.cancelling}
      onCancel={cancel}
    />
  );
}
