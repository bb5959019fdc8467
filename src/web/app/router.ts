import { useMemo, useSyncExternalStore } from 'react';

/**
 * A tiny history-API router: the location is an external store that changes on
 * `navigate()` and on the browser's back/forward (popstate).
 */
const listeners = new Set<() => void>();
let navigatedInApp = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function getSnapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to `to` (a same-origin path with optional query) without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === getSnapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigatedInApp = true;
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/**
 * True once the user has moved between pages inside the app (links, back/forward). On the
 * first page load focus stays at the top of the document; after that it moves to the h1.
 */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}

window.addEventListener('popstate', () => {
  navigatedInApp = true;
});

export type Location = { pathname: string; search: string; query: URLSearchParams };

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, getSnapshot);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    return { pathname, search: url.search, query: url.searchParams };
  }, [href]);
}
