import { describe, expect, it } from 'vitest';
import { nextCountry, tabStop } from '../../src/features/map/map-focus-state.ts';
import type { FocusPoint } from '../../src/features/map/map-focus-state.ts';

// Three made-up countries, west to east: A low, B high in the middle, C low in the east.
const order: FocusPoint[] = [
  { iso3: 'AAA', longitude: -100, latitude: 0 },
  { iso3: 'BBB', longitude: -95, latitude: 40 },
  { iso3: 'CCC', longitude: 50, latitude: 5 },
];

describe('map keyboard focus', () => {
  it('keeps the tab stop on the last focused country, else the selected one, else the westernmost', () => {
    expect(tabStop(order, 'CCC', 'BBB')).toBe('CCC');
    expect(tabStop(order, 'GONE', 'BBB')).toBe('BBB');
    expect(tabStop(order, null, 'GONE')).toBe('AAA');
    expect(tabStop([], 'AAA', 'AAA')).toBeNull();
  });

  it('moves west and east in order, stopping at the edges', () => {
    expect(nextCountry(order, 'AAA', 'ArrowRight')).toBe('BBB');
    expect(nextCountry(order, 'BBB', 'ArrowLeft')).toBe('AAA');
    expect(nextCountry(order, 'AAA', 'ArrowLeft')).toBeNull();
    expect(nextCountry(order, 'CCC', 'ArrowRight')).toBeNull();
    expect(nextCountry(order, 'BBB', 'Home')).toBe('AAA');
    expect(nextCountry(order, 'AAA', 'End')).toBe('CCC');
  });

  it('moves up and down to the nearest country in that direction, preferring one straight above', () => {
    // From A: B is 40° north and 5° east (score 50), C 5° north but 150° east (score 305).
    expect(nextCountry(order, 'AAA', 'ArrowUp')).toBe('BBB');
    expect(nextCountry(order, 'BBB', 'ArrowDown')).toBe('AAA');
    expect(nextCountry(order, 'BBB', 'ArrowUp')).toBeNull();
    expect(nextCountry(order, 'AAA', 'ArrowDown')).toBeNull();
  });
});
