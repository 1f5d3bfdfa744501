import { Search } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { Ref } from '../../../../shared/domain/common';
import type { XAccount } from '../../../../shared/domain/xArchive';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { RefPicker } from '../../components/RefPicker';
import { toErrorInfo } from '../../lib/api';
import { type PlacedErrors, noErrors, placeErrors } from '../../lib/fieldErrors';
import { searchPeople } from '../../lib/search';
import { useAppStore } from '../../store';
import { accountTitle } from './xText';

interface AccountDialogProps {
  account: XAccount;
  onClose(): void;
  /** After the change went through (the row may want to move its focus). */
  onDone?(): void;
}

/** Links the account to someone already in Rapport, found by name, handle or organisation. */
export function LinkPersonDialog({ account, onClose, onDone }: AccountDialogProps) {
  const linkXAccount = useAppStore((s) => s.linkXAccount);
  const [person, setPerson] = useState<Ref[]>([]);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const chosen = person[0];
    if (!chosen || busy) return;
    setBusy(true);
    const linked = await linkXAccount(account, chosen);
    setBusy(false);
    if (!linked) return;
    onClose();
    onDone?.();
  }

  return (
    <Dialog title="Link to a person" description={`Who is ${accountTitle(account)}${account.name ? ` (${account.name})` : ''}? Their DMs and replies join that person's timeline.`} onClose={onClose}>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field label="Person">
          {(a) => <RefPicker {...a} label="Person" value={person} onChange={setPerson} search={searchPeople} placeholder="Type a name, handle or organisation" icon={<Search size={16} aria-hidden />} autoFocus />}
        </Field>
        <FormFooter onCancel={onClose} disabled={busy || person.length === 0} submitLabel={person[0] ? `Link to ${person[0].name}` : 'Link'} />
      </form>
    </Dialog>
  );
}

/** A new person from the account, named as the archive names it unless the user says otherwise. */
export function NewPersonDialog({ account, onClose, onDone }: AccountDialogProps) {
  const createPersonFromX = useAppStore((s) => s.createPersonFromX);
  const [name, setName] = useState(account.name ?? '');
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const created = await createPersonFromX(account, name);
    setBusy(false);
    if (!created) return;
    onClose();
    onDone?.();
  }

  return (
    <Dialog title="New person" description={`From ${accountTitle(account)}: its DMs and replies become their first touchpoints.`} onClose={onClose}>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field label="Name" hint={account.name ? undefined : 'Empty: the account’s handle is used as the name until you change it.'}>
          {(a) => <input {...a} data-autofocus autoComplete="off" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormFooter onCancel={onClose} disabled={busy} submitLabel="Add person" />
      </form>
    </Dialog>
  );
}

type NameField = 'handle' | 'name';

/** Names an account the archive knows only by its number: its handle, and a display name if known. */
export function NameAccountDialog({ account, onClose, onDone }: AccountDialogProps) {
  const nameXAccount = useAppStore((s) => s.nameXAccount);
  const [handle, setHandle] = useState('');
  const [name, setName] = useState(account.name ?? '');
  const [errors, setErrors] = useState<PlacedErrors<NameField>>(noErrors);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const typed = handle.trim().replace(/^https?:\/\/(www\.)?(x|twitter)\.com\//i, '').replace(/[/?#].*$/, '');
    if (!typed) return setErrors({ fields: { handle: 'Enter the handle, such as @ada_l.' }, form: null });
    setBusy(true);
    try {
      await nameXAccount(account.accountId, typed, name);
      onClose();
      onDone?.();
    } catch (error) {
      setErrors(placeErrors(toErrorInfo(error), (path) => (path.endsWith('handle') ? 'handle' : path.endsWith('name') ? 'name' : null)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Name this account"
      description={`The archive has only its number, ${account.accountId}. Open it on x.com to see who it is, then give its handle here.`}
      onClose={onClose}
    >
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field label="Handle" error={errors.fields.handle} required>
          {(a) => <input {...a} data-autofocus autoComplete="off" spellCheck={false} placeholder="@handle or x.com link" value={handle} onChange={(e) => setHandle(e.target.value)} />}
        </Field>
        <Field label="Display name" error={errors.fields.name}>
          {(a) => <input {...a} autoComplete="off" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormFooter error={errors.form} onCancel={onClose} disabled={busy} submitLabel="Save" />
      </form>
    </Dialog>
  );
}
