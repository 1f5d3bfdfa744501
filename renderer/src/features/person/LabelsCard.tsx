import { useState } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { type Chip, ChipInput } from '../../components/ChipInput';
import { Field } from '../../components/Field';
import { toErrorInfo } from '../../lib/api';
import { NO_FILTER, formatPeopleFilter } from '../../lib/peopleFilter';
import { useAppStore } from '../../store';

type Kind = 'interests' | 'tags';

function LabelField({ person, kind }: { person: Person; kind: Kind }) {
  const patchPerson = useAppStore((s) => s.patchPerson);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function change(values: Chip[]) {
    setSaving(true);
    try {
      await patchPerson(person.id, { [kind]: values.map((v) => v.name) });
      setError(null);
    } catch (err) {
      setError(toErrorInfo(err).message);
    } finally {
      setSaving(false);
    }
  }

  const hrefFor = (chip: Chip) => {
    if (!chip.id) return null;
    const filter = kind === 'interests' ? { ...NO_FILTER, interest: { id: chip.id, name: chip.name } } : { ...NO_FILTER, tag: { id: chip.id, name: chip.name } };
    return `/people?${formatPeopleFilter(filter)}`;
  };

  const label = kind === 'interests' ? 'Interests' : 'Tags';
  return (
    <Field label={label} error={error} hint={kind === 'interests' ? 'What they care about: a team, a show, a cause. Click one to see who shares it.' : undefined}>
      {(a) => (
        <ChipInput
          id={a.id}
          aria-describedby={a['aria-describedby']}
          label={label}
          kind={kind}
          values={person[kind]}
          onChange={(values) => void change(values)}
          hrefFor={hrefFor}
          disabled={saving}
          placeholder={kind === 'interests' ? 'Add an interest…' : 'Add a tag…'}
        />
      )}
    </Field>
  );
}

export function LabelsCard({ person }: { person: Person }) {
  return (
    <section className="card" aria-labelledby="labels-title">
      <h2 id="labels-title">Interests and tags</h2>
      <div className="stack">
        <LabelField person={person} kind="interests" />
        <LabelField person={person} kind="tags" />
      </div>
    </section>
  );
}
