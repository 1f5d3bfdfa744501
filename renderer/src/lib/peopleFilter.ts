import type { Ref } from '../../../shared/domain/common';
import type { CircleId, PeopleListQuery } from '../../../shared/domain/person';
import { isCircleId } from '../../../shared/vocabulary/people';

export type PeopleSort = 'name' | 'created' | 'last_touch';
export type PeopleMode = 'online' | 'offline' | 'both';
export type LabelFilter = 'tag' | 'interest' | 'organisation' | 'event';

/** What the People list shows; kept in the address (`#/people?interest=…`) so it survives a reload. */
export interface PeopleFilter {
  sort: PeopleSort;
  circle: CircleId | null;
  tag: Ref | null;
  interest: Ref | null;
  organisation: Ref | null;
  event: Ref | null;
  mode: PeopleMode | null;
  /** "From the last import": the people a contacts import created or updated (its id, and the file's name). */
  fromImport: Ref | null;
}

export const NO_FILTER: PeopleFilter = { sort: 'name', circle: null, tag: null, interest: null, organisation: null, event: null, mode: null, fromImport: null };

export const LABEL_FILTERS: LabelFilter[] = ['interest', 'tag', 'organisation', 'event'];

const SORTS: PeopleSort[] = ['name', 'created', 'last_touch'];
const MODES: PeopleMode[] = ['online', 'offline', 'both'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refFrom(params: URLSearchParams, key: LabelFilter | 'import'): Ref | null {
  const id = params.get(key);
  if (!id || !UUID.test(id)) return null;
  return { id, name: params.get(`${key}Name`) ?? key };
}

export function parsePeopleFilter(search: string): PeopleFilter {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') as PeopleSort | null;
  const mode = params.get('mode') as PeopleMode | null;
  const circle = params.get('circle');
  return {
    sort: sort && SORTS.includes(sort) ? sort : 'name',
    circle: isCircleId(circle) ? circle : null,
    tag: refFrom(params, 'tag'),
    interest: refFrom(params, 'interest'),
    organisation: refFrom(params, 'organisation'),
    event: refFrom(params, 'event'),
    mode: mode && MODES.includes(mode) ? mode : null,
    fromImport: refFrom(params, 'import'),
  };
}

/** The query part of `#/people?…`; empty for the default view. */
export function formatPeopleFilter(filter: PeopleFilter): string {
  const params = new URLSearchParams();
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  if (filter.circle) params.set('circle', filter.circle);
  for (const key of LABEL_FILTERS) {
    const ref = filter[key];
    if (!ref) continue;
    params.set(key, ref.id);
    params.set(`${key}Name`, ref.name);
  }
  if (filter.mode) params.set('mode', filter.mode);
  if (filter.fromImport) {
    params.set('import', filter.fromImport.id);
    params.set('importName', filter.fromImport.name);
  }
  return params.toString();
}

export function sameFilter(a: PeopleFilter, b: PeopleFilter): boolean {
  return formatPeopleFilter(a) === formatPeopleFilter(b);
}

export function isFiltered(filter: PeopleFilter): boolean {
  return Boolean(filter.circle || filter.tag || filter.interest || filter.organisation || filter.event || filter.mode || filter.fromImport);
}

/** The request fields for people:list. */
export function filterRequest(filter: PeopleFilter): Partial<PeopleListQuery> {
  return {
    sort: filter.sort,
    ...(filter.circle ? { circle: filter.circle } : {}),
    ...(filter.tag ? { tagId: filter.tag.id } : {}),
    ...(filter.interest ? { interestId: filter.interest.id } : {}),
    ...(filter.organisation ? { organisationId: filter.organisation.id } : {}),
    ...(filter.event ? { metAtEventId: filter.event.id } : {}),
    ...(filter.mode ? { mode: filter.mode } : {}),
    ...(filter.fromImport ? { importId: filter.fromImport.id } : {}),
  };
}
