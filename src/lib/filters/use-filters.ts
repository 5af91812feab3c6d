import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReferenceFile } from '../../domain/index.ts';
import { useUrlParams } from '../url-state/use-url-params.ts';
import {
  FILTER_KEYS,
  emptyFilters,
  parseFilters,
  removeDropped,
  writeFilters,
} from './filter-state.ts';
import type { DroppedValue, FilterKey, FilterState } from './filter-state.ts';

export interface FilterControls {
  readonly filters: FilterState;
  /** URL values the data does not know: dropped from the URL, kept here for the notice. */
  readonly dropped: readonly DroppedValue[];
  readonly setFilter: (key: FilterKey, value: string | null) => void;
  /** Sets the value, or clears it when it is already set (click again to clear). */
  readonly toggleFilter: (key: FilterKey, value: string) => void;
  readonly clearAll: () => void;
}

export function useFilters(reference: ReferenceFile): FilterControls {
  const [params, update] = useUrlParams();
  const search = params.toString();
  const parsed = useMemo(
    () => parseFilters(new URLSearchParams(search), reference),
    [search, reference],
  );
  const { filters } = parsed;
  // Kept for the notice once the URL no longer holds them (set while rendering, React's pattern
  // for state that follows a prop).
  const [noticed, setNoticed] = useState<readonly DroppedValue[]>([]);
  if (parsed.dropped.length > 0 && parsed.dropped !== noticed) setNoticed(parsed.dropped);
  useEffect(() => {
    if (parsed.dropped.length === 0) return;
    // Replace, not push: Back should not return to the link with the bad values.
    update((p) => removeDropped(p, parsed.dropped), 'replace');
  }, [parsed.dropped, update]);
  const dropped = parsed.dropped.length > 0 ? parsed.dropped : noticed;
  const write = useCallback(
    (next: FilterState) => {
      // The notice goes with the first change of the filters.
      setNoticed([]);
      update((p) => {
        for (const key of FILTER_KEYS) p.delete(key);
        writeFilters(p, next);
      });
    },
    [update],
  );
  const setFilter = useCallback(
    (key: FilterKey, value: string | null) =>
      write({ ...filters, [key]: key === 'q' ? (value ?? '') : value }),
    [filters, write],
  );
  const toggleFilter = useCallback(
    (key: FilterKey, value: string) => setFilter(key, filters[key] === value ? null : value),
    [filters, setFilter],
  );
  const clearAll = useCallback(() => write(emptyFilters), [write]);
  // One object per filter state, so that memoised views skip renders that change nothing for them.
  return useMemo(
    () => ({ filters, dropped, setFilter, toggleFilter, clearAll }),
    [filters, dropped, setFilter, toggleFilter, clearAll],
  );
}
