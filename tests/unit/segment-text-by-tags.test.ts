import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagKinds } from '../../src/domain/index.ts';
import type { TagKind } from '../../src/domain/index.ts';
import {
  segmentTextByTags,
  segmentsText,
  type HighlightSpan,
  type TextSegment,
} from '../../src/features/provenance/segment-text-by-tags.ts';

function at(text: string, words: string, kind: TagKind, from = 0): HighlightSpan {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`${words} not in ${text}`);
  return { kind, start, end: start + words.length, text: words, ref: null, role: null };
}

/** A compact picture of the tree: "text", or "[kind,kind:children]". */
function shape(segments: readonly TextSegment[]): string {
  return segments
    .map((segment) =>
      segment.type === 'text'
        ? segment.text
        : `[${segment.tags.map((tag) => tag.kind).join(',')}:${shape(segment.children)}]`,
    )
    .join('');
}

describe('segmentTextByTags', () => {
  it('returns the text as one plain segment without tags, and nothing for empty text', () => {
    expect(segmentTextByTags('合作。', [])).toEqual([{ type: 'text', start: 0, text: '合作。' }]);
    expect(segmentTextByTags('', [])).toEqual([]);
  });

  it('cuts around tags, keeping offsets', () => {
    const text = '在哥伦比亚，人权高专办开展工作。';
    const segments = segmentTextByTags(text, [
      at(text, '人权高专办', 'actor'),
      at(text, '哥伦比亚', 'country'),
    ]);
    expect(shape(segments)).toBe('在[country:哥伦比亚]，[actor:人权高专办]开展工作。');
    expect(segments[1]).toMatchObject({ type: 'tag', start: 1, end: 5 });
    expect(segments[2]).toEqual({ type: 'text', start: 5, text: '，' });
  });

  it('nests a span inside a longer one, at any depth', () => {
    const text = '参加了《2030 年可持续发展议程》会议';
    const segments = segmentTextByTags(text, [
      at(text, '可持续发展', 'theme'),
      at(text, '《2030 年可持续发展议程》', 'title'),
      at(text, '发展', 'theme'),
    ]);
    expect(shape(segments)).toBe('参加了[title:《2030 年[theme:可持续[theme:发展]]议程》]会议');
  });

  it('puts tags of different kinds on the same range in one segment, outermost kind first', () => {
    const text = '调查委员会开展了工作';
    const segments = segmentTextByTags(text, [
      at(text, '调查委员会', 'theme'),
      at(text, '调查委员会', 'partner'),
    ]);
    expect(shape(segments)).toBe('[partner,theme:调查委员会]开展了工作');
  });

  it('keeps one tag per kind and range (records of one sentence repeat its spans)', () => {
    const text = '哥伦比亚';
    const span = at(text, '哥伦比亚', 'country');
    const segments = segmentTextByTags(text, [span, { ...span }, { ...span, ref: 'COL' }]);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.type === 'tag' && segments[0].tags).toHaveLength(1);
  });

  it('prefers the longer of two crossing spans and leaves the shorter out', () => {
    const text = '促进可持续发展合作';
    const segments = segmentTextByTags(text, [
      at(text, '可持续发展', 'theme'),
      at(text, '发展合作', 'theme'),
    ]);
    expect(shape(segments)).toBe('促进[theme:可持续发展]合作');
  });

  it('keeps the earlier of two crossing spans of the same length', () => {
    const text = '甲乙丙丁';
    const segments = segmentTextByTags(text, [
      at(text, '乙丙', 'theme'),
      at(text, '甲乙', 'partner'),
    ]);
    expect(shape(segments)).toBe('[partner:甲乙]丙丁');
  });

  it('drops spans outside the text, empty ones, and ones whose words are not the text', () => {
    const text = '人权高专办';
    const spans: HighlightSpan[] = [
      { kind: 'actor', start: 3, end: 9, text: '专办', ref: null, role: null },
      { kind: 'actor', start: 2, end: 2, text: '', ref: null, role: null },
      { kind: 'country', start: 0, end: 2, text: '中国', ref: 'CHN', role: null },
      { kind: 'actor', start: -1, end: 2, text: '人权', ref: null, role: null },
    ];
    expect(segmentTextByTags(text, spans)).toEqual([{ type: 'text', start: 0, text }]);
  });

  it('counts offsets in UTF-16 code units, like the pipeline', () => {
    const text = '𠀀哥伦比亚';
    expect(shape(segmentTextByTags(text, [at(text, '哥伦比亚', 'country')]))).toBe(
      '𠀀[country:哥伦比亚]',
    );
  });

  it('always gives back the text, with every child inside its parent (property)', () => {
    const spanArb = (length: number) =>
      fc
        .tuple(
          fc.nat({ max: length }),
          fc.nat({ max: length }),
          fc.constantFrom(...tagKinds),
          fc.boolean(),
        )
        .map(([a, b, kind, wrongWords]) => ({
          start: Math.min(a, b),
          end: Math.max(a, b),
          kind,
          wrongWords,
        }));
    fc.assert(
      fc.property(
        fc
          .string({ unit: fc.constantFrom('人', '权', '国', '家', ' ', '。', '1'), maxLength: 30 })
          .chain((text) =>
            fc.tuple(fc.constant(text), fc.array(spanArb(text.length), { maxLength: 12 })),
          ),
        ([text, raw]) => {
          const spans: HighlightSpan[] = raw.map(({ start, end, kind, wrongWords }) => ({
            kind,
            start,
            end,
            text: wrongWords ? 'x' : text.slice(start, end),
            ref: null,
            role: null,
          }));
          const segments = segmentTextByTags(text, spans);
          expect(segmentsText(segments)).toBe(text);
          const check = (list: readonly TextSegment[], from: number, to: number) => {
            let cursor = from;
            for (const segment of list) {
              expect(segment.start).toBe(cursor);
              if (segment.type === 'text') {
                expect(segment.text.length).toBeGreaterThan(0);
                cursor += segment.text.length;
              } else {
                expect(segment.end).toBeGreaterThan(segment.start);
                check(segment.children, segment.start, segment.end);
                cursor = segment.end;
              }
            }
            expect(cursor).toBe(to);
          };
          check(segments, 0, text.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
