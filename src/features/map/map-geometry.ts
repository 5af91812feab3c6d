import { geoEqualEarth, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** One country or area of the world atlas; `id` is ISO 3166-1 numeric, or null (N. Cyprus, Somaliland, Kosovo). */
export interface AtlasFeature {
  readonly index: number;
  readonly id: string | null;
  readonly name: string;
  readonly feature: Feature<Geometry>;
}

export type Point = readonly [number, number];
export type Bounds = readonly [Point, Point];

/** A feature projected at one size: its SVG path, area in px² and bounds. */
export interface ProjectedFeature {
  readonly atlas: AtlasFeature;
  readonly path: string;
  readonly area: number;
  readonly bounds: Bounds;
}

export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  readonly features: readonly ProjectedFeature[];
  /** The outline of the globe, drawn as the sea. */
  readonly sphere: string;
  /** [longitude, latitude] → SVG coordinates, or null when the projection cannot place it. */
  readonly project: (lonLat: Point) => Point | null;
}

/**
 * The map is centred on 10° E so that the cut falls at 170° W: the Pacific island states next to
 * Fiji (Samoa, Tonga) stay beside it at the right edge instead of jumping to the far left.
 */
export const CENTRAL_MERIDIAN = 10;

let atlas: readonly AtlasFeature[] | undefined;

/** The 110m world atlas (Natural Earth via world-atlas 2.0.2), decoded once. */
export function atlasFeatures(): readonly AtlasFeature[] {
  if (atlas) return atlas;
  const topology = countries110m as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  atlas = collection.features.map((item, index) => ({
    index,
    id: item.id === undefined ? null : String(item.id),
    name: item.properties.name,
    feature: item,
  }));
  return atlas;
}

export function makeProjection(width: number, height: number): GeoProjection {
  return geoEqualEarth()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [2, 2],
        [width - 2, height - 2],
      ],
      { type: 'Sphere' },
    );
}

/**
 * The size the world is projected at, once: the map's <svg> scales it to any width through its
 * viewBox, so that a new width (a panel opening, a window resized) costs no new projection.
 */
export const MAP_WIDTH = 960;
/** Width to height of the Equal Earth world outline. */
export const EQUAL_EARTH_ASPECT = 2.05;
export const MAP_HEIGHT = Math.round(MAP_WIDTH / EQUAL_EARTH_ASPECT);

const cache = new Map<string, ProjectedMap>();

/** Projected paths for one size, computed once and kept (the last few sizes only). */
export function projectedMap(width: number, height: number): ProjectedMap {
  const key = `${width}x${height}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const projection = makeProjection(width, height);
  const path = geoPath(projection);
  const features = atlasFeatures().map((atlasFeature) => ({
    atlas: atlasFeature,
    path: path(atlasFeature.feature) ?? '',
    area: path.area(atlasFeature.feature),
    bounds: path.bounds(atlasFeature.feature) as unknown as Bounds,
  }));
  const map: ProjectedMap = {
    width,
    height,
    features,
    sphere: path({ type: 'Sphere' }) ?? '',
    project: (lonLat) => {
      const point = projection([lonLat[0], lonLat[1]]);
      return point ? [point[0], point[1]] : null;
    },
  };
  if (cache.size >= 4) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, map);
  return map;
}

/**
 * Projects the map at its drawing size ahead of the first render: called at start, it runs while
 * the data files load (the main thread is idle then), so the first view does not wait for it.
 */
export function prepareMapGeometry(): void {
  projectedMap(MAP_WIDTH, MAP_HEIGHT);
}
