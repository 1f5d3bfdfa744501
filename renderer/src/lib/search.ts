import type { RefOption } from '../components/RefPicker';
import { formatEventWhen } from './dates';
import { invoke } from './api';

/** People by name, handle, organisation…: options for pickers. */
export async function searchPeople(query: string): Promise<RefOption[]> {
  const page = await invoke('people:list', { query, limit: 8 });
  return page.items.map((p) => ({ id: p.id, name: p.displayName, detail: p.headline }));
}

export async function searchEvents(query: string): Promise<RefOption[]> {
  const page = await invoke('events:list', { query, limit: 8 });
  return page.items.map((e) => ({ id: e.id, name: e.name, detail: [e.startsOn && formatEventWhen(e.startsOn), e.place].filter(Boolean).join(' · ') || null }));
}

export type LabelKind = 'interests' | 'tags' | 'organisations';

export async function searchLabels(kind: LabelKind, query: string): Promise<RefOption[]> {
  const items = await invoke(`${kind}:list`, { query, limit: 8 });
  return items.map((l) => ({ id: l.id, name: l.name, detail: `${l.people} ${l.people === 1 ? 'person' : 'people'}` }));
}
