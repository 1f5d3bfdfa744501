import { type FormEvent, useState } from 'react';
import { INITIATORS, TOUCHPOINT_CHANNELS, isOnline } from '../../../../shared/vocabulary/touchpoint';
import type { TouchpointChannel } from '../../../../shared/domain/touchpoint';
import type { Reminder } from '../../../../shared/domain/reminder';
import { ChannelIcon } from '../../components/ChannelIcon';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { CHANNEL_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';
import { lastChannel, rememberChannel } from '../touchpoints/touchpointForm';

/**
 * Done and the touchpoint logged in one step: the channel (last used by default), who
 * reached out and a note. The core logs it with the reminder's person and marks it done.
 */
export function DoneLogDialog({ reminder, onClose }: { reminder: Reminder; onClose(): void }) {
  const completeReminder = useAppStore((s) => s.completeReminder);
  const [channel, setChannel] = useState<TouchpointChannel>(lastChannel);
  const [initiatedBy, setInitiatedBy] = useState<(typeof INITIATORS)[number]>('me');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function onSubmit(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    setBusy(true);
    const done = await completeReminder(reminder, { channel, initiatedBy, kind: 'conversation', note: note.trim() || null });
    setBusy(false);
    if (!done) return;
    rememberChannel(channel);
    onClose();
  }

  return (
    <Dialog title="Done & log touchpoint" description={`${reminder.title} — logged with ${reminder.person?.name ?? 'them'}. Ctrl+Enter saves.`} onClose={onClose} className="dialog-wide">
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.preventDefault(), void onSubmit())} aria-busy={busy}>
        <fieldset className="field">
          <legend>Channel</legend>
          <div className="channel-grid" role="radiogroup" aria-label="Channel">
            {TOUCHPOINT_CHANNELS.map((c) => (
              <label key={c} className={`channel-option${channel === c ? ' active' : ''}${isOnline(c) ? ' online' : ''}`}>
                <input type="radio" name="done-channel" value={c} checked={channel === c} data-autofocus={channel === c || undefined} onChange={() => setChannel(c)} />
                <ChannelIcon channel={c} size={15} />
                <span>{CHANNEL_LABELS[c]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Who started it</legend>
          <div className="segmented" role="radiogroup" aria-label="Who started it">
            {INITIATORS.map((i) => (
              <label key={i} className={`segment${initiatedBy === i ? ' active' : ''}`}>
                <input type="radio" name="done-initiated" checked={initiatedBy === i} onChange={() => setInitiatedBy(i)} />
                {i === 'me' ? 'Me' : 'Them'}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="Note">
          {(a) => <textarea {...a} rows={2} placeholder="What you talked about" value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <FormFooter onCancel={onClose} disabled={busy} submitLabel={busy ? 'Saving…' : 'Done & log'} />
      </form>
    </Dialog>
  );
}
