import { useCallback, useState } from 'react';

/**
 * Whether an element is within `margin` of the viewport, followed as the page scrolls. True until
 * the first observation, and always without IntersectionObserver (jsdom, print).
 */
export function useNearViewport<T extends Element>(
  margin: string,
): [(element: T | null) => void, boolean] {
  const [near, setNear] = useState(true);
  const ref = useCallback(
    (element: T | null) => {
      if (!element || typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver(
        (entries) => {
          const entry = entries.at(-1);
          if (entry) setNear(entry.isIntersecting);
        },
        { rootMargin: margin },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [margin],
  );
  return [ref, near];
}

/** `value` while `frozen` is false; while it is true, the value it had when it became true. */
export function useFrozenWhile<T>(frozen: boolean, value: T): T {
  const [kept, setKept] = useState(value);
  // Derived state (React's pattern for "information from previous renders"): set during render.
  if (!frozen && kept !== value) setKept(value);
  return frozen ? kept : value;
}
