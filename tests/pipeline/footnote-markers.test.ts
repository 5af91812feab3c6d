import { describe, expect, it } from 'vitest';
import {
  findFootnoteMarker,
  footnoteLooksComplete,
} from '../../src/pipeline/segment/footnote-markers.ts';

describe('findFootnoteMarker', () => {
  it.each([
    ['合作”。1 这场危机', 1, 4],
    ['落实可持续发展的十年。2', 2, 11],
    ['的出版物4 和题为', 4, 4],
    ['补救项目，5 与权利主体', 5, 5],
    ['采取对策》13 (“Debt', 13, 5],
  ])('finds marker in %s', (text, number, index) => {
    expect(findFootnoteMarker(text, number)).toBe(index);
  });

  it.each([
    ['下文第 16 至 23 段', 16],
    ['(“The highest aspiration”, p. 4)。', 4],
    ['#Faith4Rights 工具包', 4],
    ['COVID-19 大流行', 19],
    ['合作”。12 这', 1],
  ])('ignores numbers in running text: %s', (text, number) => {
    expect(findFootnoteMarker(text, number)).toBeNull();
  });

  it('searches from an offset', () => {
    expect(findFootnoteMarker('甲。1 乙。1 丙', 1, 3)).toBe(6);
  });

  it('knows when a footnote is complete', () => {
    expect(footnoteLooksComplete('见 www.un.org/a.pdf。')).toBe(true);
    expect(footnoteLooksComplete('United Nations, “Shared responsibility')).toBe(false);
  });
});
