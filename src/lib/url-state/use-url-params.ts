import { useCallback, useSyncExternalStore } from 'react';

/**
 * The URL's query string as the app's one source of view state: shareable, restored from a
 * pasted link, and back/forward step through it.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.search;

export function navigateSearch(params: URLSearchParams, mode: 'push' | 'replace' = 'push'): void {
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  for (const listener of listeners) listener();
}

export function useUrlParams(): [
  URLSearchParams,
  (update: (params: URLSearchParams) => void, mode?: 'push' | 'replace') => void,
] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const update = useCallback(
    (change: (params: URLSearchParams) => void, mode: 'push' | 'replace' = 'push') => {
      const params = new URLSearchParams(window.location.search);
      change(params);
      navigateSearch(params, mode);
    },
    [],
  );
  return [new URLSearchParams(search), update];
}
