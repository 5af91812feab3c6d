/** Lookups in spans sorted by start (dictionary matches: in text order, never overlapping). */
export interface Positioned {
  readonly start: number;
  readonly end: number;
}

/** The index of the first span that starts at or after `position` (the length when none does). */
export function firstStartingAtOrAfter(spans: readonly Positioned[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The spans wholly inside `range`, in order: a search and a walk over those, not a pass over all. */
export function within<T extends Positioned>(spans: readonly T[], range: Positioned): T[] {
  const inside: T[] = [];
  for (let index = firstStartingAtOrAfter(spans, range.start); index < spans.length; index += 1) {
    const span = spans[index] as T;
    if (span.start > range.end) break;
    // At the range's end only an empty span is inside; a longer one may precede it there.
    if (span.end <= range.end) inside.push(span);
  }
  return inside;
}
