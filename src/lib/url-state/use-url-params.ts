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

export type UrlUpdate = (
  change: (params: URLSearchParams) => void,
  mode?: 'push' | 'replace',
) => void;

const updateUrl: UrlUpdate = (change, mode = 'push') => {
  const params = new URLSearchParams(window.location.search);
  change(params);
  navigateSearch(params, mode);
};

/** The whole query string: the component renders again on every change of the URL. */
export function useUrlParams(): [URLSearchParams, UrlUpdate] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  return [new URLSearchParams(search), updateUrl];
}

let parsedSearch = '';
let parsedParams = new URLSearchParams();

function currentParams(): URLSearchParams {
  if (window.location.search !== parsedSearch) {
    parsedSearch = window.location.search;
    parsedParams = new URLSearchParams(parsedSearch);
  }
  return parsedParams;
}

/**
 * One parameter of the URL: the component renders again only when that value changes, not on
 * every filter change (the language is read by hundreds of components).
 */
export function useUrlParam(name: string): [string | null, UrlUpdate] {
  const getValue = useCallback(() => currentParams().get(name), [name]);
  const value = useSyncExternalStore(subscribe, getValue, () => null);
  return [value, updateUrl];
}
