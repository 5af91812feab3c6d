import { describe, expect, it } from 'vitest';
import { projectedMap } from '../../src/features/map/map-geometry.ts';
import {
  IDENTITY,
  MAX_ZOOM,
  REGION_FRAMES,
  constrain,
  fitTransform,
  regionTransform,
  transformAttribute,
  zoomAboutCentre,
} from '../../src/features/map/map-zoom-state.ts';
import { reportData } from '../support/report-data.ts';

const map = projectedMap(1000, 488);
const { reference } = reportData();

function onScreen(
  transform: { x: number; y: number; k: number },
  point: readonly [number, number],
) {
  const [x, y] = map.project(point)!;
  const sx = transform.x + transform.k * x;
  const sy = transform.y + transform.k * y;
  return sx >= 0 && sx <= map.width && sy >= 0 && sy <= map.height;
}

describe('zoom', () => {
  it('has a frame for each M49 region', () => {
    const regions = new Set(reference.countries.flatMap((c) => (c.region ? [c.region.code] : [])));
    expect(Object.keys(REGION_FRAMES).sort()).toEqual([...regions].sort());
  });

  it('zooms a region preset in, with its countries in view', () => {
    for (const [code, members] of [
      ['002', ['ZAF', 'MAR', 'MUS', 'SEN']],
      ['150', ['PRT', 'NOR', 'UKR', 'GRC']],
      ['009', ['AUS', 'NZL', 'FJI', 'WSM', 'MHL']],
      ['019', ['CAN', 'CHL', 'BRB', 'MEX']],
      ['142', ['TUR', 'JPN', 'IDN', 'KAZ']],
    ] as const) {
      const transform = regionTransform(map, code);
      // The Americas reach from Tierra del Fuego to the Arctic: height-bound, they zoom least.
      expect(transform.k, code).toBeGreaterThan(code === '019' ? 1 : 1.5);
      for (const iso3 of members) {
        const centroid = reference.countries.find((c) => c.iso3 === iso3)?.centroid;
        expect(onScreen(transform, centroid!), `${code} ${iso3}`).toBe(true);
      }
    }
    expect(regionTransform(map, null)).toEqual(IDENTITY);
  });

  it('zooms about the centre and stays within limits and the map', () => {
    const zoomed = zoomAboutCentre(IDENTITY, 2, 1000, 488);
    expect(zoomed).toEqual({ k: 2, x: -500, y: -244 });
    expect(zoomAboutCentre(zoomed, 1 / 2, 1000, 488)).toEqual({ k: 1, x: 0, y: 0 });
    expect(zoomAboutCentre(IDENTITY, 1000, 1000, 488).k).toBe(MAX_ZOOM);
    expect(zoomAboutCentre(IDENTITY, 0.1, 1000, 488)).toEqual(IDENTITY);
    expect(constrain({ k: 2, x: 100, y: -2000 }, 1000, 488)).toEqual({ k: 2, x: 0, y: -488 });
    expect(
      fitTransform(
        [
          [0, 0],
          [1000, 488],
        ],
        1000,
        488,
      ),
    ).toEqual(IDENTITY);
  });

  it('writes an SVG transform', () => {
    expect(transformAttribute({ x: -12.3456, y: 4, k: 2.123456 })).toBe(
      'translate(-12.35,4) scale(2.1235)',
    );
  });
});
