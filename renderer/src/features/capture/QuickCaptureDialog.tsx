import { Zap } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { Res } from '../../../../shared/ipc/contract';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { sentence } from '../../lib/fieldErrors';
import { useLiveSearch } from '../../lib/useLiveSearch';
import { useAppStore } from '../../store';
import { CapturePreviewView, type EventChoice, type PersonChoice } from './CapturePreviewView';

type Preview = Res<'capture:preview'> | null;
const preview = (line: string): Promise<Preview> => invoke('capture:preview', { line });

export const CAPTURE_EXAMPLE = "Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect";

function CaptureForm({ onDone }: { onDone(): void }) {
  const pushToast = useAppStore((s) => s.pushToast);
  const refreshPeople = useAppStore((s) => s.refreshPeople);
  const refreshEvents = useAppStore((s) => s.refreshEvents);
  const [line, setLine] = useState('');
  // Choices belong to the preview they were made on; a new preview starts from its defaults.
  const [choice, setChoice] = useState<{ preview: Preview; person?: PersonChoice; event?: EventChoice }>({ preview: null });
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const found = useLiveSearch(line, preview, null);
  const current = line.trim() ? found.results : null;

  const mine = choice.preview === current ? choice : { preview: current };
  // A handle that is already someone's names them: adding to them is the only way that cannot conflict.
  const personChoice: PersonChoice = mine.person !== undefined ? mine.person : (current?.people.find((p) => p.reason === 'identity')?.id ?? null);
  const eventChoice: EventChoice = mine.event ?? (current?.event ? 'matched' : 'new');
  const setPersonChoice = (person: PersonChoice) => setChoice({ ...mine, person });
  const setEventChoice = (event: EventChoice) => setChoice({ ...mine, event });

  async function commit(e: FormEvent) {
    e.preventDefault();
    if (!line.trim() || saving) return;
    setSaving(true);
    try {
      const ready = found.answered === line.trim() ? current : await preview(line);
      const eventId = eventChoice === 'none' ? null : eventChoice === 'matched' && ready?.event ? ready.event.id : undefined;
      const result = await invoke('capture:commit', { line, personId: personChoice, ...(eventId !== undefined ? { eventId } : {}) });
      void refreshPeople();
      void refreshEvents();
      const where = result.event ? ` · met at ${result.event.name}${result.eventCreated ? ' (new event)' : ''}` : '';
      pushToast({
        tone: 'success',
        message: `${result.created ? 'Added' : 'Updated'} ${result.person.displayName}${where}`,
        link: { label: `Open ${result.person.displayName}`, href: `/people/${result.person.id}` },
      });
      onDone();
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" onSubmit={commit} aria-busy={saving}>
      <div className={`capture-line${error ? ' field-invalid' : ''}`}>
        <Zap size={18} aria-hidden />
        <input
          data-autofocus
          aria-label="Capture line"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'capture-error' : 'capture-hint'}
          autoComplete="off"
          spellCheck={false}
          placeholder={CAPTURE_EXAMPLE}
          value={line}
          onChange={(e) => {
            setLine(e.target.value);
            setError(null);
          }}
        />
      </div>
      {error ? (
        <p id="capture-error" className="field-error" role="alert">
          {sentence(error.message)}
        </p>
      ) : (
        <p id="capture-hint" className="field-hint">
          Name, then anything: @handle, email, “met at …”, “likes …”, “works at …”, “via …”, #tag. What is not recognised goes into the note.
        </p>
      )}
      {current && <CapturePreviewView preview={current} personChoice={personChoice} onPersonChoice={setPersonChoice} eventChoice={eventChoice} onEventChoice={setEventChoice} />}
      <FormFooter
        onCancel={onDone}
        disabled={!line.trim() || saving}
        submitLabel={
          <>
            {saving ? 'Saving…' : 'Save'} <kbd>Enter</kbd>
          </>
        }
      />
    </form>
  );
}

export function QuickCaptureDialog() {
  const open = useAppStore((s) => s.overlay === 'quick-capture');
  const close = useAppStore((s) => s.closeOverlay);
  if (!open) return null;
  return (
    <Dialog title="Quick capture" description="One line about someone you just met. Enter saves." onClose={close} className="dialog-wide">
      <CaptureForm onDone={close} />
    </Dialog>
  );
}
