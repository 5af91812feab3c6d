import { useCallback } from 'react';
import { useUrlParam } from '../../lib/url-state/use-url-params.ts';
import type { MapColouring } from './map-change-state.ts';

/**
 * What the map colours by, in the URL as `map=change` (absent for records, the default). The change
 * needs exactly two reports in view: with any other number the map shows records whatever the URL says.
 */
export function useMapColouring(
  comparable: boolean,
): [MapColouring, (colouring: MapColouring) => void] {
  const [value, update] = useUrlParam('map');
  const setColouring = useCallback(
    (colouring: MapColouring) =>
      update((params) => {
        if (colouring === 'records') params.delete('map');
        else params.set('map', colouring);
      }, 'replace'),
    [update],
  );
  return [comparable && value === 'change' ? 'change' : 'records', setColouring];
}
