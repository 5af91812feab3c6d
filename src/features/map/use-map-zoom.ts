import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { IDENTITY, MAX_ZOOM, MIN_ZOOM } from './map-zoom-state.ts';
import type { ZoomTransform } from './map-zoom-state.ts';

/**
 * Wheel, drag, pinch and double-click zoom from d3-zoom on the map's <svg>; React renders the
 * transform. `zoomTo` moves programmatically (buttons, region presets) and keeps d3 in step.
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  width: number,
  height: number,
): { transform: ZoomTransform; zoomTo: (next: ZoomTransform) => void } {
  const [transform, setTransform] = useState<ZoomTransform>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    const zoomBehaviour = zoom<SVGSVGElement, unknown>()
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      // A click that moved a few pixels is still a click on a country, not a pan.
      .clickDistance(4)
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const { x, y, k } = event.transform;
        setTransform({ x, y, k });
      });
    behaviour.current = zoomBehaviour;
    const selection = select(svg);
    selection.call(zoomBehaviour);
    // A new size is a new coordinate system: start from the whole world (presets re-apply).
    selection.call(zoomBehaviour.transform, zoomIdentity);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef, width, height]);

  const zoomTo = useCallback(
    (next: ZoomTransform) => {
      const svg = svgRef.current;
      const current = behaviour.current;
      const target = zoomIdentity.translate(next.x, next.y).scale(next.k);
      if (svg && current) select(svg).call(current.transform, target);
      else setTransform(next);
    },
    [svgRef],
  );

  return { transform, zoomTo };
}
