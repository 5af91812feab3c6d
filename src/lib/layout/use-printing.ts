import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True from the browser's `beforeprint` to its `afterprint`: the print-only views (every record,
 * the cover page) are rendered for the printout only, so that a filter change on screen does not
 * pay for them. The update is flushed inside the event, before the browser lays out the pages.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
