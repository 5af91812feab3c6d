import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that stays the same from render to render and returns the value of the last commit:
 * memoised views can hold it without rendering again each time the value changes.
 */
export function useLatestGetter<T>(value: T): () => T {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return useCallback(() => latest.current, []);
}

/** A callback that stays the same from render to render and calls the one of the last commit. */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useLatestGetter(callback);
  return useCallback((...args: Args) => latest()(...args), [latest]);
}
