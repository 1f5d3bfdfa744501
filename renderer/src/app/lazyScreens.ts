import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * Screens other than Today, People and a person, loaded as their own chunks: the home screen
 * paints without evaluating them, and `preloadScreens` fetches them all once it has. A screen
 * whose chunk is already here renders at once, without suspending, so opening it later shows
 * no blank frame (and tests that load them first render synchronously).
 */
const loaders = {
  events: () => import('../features/events/EventsScreen'),
  event: () => import('../features/events/EventScreen'),
  prune: () => import('../features/prune/PruneScreen'),
  imports: () => import('../features/imports/ImportScreen'),
  reminders: () => import('../features/reminders/RemindersScreen'),
  activity: () => import('../features/timeline/ActivityScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
  xAccounts: () => import('../features/x/XAccountsScreen'),
  xMatches: () => import('../features/x/XMatchesScreen'),
  duplicates: () => import('../features/duplicates/DuplicatesScreen'),
  // Not a screen: the person page's "Merge with…" dialog, loaded with the rest after Today.
  mergeWith: () => import('../features/duplicates/MergeWithDialog'),
};
type Key = keyof typeof loaders;
const loaded = new Map<Key, unknown>();

async function load(key: Key): Promise<unknown> {
  const module = await loaders[key]();
  loaded.set(key, module);
  return module;
}

// React's lazy() takes any component type; the screen keeps its exact props through M[K].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function screen<M extends Record<N, ComponentType<any>>, N extends keyof M & string>(key: Key, name: N): LazyExoticComponent<M[N]> {
  return lazy(() => {
    const ready = loaded.get(key) as M | undefined;
    // A thenable that answers at once: React reads the component without suspending.
    if (ready) return { then: (resolve: (m: { default: M[N] }) => void) => resolve({ default: ready[name] }) } as unknown as Promise<{ default: M[N] }>;
    return load(key).then((module) => ({ default: (module as M)[name] }));
  });
}

type Module<K extends Key> = Awaited<ReturnType<(typeof loaders)[K]>>;
export const EventsScreen = screen<Module<'events'>, 'EventsScreen'>('events', 'EventsScreen');
export const EventScreen = screen<Module<'event'>, 'EventScreen'>('event', 'EventScreen');
export const PruneScreen = screen<Module<'prune'>, 'PruneScreen'>('prune', 'PruneScreen');
export const ImportScreen = screen<Module<'imports'>, 'ImportScreen'>('imports', 'ImportScreen');
export const RemindersScreen = screen<Module<'reminders'>, 'RemindersScreen'>('reminders', 'RemindersScreen');
export const ActivityScreen = screen<Module<'activity'>, 'ActivityScreen'>('activity', 'ActivityScreen');
export const SettingsScreen = screen<Module<'settings'>, 'SettingsScreen'>('settings', 'SettingsScreen');
export const XAccountsScreen = screen<Module<'xAccounts'>, 'XAccountsScreen'>('xAccounts', 'XAccountsScreen');
export const XMatchesScreen = screen<Module<'xMatches'>, 'XMatchesScreen'>('xMatches', 'XMatchesScreen');
export const DuplicatesScreen = screen<Module<'duplicates'>, 'DuplicatesScreen'>('duplicates', 'DuplicatesScreen');
export const MergeWithDialog = screen<Module<'mergeWith'>, 'MergeWithDialog'>('mergeWith', 'MergeWithDialog');

/** Loads every lazy screen's chunk. */
export async function loadAllScreens(): Promise<void> {
  await Promise.all((Object.keys(loaders) as Key[]).map((key) => load(key)));
}

let preloaded = false;

/** Fetches every lazy screen when the browser is idle after the first paint (once). */
export function preloadScreens(): void {
  if (preloaded) return;
  preloaded = true;
  const run = () => void loadAllScreens().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
