import type { Bounds, Point, ProjectedMap } from './map-geometry.ts';

export interface ZoomTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export const IDENTITY: ZoomTransform = { x: 0, y: 0, k: 1 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;
/** The + and − buttons zoom by this factor about the centre. */
export const ZOOM_STEP = 1.6;

/**
 * What each M49 region preset frames, as [[west, south], [east, north]] in degrees. Hand-set
 * rather than taken from the countries' shapes, whose extents mislead: France's polygon reaches
 * French Guiana, the Russian Federation (Europe in M49) spans Asia, and Oceania crosses 180°.
 * East may exceed 180 (Oceania reaches Samoa at 172° W = 188°).
 */
export const REGION_FRAMES: Readonly<Record<string, readonly [Point, Point]>> = {
  '002': [
    [-20, -36],
    [55, 38],
  ],
  '019': [
    [-168, -56],
    [-30, 72],
  ],
  '142': [
    [25, -11],
    [150, 56],
  ],
  '150': [
    [-25, 34],
    [45, 71],
  ],
  '009': [
    [110, -47],
    [189, 15],
  ],
};

/** The projected bounds of a lon/lat frame, sampled along its edges (meridians curve in Equal Earth). */
export function frameBounds(map: ProjectedMap, frame: readonly [Point, Point]): Bounds | null {
  const [[west, south], [east, north]] = frame;
  const points: Point[] = [];
  for (let step = 0; step <= 16; step += 1) {
    const lon = west + ((east - west) * step) / 16;
    const lat = south + ((north - south) * step) / 16;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const projected = points.flatMap((point) => {
    const xy = map.project([point[0] > 180 ? point[0] - 360 : point[0], point[1]]);
    return xy ? [xy] : [];
  });
  if (projected.length === 0) return null;
  const xs = projected.map((xy) => xy[0]);
  const ys = projected.map((xy) => xy[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/** The transform that fits `bounds` into the map with a margin, within the zoom limits. */
export function fitTransform(
  bounds: Bounds,
  width: number,
  height: number,
  margin = 0.92,
): ZoomTransform {
  const [[x0, y0], [x1, y1]] = bounds;
  const dx = Math.max(1, x1 - x0);
  const dy = Math.max(1, y1 - y0);
  const k = clamp(margin * Math.min(width / dx, height / dy), MIN_ZOOM, MAX_ZOOM);
  return constrain(
    { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) },
    width,
    height,
  );
}

/** Keeps the zoomed map covering the view: no panning the world out of sight. */
export function constrain(transform: ZoomTransform, width: number, height: number): ZoomTransform {
  const { k } = transform;
  return {
    k,
    x: clamp(transform.x, width - k * width, 0),
    y: clamp(transform.y, height - k * height, 0),
  };
}

/** Zoom by `factor` about the centre of the view (the + and − buttons). */
export function zoomAboutCentre(
  transform: ZoomTransform,
  factor: number,
  width: number,
  height: number,
): ZoomTransform {
  const k = clamp(transform.k * factor, MIN_ZOOM, MAX_ZOOM);
  const cx = width / 2;
  const cy = height / 2;
  const x = cx - ((cx - transform.x) * k) / transform.k;
  const y = cy - ((cy - transform.y) * k) / transform.k;
  return constrain({ k, x, y }, width, height);
}

export function regionTransform(map: ProjectedMap, region: string | null): ZoomTransform {
  const frame = region === null ? undefined : REGION_FRAMES[region];
  const bounds = frame ? frameBounds(map, frame) : null;
  return bounds ? fitTransform(bounds, map.width, map.height) : IDENTITY;
}

export function transformAttribute(transform: ZoomTransform): string {
  return `translate(${round(transform.x)},${round(transform.y)}) scale(${round(transform.k, 4)})`;
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
