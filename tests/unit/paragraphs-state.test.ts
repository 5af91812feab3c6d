import { describe, expect, it } from 'vitest';
import {
  buildSectionTree,
  countsOf,
  titleOf,
} from '../../src/features/paragraphs/paragraphs-state.ts';
import { paragraphsFixture } from '../fixtures/paragraphs-file.ts';

describe('paragraphs state', () => {
  it('counts paragraphs, sections and footnotes', () => {
    expect(countsOf(paragraphsFixture())).toEqual({ paragraphs: 3, sections: 3, footnotes: 1 });
  });

  it('nests sections under their parents and finds each first paragraph', () => {
    const file = paragraphsFixture();
    const tree = buildSectionTree(file.sections, file.paragraphs);
    expect(
      tree.map((node) => [
        node.section.id,
        node.firstParagraph,
        node.children.map((c) => c.section.id),
      ]),
    ).toEqual([
      ['I', 1, []],
      ['II', 2, ['II.A']],
    ]);
    expect(tree[1]?.children[0]?.firstParagraph).toBe(3);
  });

  it('gives a section without paragraphs no link target', () => {
    const file = paragraphsFixture();
    const tree = buildSectionTree(file.sections, []);
    expect(tree.every((node) => node.firstParagraph === null)).toBe(true);
  });

  it('takes the header from the first report, falling back to the title block', () => {
    const file = paragraphsFixture();
    expect(titleOf(file)).toEqual({ symbol: 'A/HRC/44/28', title: '落实和加强人权领域的国际合作' });
    file.reports[0] = { ...file.reports[0]!, title: null, titleBlock: ['甲', '乙'] };
    expect(titleOf(file)?.title).toBe('甲 乙');
    expect(titleOf({ ...file, reports: [] })).toBeNull();
  });
});
