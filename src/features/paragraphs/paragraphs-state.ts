import type { Paragraph, ParagraphsFile, Section } from '../../domain/index.ts';

export interface Counts {
  readonly paragraphs: number;
  readonly sections: number;
  readonly footnotes: number;
}

export function countsOf(file: ParagraphsFile): Counts {
  return {
    paragraphs: file.paragraphs.length,
    sections: file.sections.length,
    footnotes: file.paragraphs.reduce((sum, paragraph) => sum + paragraph.footnotes.length, 0),
  };
}

export interface SectionNode {
  readonly section: Section;
  /** The first paragraph in this section or below it, for the tree's links. */
  readonly firstParagraph: number | null;
  readonly children: readonly SectionNode[];
}

export function buildSectionTree(
  sections: readonly Section[],
  paragraphs: readonly Paragraph[],
): SectionNode[] {
  const firstByPath = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const id of paragraph.section) {
      const known = firstByPath.get(id);
      if (known === undefined || paragraph.number < known) firstByPath.set(id, paragraph.number);
    }
  }
  const ids = new Set(sections.map((section) => section.id));
  const build = (parent: string | null): SectionNode[] =>
    sections
      .filter((section) =>
        parent === null
          ? section.parent === null || !ids.has(section.parent)
          : section.parent === parent,
      )
      .map((section) => ({
        section,
        firstParagraph: firstByPath.get(section.id) ?? null,
        children: build(section.id),
      }));
  return build(null);
}

export function titleOf(file: ParagraphsFile): { symbol: string; title: string } | null {
  const report = file.reports[0] ?? null;
  if (!report) return null;
  return { symbol: report.symbol, title: report.title ?? report.titleBlock.join(' ') };
}
