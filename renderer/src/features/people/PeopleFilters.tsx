import { FileText, X } from 'lucide-react';
import { useEffect } from 'react';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { CircleId } from '../../../../shared/domain/person';
import { FilterMenu } from '../../components/FilterMenu';
import { type PeopleFilter, type PeopleMode, type PeopleSort, NO_FILTER, isFiltered } from '../../lib/peopleFilter';
import { searchEvents, searchLabels } from '../../lib/search';
import { useAppStore } from '../../store';

const SORTS: [PeopleSort, string][] = [
  ['name', 'Name'],
  ['last_touch', 'Last touchpoint'],
  ['created', 'Date added'],
];

const MODES: [PeopleMode | null, string][] = [
  [null, 'Online & offline'],
  ['offline', 'Offline only'],
  ['online', 'Online only'],
  ['both', 'Both'],
];

const searchInterests = (q: string) => searchLabels('interests', q);
const searchTags = (q: string) => searchLabels('tags', q);
const searchOrganisations = (q: string) => searchLabels('organisations', q);

/**
 * "From the last import": the people the newest contacts import created or updated. Offered
 * once there is such an import; a link from an older import's report shows that one.
 */
function FromImportChip({ filter, onChange }: { filter: PeopleFilter; onChange(patch: Partial<PeopleFilter>): void }) {
  const last = useAppStore((s) => s.lastContactsImport.record);
  const known = useAppStore((s) => s.lastContactsImport.status === 'ready');
  const loadLastContactsImport = useAppStore((s) => s.loadLastContactsImport);
  useEffect(() => {
    void loadLastContactsImport();
  }, [loadLastContactsImport]);
  const active = filter.fromImport;
  if (!active && !last) return null;
  const isLast = !active || !known || active.id === last?.id;
  return (
    <button
      type="button"
      className={`filter-chip${active ? ' active' : ''}`}
      aria-pressed={Boolean(active)}
      title={active ? `People the import of ${active.name} added or updated` : `People the import of ${last!.sourceName} added or updated`}
      onClick={() => onChange({ fromImport: active ? null : { id: last!.id, name: last!.sourceName } })}
    >
      <FileText size={14} aria-hidden />
      {isLast ? 'From the last import' : <>From the import of <strong>{active.name}</strong></>}
    </button>
  );
}

/** Sort and filters above the People list; every change goes through the address, so it survives a reload. */
export function PeopleFilters({ filter, onChange }: { filter: PeopleFilter; onChange(filter: PeopleFilter): void }) {
  const set = (patch: Partial<PeopleFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="filter-bar" role="toolbar" aria-label="Sort and filter people">
      <label className="compact-select">
        Sort
        <select value={filter.sort} onChange={(e) => set({ sort: e.target.value as PeopleSort })}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="compact-select">
        <select aria-label="Circle" value={filter.circle ?? ''} onChange={(e) => set({ circle: (e.target.value || null) as CircleId | null })}>
          <option value="">Any circle</option>
          {CIRCLES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <FilterMenu label="Interest" value={filter.interest} onChange={(interest) => set({ interest })} search={searchInterests} />
      <FilterMenu label="Tag" value={filter.tag} onChange={(tag) => set({ tag })} search={searchTags} />
      <FilterMenu label="Organisation" value={filter.organisation} onChange={(organisation) => set({ organisation })} search={searchOrganisations} />
      <FilterMenu label="Met at" value={filter.event} onChange={(event) => set({ event })} search={searchEvents} />
      <label className="compact-select">
        <select aria-label="Online or offline" value={filter.mode ?? ''} onChange={(e) => set({ mode: (e.target.value || null) as PeopleMode | null })}>
          {MODES.map(([value, label]) => (
            <option key={label} value={value ?? ''}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <FromImportChip filter={filter} onChange={set} />
      {isFiltered(filter) && (
        <button type="button" className="btn btn-small btn-ghost" aria-label="Clear filters" onClick={() => onChange({ ...NO_FILTER, sort: filter.sort })}>
          <X size={14} aria-hidden /> Clear
        </button>
      )}
    </div>
  );
}
