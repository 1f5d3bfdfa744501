import { X } from 'lucide-react';
import { CIRCLES } from '../../../../shared/vocabulary/people';
import type { CircleId } from '../../../../shared/domain/person';
import { FilterMenu } from '../../components/FilterMenu';
import { type PeopleFilter, type PeopleMode, type PeopleSort, NO_FILTER, isFiltered } from '../../lib/peopleFilter';
import { searchEvents, searchLabels } from '../../lib/search';

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
      {isFiltered(filter) && (
        <button type="button" className="btn btn-small btn-ghost" aria-label="Clear filters" onClick={() => onChange({ ...NO_FILTER, sort: filter.sort })}>
          <X size={14} aria-hidden /> Clear
        </button>
      )}
    </div>
  );
}
