import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

/**
 * Loads data when `key` changes and aborts the request if the component goes away first.
 * `load` should depend only on what `key` describes.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> & { reload: () => void; replace: (data: T) => void; refresh: () => Promise<void> } {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; `key` says when it loads something else.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  /**
   * Loads again after a change, keeping what is shown until the answer comes (no spinner), so
   * the page does not jump and focus stays where it was. Rejects when the load fails.
   */
  const refresh = useCallback(async () => {
    const data = await latestLoad.current(new AbortController().signal);
    setState({ status: 'ready', data });
  }, []);
  return { ...state, reload, replace, refresh };
}
