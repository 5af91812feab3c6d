import { useCallback, useState } from 'react';

export interface ExportAction {
  readonly busy: boolean;
  readonly error: string | null;
  readonly run: (action: () => Promise<void> | void) => Promise<void>;
}

/** Runs one export at a time; reports failure in words rather than silently. */
export function useExportAction(): ExportAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void> | void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
