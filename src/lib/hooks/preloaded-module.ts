import { useEffect, useState } from 'react';

export interface PreloadedModule<M> {
  /** Starts loading (once); a failure is kept for the components that use the module. */
  readonly preload: () => void;
  /** The module once loaded (undefined before); re-renders when it arrives; throws its load error. */
  readonly useModule: () => M | undefined;
}

/**
 * A code-split module that is fetched early and rendered without suspending. React.lazy suspends
 * even when the chunk is already there, and React then holds the fallback for its reveal throttle
 * (about 300 ms) before showing the content; a module loaded ahead of the data is rendered at once.
 */
export function preloadedModule<M>(load: () => Promise<M>): PreloadedModule<M> {
  let pending: Promise<M> | undefined;
  let loaded: { readonly module: M } | undefined;
  let failure: { readonly error: unknown } | undefined;
  const start = () =>
    (pending ??= load().then(
      (module) => {
        loaded = { module };
        return module;
      },
      (error: unknown) => {
        failure = { error };
        throw error;
      },
    ));
  return {
    preload: () => {
      start().catch(() => undefined);
    },
    useModule: () => {
      const [, setArrivals] = useState(0);
      useEffect(() => {
        if (loaded || failure) return;
        let current = true;
        const rerender = () => {
          if (current) setArrivals((count) => count + 1);
        };
        start().then(rerender, rerender);
        return () => {
          current = false;
        };
      }, []);
      // An error boundary above shows a chunk that could not be fetched.
      if (failure) throw failure.error;
      return loaded?.module;
    },
  };
}
