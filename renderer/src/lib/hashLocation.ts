import { useSyncExternalStore } from 'react';

/**
 * Hash routing that keeps the query inside the hash (`#/people?circle=inner`), so a filter
 * survives a reload and belongs to the screen it filters. wouter's own hash hook moves the
 * query into location.search, where it would outlive the screen and sit before the token.
 */
const PREFIX = /^#?\/?/;

function split(): [string, string] {
  const raw = window.location.hash.replace(PREFIX, '');
  const at = raw.indexOf('?');
  return at < 0 ? [raw, ''] : [raw.slice(0, at), raw.slice(at + 1)];
}

const currentPath = () => `/${split()[0]}`;
const currentSearch = () => split()[1];

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function navigateHash(to: string, options: { replace?: boolean } = {}): void {
  const hash = `#/${to.replace(PREFIX, '')}`;
  if (hash === window.location.hash) return;
  if (!options.replace) {
    window.location.hash = hash;
    return;
  }
  const oldURL = window.location.href;
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
}

export function useHashPath(): [string, typeof navigateHash] {
  return [useSyncExternalStore(subscribe, currentPath), navigateHash];
}

/** The part after `?` in the hash, for wouter's useSearch. */
export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
}

useHashPath.searchHook = useHashSearch;
useHashPath.hrefs = (href: string) => `#${href}`;
