import { schemeYlGnBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_FILL, colourScale } from '../../src/features/map/map-scale-state.ts';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const value = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('the colour scale', () => {
  it('classes the report’s counts (1 to 10) on round numbers', () => {
    const scale = colourScale(10);
    expect(scale.classes.map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 9],
      [10, 10],
    ]);
    expect(scale.colourOf(4)).toBe(scale.classes[2]?.colour);
    expect(scale.colourOf(10)).toBe(scale.classes[4]?.colour);
  });

  it('uses ColorBrewer YlGnBu without its two lightest shades, darker for more', () => {
    const scale = colourScale(10);
    expect(scale.classes.map((c) => c.colour)).toEqual(schemeYlGnBu[7]?.slice(2));
    const lum = scale.classes.map((c) => luminance(c.colour));
    expect(lum).toEqual([...lum].sort((a, b) => b - a));
    // One record never looks like "no records".
    expect(luminance(NEUTRAL_FILL) - (lum[0] ?? 1)).toBeGreaterThan(0.15);
  });

  it('draws zero (and nothing) in the neutral grey', () => {
    const scale = colourScale(10);
    expect(scale.colourOf(0)).toBe(NEUTRAL_FILL);
    expect(scale.classes.map((c) => c.colour)).not.toContain(NEUTRAL_FILL);
    expect(colourScale(0).classes).toHaveLength(1);
  });

  it('stays at seven classes or fewer and covers every count up to the largest', () => {
    for (const max of [1, 2, 3, 7, 10, 11, 49, 50, 120, 999, 12_345]) {
      const { classes } = colourScale(max);
      expect(classes.length).toBeLessThanOrEqual(7);
      expect(classes[0]?.min).toBe(1);
      expect(classes.at(-1)?.max).toBe(max);
      classes.slice(1).forEach((c, i) => expect(c.min).toBe((classes[i]?.max ?? 0) + 1));
      expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
    }
    expect(colourScale(50).classes.map((c) => c.min)).toEqual([1, 2, 5, 10, 20, 50]);
    // A filtered view with one class does not paint a single record in the darkest blue.
    expect(colourScale(1).classes.map((c) => c.colour)).toEqual([schemeYlGnBu[5]?.[2]]);
  });
});
