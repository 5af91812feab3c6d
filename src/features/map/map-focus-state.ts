import type { Country } from '../../domain/index.ts';
import { mapLongitude } from './map-state.ts';
import type { MapModel } from './map-state.ts';

/** One focusable country where the keyboard finds it: degrees, longitude as the map lays it out. */
export interface FocusPoint {
  readonly iso3: string;
  readonly longitude: number;
  readonly latitude: number;
}

export const MAP_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type MapKey = (typeof MAP_KEYS)[number];

export function isMapKey(key: string): key is MapKey {
  return (MAP_KEYS as readonly string[]).includes(key);
}

function focusPoint(country: Country): FocusPoint {
  return {
    iso3: country.iso3,
    longitude: mapLongitude(country),
    latitude: country.centroid?.[1] ?? 0,
  };
}

/** Every clickable country (shape or marker) once, west to east: the order of Left and Right. */
export function keyboardOrder(model: MapModel): readonly FocusPoint[] {
  const ids = new Set<string>();
  for (const shape of model.shapes) if (shape.interactive && shape.iso3) ids.add(shape.iso3);
  for (const marker of model.markers) ids.add(marker.iso3);
  return [...ids]
    .flatMap((iso3) => {
      const country = model.countries.get(iso3);
      return country ? [focusPoint(country)] : [];
    })
    .sort((a, b) => a.longitude - b.longitude || (a.iso3 < b.iso3 ? -1 : 1));
}

/**
 * The country that holds the map's one tab stop: the one focused last if it is still on the map,
 * else the selected country, else the westernmost.
 */
export function tabStop(
  order: readonly FocusPoint[],
  lastFocused: string | null,
  selected: string | null,
): string | null {
  const has = (iso3: string | null) => iso3 !== null && order.some((point) => point.iso3 === iso3);
  if (has(lastFocused)) return lastFocused;
  if (has(selected)) return selected;
  return order[0]?.iso3 ?? null;
}

// A step up or down prefers a country straight above or below to a nearer one off to the side.
const SIDEWAYS_WEIGHT = 2;

function nearestVertically(
  order: readonly FocusPoint[],
  from: FocusPoint,
  north: boolean,
): FocusPoint | undefined {
  let best: FocusPoint | undefined;
  let bestScore = Infinity;
  for (const point of order) {
    const rise = north ? point.latitude - from.latitude : from.latitude - point.latitude;
    if (point.iso3 === from.iso3 || rise <= 0) continue;
    const score = rise + SIDEWAYS_WEIGHT * Math.abs(point.longitude - from.longitude);
    if (score < bestScore) [best, bestScore] = [point, score];
  }
  return best;
}

/**
 * Where a key moves the focus from `current`: Left and Right to the next country west or east
 * (every country is reached this way), Up and Down to the nearest country north or south, Home and
 * End to the westernmost and easternmost. Null when the key leads nowhere (an edge of the map).
 */
export function nextCountry(
  order: readonly FocusPoint[],
  current: string,
  key: MapKey,
): string | null {
  if (order.length === 0) return null;
  if (key === 'Home') return order[0]!.iso3;
  if (key === 'End') return order[order.length - 1]!.iso3;
  const index = order.findIndex((point) => point.iso3 === current);
  if (index < 0) return order[0]!.iso3;
  if (key === 'ArrowLeft') return order[index - 1]?.iso3 ?? null;
  if (key === 'ArrowRight') return order[index + 1]?.iso3 ?? null;
  return nearestVertically(order, order[index]!, key === 'ArrowUp')?.iso3 ?? null;
}
