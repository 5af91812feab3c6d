import AhoCorasick from 'modern-ahocorasick';

export interface PatternHit<Data> {
  readonly start: number;
  readonly end: number;
  readonly patternIndex: number;
  readonly data: Data;
}

/** Longest text handed to the matcher at once. */
const MAX_CHUNK = 2048;
/** Punctuation that may separate chunks, when no pattern contains it. */
const BREAK_CANDIDATES = ['。', '；', '！', '？', '\n', '，', '：'];

/**
 * Every occurrence of every pattern, in time linear in the text. The matcher segments its input
 * into grapheme clusters, and the engine's segmenter slows down superlinearly on long strings
 * (a 110,000-character paragraph took minutes), so the text goes to it in bounded chunks: cut
 * after punctuation no pattern contains, or, in a run without such punctuation, in overlapping
 * windows wide enough that every occurrence lies wholly inside one of them.
 */
export class BoundedSearch<Data> {
  private readonly matcher: AhoCorasick;
  private readonly data: readonly Data[];
  private readonly breaks: RegExp | null;
  private readonly overlap: number;

  constructor(entries: readonly { pattern: string; data: Data }[]) {
    // Plain strings, the data kept here by pattern index: the matcher checks and copies any data
    // it is given, which cost more than building the automaton itself.
    this.matcher = new AhoCorasick(entries.map(({ pattern }) => pattern));
    this.data = entries.map(({ data }) => data);
    const safe = BREAK_CANDIDATES.filter((char) => !entries.some((e) => e.pattern.includes(char)));
    this.breaks = safe.length === 0 ? null : new RegExp(`[${safe.join('')}]`, 'gu');
    this.overlap = Math.max(1, ...entries.map((entry) => entry.pattern.length));
  }

  all(text: string): PatternHit<Data>[] {
    const hits: PatternHit<Data>[] = [];
    for (const [from, to] of this.chunks(text)) {
      if (to - from <= MAX_CHUNK) this.collect(text, from, to, hits, to);
      else this.collectWindows(text, from, to, hits);
    }
    return hits;
  }

  private chunks(text: string): [number, number][] {
    if (!this.breaks) return [[0, text.length]];
    const chunks: [number, number][] = [];
    let from = 0;
    for (const match of text.matchAll(this.breaks)) {
      const to = match.index + match[0].length;
      // Joining short pieces keeps the number of matcher calls low.
      if (to - from >= MAX_CHUNK / 2) {
        chunks.push([from, to]);
        from = to;
      }
    }
    if (from < text.length) chunks.push([from, text.length]);
    return chunks;
  }

  /** Windows overlap by the longest pattern; a hit is kept by the window it starts in. */
  private collectWindows(text: string, from: number, to: number, hits: PatternHit<Data>[]): void {
    for (let start = from; start < to; start += MAX_CHUNK) {
      const keepBefore = Math.min(start + MAX_CHUNK, to);
      this.collect(text, start, Math.min(keepBefore + this.overlap, to), hits, keepBefore);
    }
  }

  private collect(
    text: string,
    from: number,
    to: number,
    hits: PatternHit<Data>[],
    keepStartsBefore: number,
  ): void {
    const safeFrom = from > 0 && isLowSurrogate(text, from) ? from - 1 : from;
    const safeTo = to < text.length && isLowSurrogate(text, to) ? to + 1 : to;
    for (const hit of this.matcher.search(text.slice(safeFrom, safeTo), { strategy: 'all' })) {
      const start = hit.start + safeFrom;
      if (start < from || start >= keepStartsBefore) continue;
      hits.push({
        start,
        end: hit.end + safeFrom,
        patternIndex: hit.patternIndex,
        data: this.data[hit.patternIndex] as Data,
      });
    }
  }
}

type Entries<Data> = readonly { pattern: string; data: Data }[];

/**
 * Two dictionaries found in one scan of the text: the matcher's grapheme segmentation is most of
 * the cost of tagging, so scanning each paragraph once per dictionary doubled it. Each side gets
 * the hits it would get alone, with its own pattern indexes.
 */
export class SharedSearch<First, Second> {
  private readonly search: BoundedSearch<{ first: number; second: number }>;
  private readonly first: Entries<First>;
  private readonly second: Entries<Second>;

  constructor(first: Entries<First>, second: Entries<Second>) {
    this.first = first;
    this.second = second;
    const byPattern = new Map<string, { first: number; second: number }>();
    const slot = (pattern: string) => {
      const found = byPattern.get(pattern) ?? { first: -1, second: -1 };
      byPattern.set(pattern, found);
      return found;
    };
    first.forEach(({ pattern }, index) => (slot(pattern).first = index));
    second.forEach(({ pattern }, index) => (slot(pattern).second = index));
    this.search = new BoundedSearch([...byPattern].map(([pattern, data]) => ({ pattern, data })));
  }

  all(text: string): [PatternHit<First>[], PatternHit<Second>[]] {
    const first: PatternHit<First>[] = [];
    const second: PatternHit<Second>[] = [];
    for (const hit of this.search.all(text)) {
      const { start, end } = hit;
      const a = this.first[hit.data.first];
      const b = this.second[hit.data.second];
      if (a) first.push({ start, end, patternIndex: hit.data.first, data: a.data });
      if (b) second.push({ start, end, patternIndex: hit.data.second, data: b.data });
    }
    return [first, second];
  }
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The longest hits first, then the leftmost, never two that overlap: the selection the matcher
 * calls "longest-first", done in O(hits × longest pattern).
 */
export function selectLongest<Data>(
  hits: readonly PatternHit<Data>[],
  textLength: number,
): PatternHit<Data>[] {
  const ordered = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || a.patternIndex - b.patternIndex,
  );
  const taken = new Uint8Array(textLength);
  const selected: PatternHit<Data>[] = [];
  for (const hit of ordered) {
    let free = true;
    for (let index = hit.start; index < hit.end && free; index += 1) free = taken[index] === 0;
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    selected.push(hit);
  }
  return selected.sort((a, b) => a.start - b.start);
}
