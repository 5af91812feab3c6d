import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BoundedSearch,
  SharedSearch,
  selectLongest,
  type PatternHit,
} from '../../src/pipeline/tag/bounded-search.ts';
import { fuzzSettings } from '../support/fuzz-settings.ts';

const FUZZ = fuzzSettings(200);

/** Every occurrence by brute force: the independent answer the automaton must give. */
function naive(text: string, patterns: readonly string[]): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
      found.push(`${at}:${at + pattern.length}:${index}`);
    }
  });
  return found.sort();
}

const keys = (hits: readonly PatternHit<unknown>[]) =>
  hits.map((hit) => `${hit.start}:${hit.end}:${hit.patternIndex}`).sort();

const entries = (patterns: readonly string[]) =>
  patterns.map((pattern, index) => ({ pattern, data: index }));

const alphabet = fc.constantFrom('人', '权', '办', '事', '处', '，', '。', 'a', 'b', '\n');
const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
const distinctWords = fc.uniqueArray(word, { minLength: 1, maxLength: 8 });

describe('BoundedSearch', () => {
  it('finds every occurrence, also across the windows of a long run without punctuation', () => {
    const text = '人权办事处'.repeat(2000);
    const patterns = ['办事处', '处人', '人权办事处人'];
    expect(keys(new BoundedSearch(entries(patterns)).all(text))).toEqual(naive(text, patterns));
  });

  it('agrees with brute force on any text and dictionary', () => {
    fc.assert(
      fc.property(distinctWords, fc.string({ unit: alphabet, maxLength: 300 }), (words, text) => {
        expect(keys(new BoundedSearch(entries(words)).all(text))).toEqual(naive(text, words));
      }),
      FUZZ,
    );
  });
});

describe('SharedSearch', () => {
  it('gives each dictionary what it finds alone, a word in both included', () => {
    const text = '人权高专办与人权理事会合作，人权高专办。';
    const first = ['人权高专办', '人权理事会'];
    const second = ['人权', '人权理事会', '合作'];
    const [a, b] = new SharedSearch(entries(first), entries(second)).all(text);
    expect(keys(a)).toEqual(naive(text, first));
    expect(keys(b)).toEqual(naive(text, second));
    expect(b.map((hit) => hit.data)).toEqual(b.map((hit) => hit.patternIndex));
  });

  it('agrees with two separate searches on any texts and dictionaries', () => {
    fc.assert(
      fc.property(
        distinctWords,
        distinctWords,
        fc.string({ unit: alphabet, maxLength: 300 }),
        (first, second, text) => {
          const [a, b] = new SharedSearch(entries(first), entries(second)).all(text);
          expect(keys(a)).toEqual(keys(new BoundedSearch(entries(first)).all(text)));
          expect(keys(b)).toEqual(keys(new BoundedSearch(entries(second)).all(text)));
        },
      ),
      FUZZ,
    );
  });
});

describe('selectLongest', () => {
  it('keeps the longest hit, then the leftmost, never two that overlap', () => {
    const text = '联合国开发计划署和开发署';
    const patterns = ['联合国', '联合国开发计划署', '开发计划署', '开发署'];
    const hits = new BoundedSearch(entries(patterns)).all(text);
    expect(selectLongest(hits, text.length).map((hit) => text.slice(hit.start, hit.end))).toEqual([
      '联合国开发计划署',
      '开发署',
    ]);
  });
});
