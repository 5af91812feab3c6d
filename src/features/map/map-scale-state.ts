import { schemeYlGnBu } from 'd3-scale-chromatic';

/** Land with no records under the current filters, and disputed areas the atlas gives no code. */
export const NEUTRAL_FILL = '#e3e3e3';

export interface ColourClass {
  /** Inclusive bounds, in records. */
  readonly min: number;
  readonly max: number;
  readonly colour: string;
}

export interface ColourScale {
  readonly classes: readonly ColourClass[];
  /** The class colour of a count; the neutral grey for 0. */
  readonly colourOf: (count: number) => string;
}

/** Finest first: the first that gives at most MAX_CLASSES classes up to the largest count is used. */
const STEP_SEQUENCES: readonly (readonly number[])[] = [[1, 2, 3, 5], [1, 2, 5], [1]];
const MAX_CLASSES = 7;

function lowerBounds(maxCount: number, mantissas: readonly number[]): number[] {
  const bounds: number[] = [];
  for (let power = 1; power <= maxCount; power *= 10)
    for (const mantissa of mantissas)
      if (mantissa * power <= maxCount) bounds.push(mantissa * power);
  return bounds;
}

/**
 * A sequential, colour-blind-safe scale of record counts: ColorBrewer YlGnBu (Cynthia Brewer,
 * colorbrewer2.org, via d3-scale-chromatic), classed on round numbers (1, 2, 3–4, 5–9, 10–19 …)
 * because counts are small, skewed integers that a reader compares in a legend. The palette's two
 * lightest shades are skipped: one record must never look like the neutral grey of "none", in
 * lightness as well as hue (which colour-blind readers may not see).
 */
export function colourScale(maxCount: number): ColourScale {
  const top = Math.max(1, Math.floor(maxCount));
  const bounds =
    STEP_SEQUENCES.map((mantissas) => lowerBounds(top, mantissas)).find(
      (candidate) => candidate.length <= MAX_CLASSES,
    ) ?? lowerBounds(top, [1]);
  // At least the 5-class scheme, so that one or two classes get mid-range, not the darkest, blues.
  const palette = schemeYlGnBu[Math.max(5, bounds.length + 2)] ?? [];
  const colours = palette.slice(2, bounds.length + 2);
  const classes = bounds.map((min, index) => ({
    min,
    max: (bounds[index + 1] ?? top + 1) - 1,
    colour: colours[index] ?? palette[palette.length - 1] ?? NEUTRAL_FILL,
  }));
  return {
    classes,
    colourOf: (count) => {
      if (count <= 0) return NEUTRAL_FILL;
      const found = classes.findLast((item) => count >= item.min);
      return found?.colour ?? NEUTRAL_FILL;
    },
  };
}
