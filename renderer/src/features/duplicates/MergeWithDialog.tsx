import { Search } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { Ref } from '../../../../shared/domain/common';
import type { MergeResult } from '../../../../shared/domain/contacts';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { RefPicker } from '../../components/RefPicker';
import { searchPeople } from '../../lib/search';
import { MergeDialog } from './MergeDialog';

/**
 * Manual merge from a person's page: pick anyone else (the same picker as linking an X
 * account), then the side-by-side merge dialog, with this person staying unless swapped.
 */
export function MergeWithDialog({ person, onClose, onMerged }: { person: Ref; onClose(): void; onMerged?(result: MergeResult): void }) {
  const [picked, setPicked] = useState<Ref[]>([]);
  const [comparing, setComparing] = useState<Ref | null>(null);

  if (comparing) return <MergeDialog aId={person.id} bId={comparing.id} onClose={onClose} onMerged={onMerged} />;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (picked[0]) setComparing(picked[0]);
  }

  return (
    <Dialog title={`Merge ${person.name} with…`} description="The person who is the same as them: you compare the two before anything changes." onClose={onClose}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field label="Person">
          {(a) => (
            <RefPicker
              {...a}
              label="Person"
              value={picked}
              onChange={setPicked}
              search={searchPeople}
              exclude={[person.id]}
              placeholder="Type a name, handle or organisation"
              icon={<Search size={16} aria-hidden />}
              autoFocus
            />
          )}
        </Field>
        <FormFooter onCancel={onClose} disabled={picked.length === 0} submitLabel={picked[0] ? `Compare with ${picked[0].name}` : 'Compare'} />
      </form>
    </Dialog>
  );
}
