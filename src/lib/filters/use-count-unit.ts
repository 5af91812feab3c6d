import { useCallback } from 'react';
import { useUrlParam } from '../url-state/use-url-params.ts';
import { parseCountUnit } from './count-view.ts';
import type { CountUnit } from './count-view.ts';

/** The count unit of the view, in the URL as `count` (absent for records, the default). */
export function useCountUnit(): [CountUnit, (unit: CountUnit) => void] {
  const [value, update] = useUrlParam('count');
  const setUnit = useCallback(
    (unit: CountUnit) =>
      update((params) => {
        if (unit === 'records') params.delete('count');
        else params.set('count', unit);
      }),
    [update],
  );
  return [parseCountUnit(value), setUnit];
}
