import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

// Long enough to read "Copied", short enough that a second copy shows it again.
const STATUS_MS = 3000;

/** Copies text to the clipboard and says how it went; the status clears itself. */
export function useCopyText() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const copy = useCallback(async (text: string) => {
    let next: CopyStatus = 'failed';
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(text);
        next = 'copied';
      }
    } catch {
      // Refused (no permission, an insecure origin): the caller shows the text to copy by hand.
    }
    setStatus(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), STATUS_MS);
    return next;
  }, []);
  return { status, copy };
}
