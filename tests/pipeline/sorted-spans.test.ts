import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstStartingAtOrAfter, within } from '../../src/pipeline/tag/sorted-spans.ts';

const sortedSpans = fc
  .array(fc.tuple(fc.nat(200), fc.nat(20)), { maxLength: 60 })
  .map((pairs) =>
    pairs
      .map(([start, length]) => ({ start, end: start + length }))
      .sort((a, b) => a.start - b.start),
  );

describe('lookups in spans sorted by start', () => {
  it('finds the first span starting at or after a position, as a scan would', () => {
    fc.assert(
      fc.property(sortedSpans, fc.integer({ min: -5, max: 230 }), (spans, position) => {
        const scanned = spans.findIndex((span) => span.start >= position);
        expect(firstStartingAtOrAfter(spans, position)).toBe(
          scanned === -1 ? spans.length : scanned,
        );
      }),
    );
  });

  it('returns the spans wholly inside a range, in order, as a filter would', () => {
    fc.assert(
      fc.property(sortedSpans, fc.nat(200), fc.nat(80), (spans, start, length) => {
        const range = { start, end: start + length };
        expect(within(spans, range)).toEqual(
          spans.filter((span) => span.start >= range.start && span.end <= range.end),
        );
      }),
    );
  });

  it('is exact at the edges: a span ending where the range ends is inside, one starting there is not', () => {
    const spans = [
      { start: 0, end: 2 },
      { start: 2, end: 5 },
      { start: 5, end: 6 },
    ];
    expect(within(spans, { start: 2, end: 5 })).toEqual([{ start: 2, end: 5 }]);
    expect(firstStartingAtOrAfter(spans, 3)).toBe(2);
  });

  it('counts an empty span where the range ends as inside, after a longer one starting there', () => {
    const spans = [
      { start: 5, end: 7 },
      { start: 5, end: 5 },
    ];
    expect(within(spans, { start: 2, end: 5 })).toEqual([{ start: 5, end: 5 }]);
  });
});
